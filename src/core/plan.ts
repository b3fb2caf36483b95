import type { Heading, ListItem, Nodes, Parents, Root, RootContent } from 'mdast';
import { createSource, lineOf, type SourceText } from './source.js';
import {
  endOffset,
  isCommentOnly,
  parseMarkdown,
  plainText,
  startOffset,
  walk,
  type ParseOptions,
} from './markdown.js';
import { matchesName, normaliseHeading, startsWithName } from './headings.js';
import { type ProseRun } from './prose.js';
import { assertWithinLimits, PlanLimitError } from './limits.js';
import {
  wrapperFenceOf,
  blankLines,
  proseBlock,
  closestListItem,
  buildSections,
  checkboxItemOf,
} from './plan-parts.js';

/**
 * The plan model: a plan parsed once into the parts the rules, `progress` and `delta` read,
 * each with exact positions. It is pure: it takes text and touches no file, network or
 * environment.
 */
export interface Plan {
  readonly source: SourceText;
  readonly root: Root;
  /** Every heading, at any depth of the tree, in document order. */
  readonly headings: readonly PlanHeading[];
  /** Sections made by the top-level headings, in document order. */
  readonly sections: readonly Section[];
  /** Paragraphs, headings and table cells: the places where prose lives. */
  readonly prose: readonly ProseBlock[];
  /** Block-level leaves in document order (paragraphs, headings, code, HTML, tables, rules). */
  readonly leaves: readonly Leaf[];
  readonly checkboxItems: readonly CheckboxItem[];
  /** HTML comments anywhere outside code, with their text and positions. */
  readonly comments: readonly HtmlComment[];
  /** Index of the first top-level node after YAML front matter, blank lines and HTML comments. */
  readonly firstContentIndex: number;
  /**
   * When the plan's whole content (front matter aside) is one fenced block with the info string
   * `md` or `markdown`: where its opening fence is. The plan is then the block's inside, read
   * with the file's line numbers (the fence lines read as blank lines).
   */
  readonly wrapperFence?: { readonly line: number; readonly column: number };
}

export interface PlanHeading {
  readonly node: Heading;
  readonly depth: number;
  readonly text: string;
  readonly normalised: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
  /** Whether the heading is a direct child of the document (only those make sections). */
  readonly topLevel: boolean;
}

export interface Section {
  readonly heading: PlanHeading;
  /** Offset right after the heading, and offset where the section ends. */
  readonly bodyStart: number;
  readonly end: number;
  /** Top-level nodes of the body, subsections included. */
  readonly body: readonly RootContent[];
}

export interface Leaf {
  readonly node: Nodes;
  readonly start: number;
  readonly end: number;
  /** The closest list item holding this leaf, if any. */
  readonly listItem: ListItem | undefined;
}

export interface ProseBlock extends ProseRun {
  readonly node: Parents;
  readonly leafIndex: number;
  readonly listItem: ListItem | undefined;
}

export interface CheckboxItem {
  readonly node: ListItem;
  readonly checked: boolean;
  readonly line: number;
  readonly endLine: number;
  readonly start: number;
  /** The item's text over all its lines, nested lists aside, checkbox removed, white space folded. */
  readonly text: string;
}

export interface HtmlComment {
  /** Text between `<!--` and `-->`. */
  readonly body: string;
  readonly line: number;
  readonly endLine: number;
}

