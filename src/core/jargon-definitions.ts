import { startsWithName } from './headings.js';
import type { Plan } from './plan.js';
import { GLOSSARY_SECTION_NAMES } from './sections.js';
import { UnicodeRegExp } from './unicode-regexp.js';

/** Terms the plan defines, found in one pass over its text: exact spellings and lower case. */
export interface Definitions {
  readonly exact: ReadonlySet<string>;
  readonly lower: ReadonlySet<string>;
}

const WORD = '[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*';
const MARK = '[*_`]*';
// What starts an explanation after a term: a parenthesis, a defining verb, ", which", ", that is",
// or a colon or dash (`—`, `–`, `--`, `-`) followed by more text on the same line.
// A defining verb must not follow a letter or digit; that is checked after a match
// (`followsWordCharacter`), because a look-behind first in an alternative is tried at every
// position of the text: five times slower over the corpus.
const EXPLANATION_START = new UnicodeRegExp(
  String.raw`\(|(?:means|is an?|are|is the|refers? to|stands for)(?![\p{L}])|,[ \t]*(?:which|that is)(?![\p{L}])|(?::|\u2014|\u2013|--|-(?<=[ \t]-))(?=[ \t]*[^\s])`,
  'gu',
);
const ENDS_IN_LETTER_OR_DIGIT = new UnicodeRegExp(String.raw`[\p{L}\p{N}]$`, 'u');
/** Whether the code point before `at` is a letter or a digit (two code units hold any code point). */
const followsWordCharacter = (text: string, at: number): boolean =>
  ENDS_IN_LETTER_OR_DIGIT.test(text.slice(Math.max(0, at - 2), at));
const WORD_CHAR = new UnicodeRegExp(String.raw`[\p{L}\p{N}_-]`, 'u');
const isWordChar = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
  return WORD_CHAR.test(ch);
};
const isBlank = (ch: string): boolean => ch === ' ' || ch === '\t';

/** The one to three words right before `end` on its line, past white space and emphasis marks. */
function wordsBefore(text: string, end: number, lineStart: number): string | undefined {
  let i = end;
  while (i > lineStart && isBlank(text[i - 1])) i--;
  while (i > lineStart && '*_`'.includes(text[i - 1])) i--;
  const words: string[] = [];
  while (words.length < 3) {
    let j = i;
    while (j > lineStart && isWordChar(text[j - 1])) j--;
    const word = text.slice(j, i).replace(/^[_-]+/, '');
    if (!word) break;
    words.unshift(word);
    i = j;
    if (i === lineStart || !isBlank(text[i - 1])) break;
    while (i > lineStart && isBlank(text[i - 1])) i--;
  }
  return words.length ? words.join(' ') : undefined;
}
// A term in parentheses right after its expansion: `JSON Web Token (JWT)`, or after its
// expansion inside them: `(behaviour-driven development, BDD)`.
export const IN_PARENTHESES = new UnicodeRegExp(
  `\\([ \\t]*${MARK}((?:${WORD}[ \\t]+){0,2}${WORD})${MARK}[ \\t]*\\)`,
  'gu',
);
export const WORDS = new UnicodeRegExp(WORD, 'gu');
const NOT_LETTER_OR_DIGIT = new UnicodeRegExp(String.raw`[^\p{L}\p{N}]`, 'gu');
const STARTS_WITH_LETTER = new UnicodeRegExp(String.raw`^\p{L}`, 'u');
const EXPANSION_THEN_ACRONYM = /\(([^()\n]{3,120}?),[ \t]*[*_`]*([A-Z][A-Z0-9]{1,5})s?[*_`]*[ \t]*\)/gu;
const ACRONYM_SHAPE = /^[A-Z][A-Z0-9]{1,5}s?$/;
const SMALL_WORDS = new Set([
  'of',
  'and',
  'the',
  'for',
  'to',
  'a',
  'an',
  'in',
  'on',
  'with',
  'de',
  'la',
  'el',
  'le',
  'des',
  'du',
  'da',
  'do',
]);

/**
 * Whether the words before a parenthesised acronym are its expansion: their initials (small
 * words may be skipped), or its letters in order, each word giving at least one and starting
 * with its first letter (`JavaScript XML (JSX)`, `PostgreSQL (PG)`). `10 (RVO)` is no expansion.
 */
