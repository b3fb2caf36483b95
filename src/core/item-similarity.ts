/**
 * The texts Progress items are compared by (`src/core/item-identity.ts`): an item's key, for
 * items that are the same, and its word set, for items that are alike.
 */
import { UnicodeRegExp } from './unicode-regexp.js';

const LEADING_SEPARATOR = /^[\s\-–—:：·•|]+/u;

/** The text two items are compared by. */
export function identityKey(text: string): string {
  return text
    .replace(LEADING_SEPARATOR, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/\s*[.。]$/u, '')
    .toLowerCase();
}

/** Scripts written without spaces between words: compared by pairs of characters instead. */
const UNSPACED = new UnicodeRegExp(
  String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]`,
  'u',
);
const WORD = new UnicodeRegExp(String.raw`[\p{L}\p{N}_]+`, 'gu');
const UNSPACED_OR_NOT = new UnicodeRegExp(
  String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+`,
  'gu',
);
/** Words too common to say two items are about the same thing. */
const STOP_WORDS = new Set(
  'a an and as at be by for from in into is it of on or so the to with without was were this that all'.split(' '),
);
/** Words are cut to this length: a crude stem, so that `Replace`/`Replaced` and `test`/`tests` meet. */
const STEM_LENGTH = 5;

/** A word cut to its first characters. */
export const stem = (word: string): string => [...word].slice(0, STEM_LENGTH).join('');

/**
 * The word set of a text: lower-cased runs of letters, digits and `_`, stop words dropped, each cut
 * to its first five characters; a run in Chinese, Japanese or Korean script gives its pairs of
 * adjacent characters (and a lone character itself), since those scripts do not (or not always)
 * separate words by spaces.
 */
export function wordSet(text: string): Set<string> {
  const words = new Set<string>();
  const lower = text.toLowerCase();
  for (const [word] of lower.matchAll(WORD.for(lower))) {
    if (UNSPACED.test(word)) {
      // Split the run into its unspaced-script part(s) and the rest (`API를` → `api`, `를`).
      for (const [part] of word.matchAll(UNSPACED_OR_NOT.for(word))) {
        if (UNSPACED.test(part)) {
          const chars = [...part];
          if (chars.length === 1) words.add(chars[0]);
          for (let i = 0; i + 1 < chars.length; i++) words.add(chars[i] + chars[i + 1]);
        } else if (!STOP_WORDS.has(part)) words.add(stem(part));
      }
    } else if (!STOP_WORDS.has(word)) words.add(stem(word));
  }
  return words;
}

/** Dice's coefficient of two word sets: twice the shared words over the sum of the sizes, 0 to 1. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}
