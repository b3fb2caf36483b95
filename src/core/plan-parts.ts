import type { ListItem, Nodes, Parents, Root } from 'mdast';
import { lineOf, pointOf, type SourceText } from './source.js';
import { endOffset, isCommentOnly, startOffset } from './markdown.js';
import { proseRunOf, type ProseRun } from './prose.js';
import type { CheckboxItem, PlanHeading, ProseBlock, Section } from './plan.js';

// The pieces `parsePlan` builds a plan from: sections, prose blocks, checkbox items, a wrapping fence.

const MARKDOWN_INFO = /^(?:md|markdown)$/i;

/** The opening fence of a block that wraps the whole plan, and the lines of its fences. */
export function wrapperFenceOf(
  root: Root,
  firstContentIndex: number,
  text: string,
): { line: number; column: number; lines: number[] } | undefined {
  const rest = root.children
    .slice(firstContentIndex)
    .filter((node) => !(node.type === 'html' && isCommentOnly(node.value)));
  const only = rest[0];
  if (rest.length !== 1 || only.type !== 'code' || !MARKDOWN_INFO.test(only.lang ?? '')) return undefined;
  const start = only.position?.start;
  const end = only.position?.end;
  if (!start || !end) return undefined;
  const opening = text.slice(startOffset(only), startOffset(only) + 3);
  if (opening !== '```' && opening !== '~~~') return undefined;
  const lines = [start.line];
  // A closing fence is the block's last line, unless the block runs unclosed to the end of the file.
  const lastLine = text.split('\n')[end.line - 1] ?? '';
  if (end.line > start.line && /^\s*(?:`{3,}|~{3,})\s*$/.test(lastLine)) lines.push(end.line);
  return { line: start.line, column: start.column, lines };
}

/** The text with the given lines (1-based) emptied, every line ending kept. */
export function blankLines(text: string, lines: readonly number[]): string {
  const all = text.split('\n');
  for (const line of lines) all[line - 1] = '';
  return all.join('\n');
}

/**
 * A prose block whose text is built on first use: a base version of a plan, read only for its
 * Progress and its last section, never pays for it.
 */
export function proseBlock(node: Parents, text: string, leafIndex: number, listItem: ListItem | undefined): ProseBlock {
  let run: ProseRun | undefined;
  const get = (): ProseRun => (run ??= proseRunOf(node, text));
  return {
    node,
    leafIndex,
    listItem,
    get text() {
      return get().text;
    },
    get quoted() {
      return get().quoted;
    },
    offsetAt: (index: number) => get().offsetAt(index),
    get inlineCode() {
      return get().inlineCode;
    },
    get linkUrls() {
      return get().linkUrls;
    },
  };
}

export function closestListItem(ancestors: readonly Parents[]): ListItem | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const ancestor = ancestors[i];
    if (ancestor.type === 'listItem') return ancestor;
  }
  return undefined;
}

export function buildSections(root: Root, topHeadings: PlanHeading[], textLength: number): Section[] {
  const indexOf = new Map<Nodes, number>();
  root.children.forEach((node, index) => indexOf.set(node, index));
  return topHeadings.map((heading, i) => {
    let endHeading: PlanHeading | undefined;
    for (let j = i + 1; j < topHeadings.length; j++) {
      if (topHeadings[j].depth <= heading.depth) {
        endHeading = topHeadings[j];
        break;
      }
    }
    const first = (indexOf.get(heading.node) ?? 0) + 1;
    const last = endHeading ? (indexOf.get(endHeading.node) ?? root.children.length) : root.children.length;
    return {
      heading,
      bodyStart: heading.end,
      end: endHeading ? endHeading.start : textLength,
      body: root.children.slice(first, last),
    };
  });
}

export function checkboxItemOf(node: ListItem, source: SourceText): CheckboxItem {
  const parts: string[] = [];
  for (const child of node.children) {
    if (child.type === 'list') continue;
    parts.push(source.text.slice(startOffset(child), endOffset(child)));
  }
  const text = parts
    .join(' ')
    .replace(/^\s*\[[ xX]\]\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const start = startOffset(node);
  const lastOwn = [...node.children].reverse().find((child) => child.type !== 'list');
  return {
    node,
    checked: node.checked === true,
    line: pointOf(source, start).line,
    endLine: lineOf(source, Math.max(start, (lastOwn ? endOffset(lastOwn) : endOffset(node)) - 1)),
    start,
    text,
  };
}
