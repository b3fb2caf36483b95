/**
 * Whole-word phrase matching over prose. Phrases written entirely in capitals (`TBD`, `TODO`)
 * match only in capitals, so "a todo app" is fine; every other phrase matches in any case.
 * Within one list, overlapping matches yield one match: the longest.
 *
 * The matcher is one word trie for the whole list (a tree of phrases by their words, so that the
 * phrases sharing a first word share one node): the text is cut into tokens once (runs of letters,
 * digits and `_`, and every other character that is not white space on its own), and at each
 * token the trie is walked as far as the text follows it. So the cost grows with the text's
 * length times the words of the longest phrase, not with the number of phrases (a regular
 * expression alternating thousands of phrases tries each one at each position). Two tokens of a
 * phrase written with white space between them match tokens with any white space between them
 * (a phrase may be split across a soft line break); written together (`etc.`), adjacent tokens.
 */
export interface PhraseMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface PhraseMatcher {
  find(text: string): PhraseMatch[];
}

/** Text made literal inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export const isCapitalsOnly = (phrase: string): boolean => /\p{Lu}/u.test(phrase) && !/\p{Ll}/u.test(phrase);

/** A word (letters, digits, `_`) or any other character that is not white space. */
const TOKEN = /[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu;
/** Joins a token to the one before it in a trie key: after white space, or right after it. */
const AFTER_SPACE = ' ';
const ADJACENT = '\u0000';

interface Terminal {
  /** The phrase's tokens as written, for phrases that match only in capitals. */
  readonly exact: readonly string[] | null;
}

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  terminals: Terminal[] | null;
}

interface Tokens {
  readonly starts: number[];
  readonly ends: number[];
  readonly words: string[];
}

function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const words: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    words.push(m[0]);
  }
  return { starts, ends, words };
}

const fold = (word: string): string => word.toLowerCase();
const keyOf = (tokens: Tokens, i: number): string =>
  (i === 0 || tokens.starts[i] > tokens.ends[i - 1] ? AFTER_SPACE : ADJACENT) + fold(tokens.words[i]);

export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  const root: TrieNode = { children: new Map(), terminals: null };
  for (const phrase of new Set(phrases.map((p) => p.trim()).filter(Boolean))) {
    const tokens = tokenize(phrase);
    if (!tokens.words.length) continue;
    let node = root;
    for (let i = 0; i < tokens.words.length; i++) {
      const key = keyOf(tokens, i);
      let child = node.children.get(key);
      if (!child) {
        child = { children: new Map(), terminals: null };
        node.children.set(key, child);
      }
      node = child;
    }
    (node.terminals ??= []).push({ exact: isCapitalsOnly(phrase) ? tokens.words : null });
  }

  return {
    find(text: string): PhraseMatch[] {
      const tokens = tokenize(text);
      const found: PhraseMatch[] = [];
      const { starts, ends, words } = tokens;
      for (let first = 0; first < words.length; first++) {
        // The first token is keyed as if after white space, whatever stands before it.
        let node = root.children.get(AFTER_SPACE + fold(words[first]));
        let longestEnd = -1;
        for (let i = first; node;) {
          if (node.terminals && node.terminals.some((t) => matchesExactly(t, words, first))) longestEnd = ends[i];
          if (++i >= words.length) break;
          node = node.children.get(keyOf(tokens, i));
        }
        if (longestEnd !== -1)
          found.push({ start: starts[first], end: longestEnd, text: text.slice(starts[first], longestEnd) });
      }
      return longestWithoutOverlap(found, text.length);
    },
  };
}

function matchesExactly(terminal: Terminal, words: readonly string[], first: number): boolean {
  const { exact } = terminal;
  return !exact || exact.every((word, j) => words[first + j] === word);
}

/**
 * The longest matches, earliest first among equals, that overlap no longer one. Matches are taken
 * longest first; a match that overlaps one already kept (which is at least as long) holds one of
 * its two ends inside it, so marking the kept matches' characters makes each test two look-ups,
 * and the whole linear in the text (after sorting the matches).
 */
function longestWithoutOverlap(matches: PhraseMatch[], length: number): PhraseMatch[] {
  if (matches.length < 2) return matches;
  const byLength = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(length);
  const kept: PhraseMatch[] = [];
  for (const match of byLength) {
    if (taken[match.start] || taken[match.end - 1]) continue;
    taken.fill(1, match.start, match.end);
    kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}
