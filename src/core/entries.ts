import type { Nodes, RootContent } from 'mdast';
import { endOffset, startOffset } from './markdown.js';
import type { Plan, Section } from './plan.js';
import type { RuleContext } from './rule.js';
import type { RequiredSectionName } from './sections.js';
import { lineOf } from './source.js';

/** One Decision Log or Surprises & Discoveries entry. */
export interface Entry {
  readonly line: number;
  text: string;
}

/** A label such as `Decision:`, matched case-insensitively, bold or not (`**Decision:**`, `**Decision**:`). */
export function labelPattern(label: string): RegExp {
  const words = label.split('/').map((part) => part.trim().replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s*/\\s*')}[*_]*\\s*:`, 'iu');
}

// Tested on trimmed text: two quantified spaces side by side backtrack quadratically on long runs.
const NOTHING_YET = /^(?:[-*+]\s*)?(?:none(?:\s+yet)?|nothing(?:\s+yet)?|n\/a)\.?$/i;

/**
 * The entries of a section: each list item directly in it (nested items belong to their
 * parent), and each paragraph, also inside a block quote, that holds at least one label. A
 * paragraph with no label is an introduction. "None yet." is no entry.
 *
 * `labels[0]` is the label that opens an entry (`Decision:`, `Observation:`). A list item or
 * paragraph that starts with another label (`- Rationale: …` on its own line) continues the
 * entry before it, so entries written one label per list item are read whole.
 */
export function entriesOf(plan: Plan, section: Section, labels: readonly RegExp[]): Entry[] {
  const { text } = plan.source;
  const entries: Entry[] = [];
  const slice = (node: Nodes): string => text.slice(startOffset(node), endOffset(node));
  const startsWithLaterLabel = (part: string): boolean => {
    const body = part.replace(/^\s*(?:[-*+]|\d+[.)])?\s*/, '');
    return labels
      .slice(1)
      .some((label) => label.exec(body)?.index === 0 || label.exec(body.replace(/^[*_]+/, ''))?.index === 0);
  };
  const add = (node: Nodes, part: string): void => {
    const previous = entries.at(-1);
    if (previous && startsWithLaterLabel(part)) previous.text += `\n${part}`;
    else entries.push({ line: lineOf(plan.source, startOffset(node)), text: part });
  };
  const visit = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'list') {
        for (const item of node.children) {
          const itemText = slice(item);
          if (NOTHING_YET.test(itemText.trim())) continue;
          add(item, itemText);
        }
      } else if (node.type === 'paragraph') {
        const paragraph = slice(node);
        if (labels.some((label) => label.test(paragraph))) add(node, paragraph);
      } else if (node.type === 'blockquote') {
        visit(node.children);
      }
    }
  };
  visit(section.body);
  return entries;
}

/** `a`, `a and b`, `a, b and c`. */
export function listOf(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export interface Label {
  readonly name: string;
  readonly pattern: RegExp;
}

/**
 * Reports each entry of a living section that lacks some of its labels (`labels[0]` opens an
 * entry); `advice` says what a complete entry holds.
 */
export function reportIncompleteEntries(
  context: RuleContext,
  sectionName: RequiredSectionName,
  labels: readonly Label[],
  advice: string,
): void {
  const section = context.section(sectionName);
  if (!section) return;
  const patterns = labels.map((l) => l.pattern);
  for (const entry of entriesOf(context.plan, section, patterns)) {
    const missing = labels.filter((l) => !l.pattern.test(entry.text)).map((l) => l.name);
    if (missing.length === 0) continue;
    context.report({
      line: entry.line,
      message: `${sectionName} entry lacks ${listOf(missing)}.${advice ? ` ${advice}` : ''}`,
    });
  }
}