export function fitsAcronym(before: string, acronym: string): boolean {
  const letters = acronym
    .replace(/s$/, '')
    .replace(/[^A-Z]/g, '')
    .toLowerCase();
  if (letters.length < 2) return false;
  const words = before
    .split(/[\s\-–—/]+/)
    .map((w) => w.replace(NOT_LETTER_OR_DIGIT.for(w), ''))
    .filter(Boolean)
    .slice(-(letters.length + 4));
  for (let k = 1; k <= words.length; k++) {
    const tail = words.slice(-k).filter((w, i) => i === 0 || !SMALL_WORDS.has(w.toLowerCase()));
    if (!STARTS_WITH_LETTER.test(tail[0]) || tail[0][0].toLowerCase() !== letters[0]) continue;
    if (tail.map((w) => w[0].toLowerCase()).join('') === letters) return true;
    if (lettersInOrder(tail, letters)) return true;
  }
  return false;
}

/** Each word starts with the next letter and may give more of them, in order. */
function lettersInOrder(words: readonly string[], letters: string): boolean {
  let at = 0;
  for (let w = 0; w < words.length; w++) {
    const lower = words[w].toLowerCase();
    if (lower[0] !== letters[at]) return false;
    at++;
    // Leave one letter for each word still to come.
    const keep = words.length - w - 1;
    for (let i = 1; i < lower.length && at < letters.length - keep; i++) if (lower[i] === letters[at]) at++;
  }
  return at === letters.length;
}

function addForms(words: string, exact: Set<string>, lower: Set<string>, withTails = true): void {
  const list = words.split(/[ \t]+/);
  // Every run of last words (the match may start before the term: "the session daemon means"
  // defines "daemon"), and each without a plural ending.
  for (let i = 0; i < (withTails ? list.length : 1); i++) {
    const phrase = list.slice(i).join(' ');
    for (const form of [phrase, phrase.replace(/(?:es|s)$/, ''), phrase.replace(/s$/, '')]) {
      exact.add(form);
      lower.add(form.toLowerCase());
    }
  }
}

export function findDefinitions(plan: Plan): Definitions {
  const exact = new Set<string>();
  const lower = new Set<string>();
  const text = plan.source.text;
  // Look back from each place an explanation starts, within its line: linear in the plan's size.
  // The line's start is tracked as the matches move on, not searched back for from each (which
  // is quadratic on a long line with many parentheses).
  let lineStart = 0;
  let scanned = 0;
  const explanationStart = EXPLANATION_START.for(text);
  explanationStart.lastIndex = 0;
  for (let m = explanationStart.exec(text); m; m = explanationStart.exec(text)) {
    // A defining verb (each starts with a letter from `a` to `s`) inside a longer word: go on
    // from the next character, as the look-behind would have.
    const first = m[0].charCodeAt(0);
    if (first >= 97 && first <= 115 && followsWordCharacter(text, m.index)) {
      explanationStart.lastIndex = m.index + 1;
      continue;
    }
    for (let i = m.index - 1; i >= scanned; i--) {
      if (text[i] === '\n') {
        lineStart = i + 1;
        break;
      }
    }
    scanned = m.index;
    const before = wordsBefore(text, m.index, lineStart);
    if (before) addForms(before, exact, lower);
  }
  // In parentheses, only the whole content is the term: "(NodeNext ESM)" defines neither word.
  const inParentheses = IN_PARENTHESES.for(text);
  inParentheses.lastIndex = 0;
  for (let m = inParentheses.exec(text); m; m = inParentheses.exec(text)) {
    const term = m[1];
    if (ACRONYM_SHAPE.test(term)) {
      const lineStartAt = text.lastIndexOf('\n', m.index) + 1;
      if (!fitsAcronym(text.slice(Math.max(lineStartAt, m.index - 200), m.index), term)) continue;
    }
    addForms(term, exact, lower, false);
  }
  EXPANSION_THEN_ACRONYM.lastIndex = 0;
  for (let m = EXPANSION_THEN_ACRONYM.exec(text); m; m = EXPANSION_THEN_ACRONYM.exec(text)) {
    if (fitsAcronym(m[1], m[2])) addForms(m[2], exact, lower, false);
  }
  // Every word, and every run of two or three words, in a Glossary, Terms or Definitions section.
  for (const section of plan.sections) {
    if (!GLOSSARY_SECTION_NAMES.some((name) => startsWithName(section.heading.normalised, name))) continue;
    const body = text.slice(section.bodyStart, section.end);
    const words = body.match(WORDS.for(body)) ?? [];
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= 3 && i + n <= words.length; n++) addForms(words.slice(i, i + n).join(' '), exact, lower);
    }
  }
  return { exact, lower };
}
