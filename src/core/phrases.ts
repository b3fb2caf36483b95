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

const BEFORE = '(?<![\\p{L}\\p{N}_])';
const AFTER = '(?![\\p{L}\\p{N}_])';

/** The phrase as a pattern, its words separated by any white space (boundaries: `bounded`). */
const phraseBody = (phrase: string): string => phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');

/**
 * One expression per kind of boundary (whether the phrase starts, and ends, with a word
 * character), each with its lookarounds once around the whole alternation: V8 compiles a
 * case-insensitive Unicode lookaround per alternative slowly (about 60 ms for one phrase list on
 * the first run of the command line), and once around the list in well under a millisecond. The
 * longest phrase of each kind comes first; `longestWithoutOverlap` picks among the kinds.
 */
function bounded(list: readonly string[], flags: string): RegExp[] {
  const kinds = new Map<string, string[]>();
  for (const phrase of list) {
    const kind = `${WORD.test(phrase.charAt(0)) ? BEFORE : ''}\u0000${WORD.test(phrase.slice(-1)) ? AFTER : ''}`;
    kinds.set(kind, [...(kinds.get(kind) ?? []), phraseBody(phrase)]);
  }
  return [...kinds].map(([kind, bodies]) => {
    const [before, after] = kind.split('\u0000');
    return new RegExp(`${before}(?:${bodies.join('|')})${after}`, flags);
  });
}

export const isCapitalsOnly = (phrase: string): boolean => /\p{Lu}/u.test(phrase) && !/\p{Ll}/u.test(phrase);

export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const patterns = [
    ...bounded(unique.filter(isCapitalsOnly), 'gu'),
    ...bounded(
      unique.filter((p) => !isCapitalsOnly(p)),
      'giu',
    ),
  ];

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
