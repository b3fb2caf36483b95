import type { Plan, ProseBlock } from './plan.js';
import { inSection } from './plan.js';
import type { PhraseMatch } from './phrases.js';
import type { RuleContext } from './rule.js';
import type { RequiredSectionName } from './sections.js';
import { UnicodeRegExp } from './unicode-regexp.js';

/**
 * What the text around a phrase says about it, for the phrase rules: the same words are a
 * placeholder or an instruction in one place and a mention, a count or a record in another.
 */

/** The text of the block before and after a match. */
export const before = (block: ProseBlock, match: PhraseMatch, length = 60): string =>
  block.quoted.slice(Math.max(0, match.start - length), match.start);
export const after = (block: ProseBlock, match: PhraseMatch, length = 60): string =>
  block.quoted.slice(match.end, match.end + length);

/** Sections that record what happened rather than instruct: a phrase there describes, it does not ask. */
const RECORD_SECTIONS: readonly RequiredSectionName[] = [
  'Progress',
  'Surprises & Discoveries',
  'Decision Log',
  'Outcomes & Retrospective',
];

/** Whether the block is in a living section that records history, or in the revision note (the last section). */
export function inRecord(context: RuleContext, block: ProseBlock): boolean {
  const offset = block.offsetAt(0);
  if (
    RECORD_SECTIONS.some((name) => {
      const s = context.section(name);
      return s !== undefined && inSection(s, offset);
    })
  )
    return true;
  return inRevisionNote(context.plan, offset);
}

/** The last section, when its heading says it is a note about revisions. */
function inRevisionNote(plan: Plan, offset: number): boolean {
  const last = plan.sections.at(-1);
  if (!last || !inSection(last, offset)) return false;
  return /revision|change ?log|changelog|history|変更|变更|修订|변경|revisi|änderung|изменени/iu.test(
    last.heading.normalised,
  );
}

/** `TODO` used as a noun or a count: `1 TODO`, `TODO-only files`, `TODO comments`, `the TODO list`. */
const TODO_NOUN_AFTER = new UnicodeRegExp(
  String.raw`^(?:-[\p{L}]|\s+(?:comments?|lists?|items?|markers?|entries|entry|counts?|files?|tags?|notes?|lines?|apps?|blocks?|sections?|scanners?|checks?|rules?|annotations?)\b)`,
  'u',
);
const COUNT_BEFORE = /(?:\d|\bno|\bany|\bthe|\beach|\bevery|\bor|\bone|\btwo|\bzero)[\s,]*$/iu;

export function isPlaceholderNoun(block: ProseBlock, match: PhraseMatch): boolean {
  const word = match.text;
  if (!/^(?:TODO|FIXME|XXX|TBD)$/.test(word)) return false;
  if (TODO_NOUN_AFTER.test(after(block, match, 20))) return true;
  // A count among other counts: `1 passed, 1 TODO`.
  return (
    /\d\s*$/.test(before(block, match, 3)) ||
    (COUNT_BEFORE.test(before(block, match, 8)) &&
      /^\s*(?:[,.;)]|$)/.test(after(block, match, 3)) &&
      /\d/.test(before(block, match, 40)))
  );
}

/** `to be filled`, `to be completed`: a placeholder only when it stands alone (in parentheses, or as the whole block). */
export function standsAlone(block: ProseBlock, match: PhraseMatch): boolean {
  const pre = before(block, match, 40);
  const post = after(block, match, 60);
  if (/[(（[]\s*$/.test(pre)) return true;
  return /^\s*[-*+]?\s*$/.test(pre.replace(/^.*[.:!?]\s/s, '')) && /^[^.]{0,40}[.。)）]?\s*$/.test(post);
}

/** Verbs that make `accordingly` an instruction: `update the prompts accordingly`. */
const ACCORDINGLY_VERB =
  /\b(?:update|updates|adjust|adjusts|change|changes|modify|modifies|adapt|adapts|configure|set|fix|edit|tweak|revise|handle|amend|rename|refactor)\b[^.;:!?]{0,40}$/iu;

export function isAccordinglyInstruction(block: ProseBlock, match: PhraseMatch): boolean {
  return ACCORDINGLY_VERB.test(before(block, match, 60));
}
