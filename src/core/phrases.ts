/**
 * Whole-word phrase matching over prose. Phrases written entirely in capitals (`TBD`, `TODO`)
 * match only in capitals, so "a todo app" is fine; every other phrase matches in any case.
 * Within one list, overlapping matches yield one match: the longest.
 */
export interface PhraseMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface PhraseMatcher {
  find(text: string): PhraseMatch[];
}

const WORD = /[\p{L}\p{N}_]/u;

/** Text made literal inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function phrasePattern(phrase: string): string {
  const words = phrase.trim().split(/\s+/).map(escapeRegExp);
  const before = WORD.test(phrase.trim().charAt(0)) ? '(?<![\\p{L}\\p{N}_])' : '';
  const after = WORD.test(phrase.trim().slice(-1)) ? '(?![\\p{L}\\p{N}_])' : '';
  return `${before}${words.join('\\s+')}${after}`;
}

export const isCapitalsOnly = (phrase: string): boolean => /\p{Lu}/u.test(phrase) && !/\p{Ll}/u.test(phrase);

export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const build = (list: string[], flags: string): RegExp | null =>
    list.length ? new RegExp(list.map(phrasePattern).join('|'), flags) : null;
  const patterns = [
    build(unique.filter(isCapitalsOnly), 'gu'),
    build(
      unique.filter((p) => !isCapitalsOnly(p)),
      'giu',
    ),
  ].filter((p): p is RegExp => p !== null);

  return {
    find(text: string): PhraseMatch[] {
      const found: PhraseMatch[] = [];
      for (const pattern of patterns) {
        pattern.lastIndex = 0;
        for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
          found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
          // Look again one character on, so that a longer phrase starting inside this one is seen.
          pattern.lastIndex = m.index + 1;
        }
      }
      return longestWithoutOverlap(found);
    },
  };
}

function longestWithoutOverlap(matches: PhraseMatch[]): PhraseMatch[] {
  if (matches.length < 2) return matches;
  const byLength = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PhraseMatch[] = [];
  for (const match of byLength) {
    if (!kept.some((k) => match.start < k.end && k.start < match.end)) kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}
