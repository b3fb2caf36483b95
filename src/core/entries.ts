import type { Nodes, RootContent } from 'mdast';
import { endOffset, startOffset } from './markdown.js';
import type { Plan, Section } from './plan.js';
import { lineOf } from './source.js';

/** One Decision Log or Surprises & Discoveries entry. */
export interface Entry {
  readonly line: number;
  readonly text: string;
}

/** A label such as `Decision:`, matched case-insensitively, bold or not (`**Decision:**`, `**Decision**:`). */
export function labelPattern(label: string): RegExp {
  const words = label.split('/').map((part) => part.trim().replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s*/\\s*')}[*_]*\\s*:`, 'iu');
}

const NOTHING_YET = /^\s*[-*+]?\s*(?:none(?:\s+yet)?|nothing(?:\s+yet)?|n\/a)\s*\.?\s*$/i;

/**
 * The entries of a section: each list item directly in it (nested items belong to their
 * parent), and each paragraph, also inside a block quote, that holds at least one label. A
 * paragraph with no label is an introduction. "None yet." is no entry.
 */
export function entriesOf(plan: Plan, section: Section, labels: readonly RegExp[]): Entry[] {
  const { text } = plan.source;
  const entries: Entry[] = [];
  const slice = (node: Nodes): string => text.slice(startOffset(node), endOffset(node));
  const visit = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'list') {
        for (const item of node.children) {
          const itemText = slice(item);
          if (NOTHING_YET.test(itemText)) continue;
          entries.push({ line: lineOf(plan.source, startOffset(item)), text: itemText });
        }
      } else if (node.type === 'paragraph') {
        const paragraph = slice(node);
        if (labels.some((label) => label.test(paragraph))) {
          entries.push({ line: lineOf(plan.source, startOffset(node)), text: paragraph });
        }
      } else if (node.type === 'blockquote') {
        visit(node.children);
      }
    }
  };
  visit(section.body);
  return entries;
}