/** Parses a plan; throws a `PlanLimitError` for text nested beyond what the parser can take. */
export function parsePlan(raw: string, options: ParseOptions = {}): Plan {
  const source = createSource(raw);
  assertWithinLimits(source.text);
  let root: Root;
  try {
    root = parseMarkdown(source.text, options);
  } catch (error) {
    // A stack overflow deep in the parser: the plan is beyond what can be read.
    if (error instanceof RangeError)
      throw new PlanLimitError(1, `the plan is nested too deeply to be read (${error.message}): flatten it.`);
    throw error;
  }
  const text = source.text;

  const headings: PlanHeading[] = [];
  const prose: ProseBlock[] = [];
  const leaves: Leaf[] = [];
  const checkboxItems: CheckboxItem[] = [];
  const comments: HtmlComment[] = [];

  walk(root, (node, ancestors) => {
    const listItem = closestListItem(ancestors);
    switch (node.type) {
      case 'heading': {
        const headingText = plainText(node);
        headings.push({
          node,
          depth: node.depth,
          text: headingText,
          normalised: normaliseHeading(headingText),
          line: lineOf(source, startOffset(node)),
          start: startOffset(node),
          end: endOffset(node),
          topLevel: ancestors.length === 1,
        });
        addLeaf(node, listItem);
        prose.push(proseBlock(node, text, leaves.length - 1, listItem));
        collectInlineComments(node);
        return false;
      }
      case 'paragraph':
        addLeaf(node, listItem);
        prose.push(proseBlock(node, text, leaves.length - 1, listItem));
        collectInlineComments(node);
        return false;
      case 'table':
        addLeaf(node, listItem);
        walk(node, (cell) => {
          if (cell.type !== 'tableCell') return;
          prose.push(proseBlock(cell, text, leaves.length - 1, listItem));
          collectInlineComments(cell);
          return false;
        });
        return false;
      case 'code':
      case 'thematicBreak':
      case 'yaml':
        addLeaf(node, listItem);
        return false;
      case 'html':
        addLeaf(node, listItem);
        addComments(node.value, startOffset(node));
        return false;
      case 'listItem':
        if (typeof node.checked === 'boolean') checkboxItems.push(checkboxItemOf(node, source));
        return;
      default:
        return;
    }
  });

  function addLeaf(node: Nodes, listItem: ListItem | undefined): void {
    leaves.push({ node, start: startOffset(node), end: endOffset(node), listItem });
  }

  // indexOf rather than a lazy pattern, which rescans to the end for each of many unclosed `<!--`.
  function addComments(value: string, offset: number): void {
    for (let open = value.indexOf('<!--'); open !== -1;) {
      const close = value.indexOf('-->', open + 4);
      if (close === -1) return;
      comments.push({
        body: value.slice(open + 4, close),
        line: lineOf(source, offset + open),
        endLine: lineOf(source, offset + close + 2),
      });
      open = value.indexOf('<!--', close + 3);
    }
  }

  function collectInlineComments(node: Parents): void {
    walk(node, (child) => {
      if (child.type === 'html') addComments(child.value, startOffset(child));
      if (child.type === 'inlineCode') return false;
    });
  }

  const topHeadings = headings.filter((h) => h.topLevel);
  const sections = buildSections(root, topHeadings, text.length);

  let firstContentIndex = root.children.findIndex(
    (node) => node.type !== 'yaml' && !(node.type === 'html' && isCommentOnly(node.value)),
  );
  if (firstContentIndex === -1) firstContentIndex = root.children.length;

  const wrapper = wrapperFenceOf(root, firstContentIndex, text);
  if (wrapper) {
    const inner = parsePlan(blankLines(text, wrapper.lines), options);
    return { ...inner, wrapperFence: { line: wrapper.line, column: wrapper.column } };
  }

  return { source, root, headings, sections, prose, leaves, checkboxItems, comments, firstContentIndex };
}

/**
 * The first top-level section, at `minDepth` or deeper, whose heading starts with one of `names`;
 * failing that, the first whose heading has one of them after a short qualifier (`Existing Context`).
 */
export function findSection(plan: Plan, names: readonly string[], minDepth = 2): Section | undefined {
  const candidates = plan.sections.filter((section) => section.heading.depth >= minDepth);
  return (
    candidates.find((section) => names.some((name) => startsWithName(section.heading.normalised, name))) ??
    candidates.find((section) => names.some((name) => matchesName(section.heading.normalised, name)))
  );
}

/** Whether an offset lies in a section's body (subsections included). */
export function inSection(section: Section, offset: number): boolean {
  return offset >= section.bodyStart && offset < section.end;
}
