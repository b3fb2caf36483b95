import type { Nodes, RootContent } from 'mdast';
import { endOffset, startOffset } from './markdown.js';
import type { Plan, Section } from './plan.js';
import type { RuleContext } from './rule.js';
import type { RequiredSectionName } from './sections.js';
import { escapeRegExp } from './phrases.js';
import { lineOf } from './source.js';
import { UnicodeRegExp } from './unicode-regexp.js';

/** One Decision Log or Surprises & Discoveries entry. */
export interface Entry {
  readonly line: number;
  text: string;
}

/**
 * A label such as `Decision:`, matched case-insensitively, bold or not (`**Decision:**`,
 * `**Decision**:`), with an ASCII or a full-width colon (`决策：`). Several names make one
 * pattern that matches any of them.
 */
export function labelPattern(label: string | readonly string[]): UnicodeRegExp {
  const names = typeof label === 'string' ? [label] : label;
  const bodies = names.map((name) =>
    name
      .split('/')
      .map((part) => escapeRegExp(part.trim()).replace(/\s+/g, '\\s+'))
      .join('\\s*[/／]\\s*'),
  );
  // A short parenthetical may come before the colon: `Decision (amendment, supersedes …):`, also
  // in full-width parentheses, and a full-width colon.
  return new UnicodeRegExp(
    `(?<![\\p{L}\\p{N}])(?:${bodies.join('|')})(?:[ \\t]*[(\\uFF08][^()\\n]{1,100}[)\\uFF09])?[*_]*\\s*[:\\uFF1A]`,
    'iu',
  );
}

export { DEFAULT_LABEL_NAMES, LABEL_NAMES, type LabelName, type LabelNames } from './label-names.js';
import type { LabelName, LabelNames } from './label-names.js';

const labelCache = new WeakMap<LabelNames, Map<LabelName, Label>>();

/** The labels of an entry kind, compiled once per settings object. */
export function labelsOf(names: LabelNames, which: readonly LabelName[]): Label[] {
  let compiled = labelCache.get(names);
  if (!compiled) labelCache.set(names, (compiled = new Map()));
  return which.map((name) => {
    let label = compiled.get(name);
    if (!label) compiled.set(name, (label = { name, pattern: labelPattern(names[name]) }));
    return label;
  });
}

// Tested on trimmed text: two quantified spaces side by side backtrack quadratically on long runs.
const NOTHING_YET =
  /^(?:[-*+]\s*)?[(（]?(?:none(?:\s+yet)?|nothing(?:\s+yet)?|n\/a|暂无|暫無|无|無|尚无|なし|特になし|まだなし|없음|아직\s*없음|ninguno(?:\s+todavía)?|nada(?:\s+(?:aún|ainda))?|nenhum(?:\s+ainda)?|aucun(?:e)?(?:\s+pour\s+l'instant)?|rien|keine(?:\s+bisher)?|noch\s+keine|нет|пока\s+нет)[)）]?[.。]?$/iu;

/**
 * Whether a list item says there is nothing yet. `NOTHING_YET` reads white space only where its
 * runs may be of any length, and its longest match is 26 characters with each run one space
 * (`- (aucune pour l'instant).`): a longer item is not tested, so that the expression, among the
 * costliest to compile of a run (1 ms), is compiled only for short items.
 */
const saysNothingYet = (itemText: string): boolean => {
  let text = itemText.trim();
  if (text.length > NOTHING_YET_LONGEST) text = text.replace(/\s+/g, ' ');
  return text.length <= NOTHING_YET_LONGEST && NOTHING_YET.test(text);
};
const NOTHING_YET_LONGEST = 32;

/**
 * The entries of a section: each list item directly in it (nested items belong to their
 * parent), and each paragraph, also inside a block quote, that holds at least one label. A
 * paragraph with no label is an introduction. "None yet." is no entry.
 *
 * `labels[0]` is the label that opens an entry (`Decision:`, `Observation:`). A list item or
 * paragraph that starts with another label (`- Rationale: …` on its own line) continues the
 * entry before it, so entries written one label per list item are read whole.
 */
export function entriesOf(plan: Plan, section: Section, labels: readonly UnicodeRegExp[]): Entry[] {
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
          if (saysNothingYet(itemText)) continue;
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
  readonly pattern: UnicodeRegExp;
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
