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
import { UnicodeRegExp } from './unicode-regexp.js';
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

const UPPER_CASE = new UnicodeRegExp(String.raw`\p{Lu}`, 'u');
const LOWER_CASE = new UnicodeRegExp(String.raw`\p{Ll}`, 'u');
// In ASCII, the capitals are A to Z and the lower-case letters a to z: an ASCII phrase (every
// built-in one) is told without the Unicode expressions, which a run then never compiles.
const NOT_ASCII = /[\u0080-\uffff]/;
/** Whether every character of `text` is ASCII. */
export const isAscii = (text: string): boolean => !NOT_ASCII.test(text);
export const isCapitalsOnly = (phrase: string): boolean =>
  isAscii(phrase) ? /[A-Z]/.test(phrase) && !/[a-z]/.test(phrase) : UPPER_CASE.test(phrase) && !LOWER_CASE.test(phrase);

/**
 * A node of the trie: the tokens (folded) that may come next, after white space (`spaced`) or
 * right after the one before (`adjacent`); null where none does (most nodes end a phrase, and
 * two maps for each were about a quarter of the time it took to build the trie in a one-plan run).
 */
interface TrieNode {
  spaced: Map<string, TrieNode> | null;
  adjacent: Map<string, TrieNode> | null;
  terminals: Terminal[] | null;
}

interface Terminal {
  /** Which list the phrase is on. */
  readonly set: number;
  /** The phrase's tokens as written, for phrases that match only in capitals. */
  readonly exact: readonly string[] | null;
}

/** Where each token of a text starts and ends (UTF-16 offsets), and its text. */
interface Tokens {
  readonly starts: number[];
  readonly ends: number[];
  readonly texts: string[];
}

/**
 * Each code point is white space (as `\s`), a word character (`\p{L}`, `\p{N}`, `_`) or other;
 * a token is a run of word characters, or one other character. The text is cut into runs of
 * each by one call to `match`, white space included so that the offsets add up. A scan by hand
 * ran in V8's interpreter at about 300 ns a character, 2.5 ms of a one-plan run in a profile.
 * In the twins' alphabet (see unicode-regexp.ts), without the Unicode classes.
 */
const PIECES = new UnicodeRegExp(String.raw`[\p{L}\p{N}_]+|\s+|[^\p{L}\p{N}_\s]`, 'gu');
const SPACE_FIRST = /^\s/;

function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const texts: string[] = [];
  let at = 0;
  for (const piece of text.match(PIECES.for(text)) ?? []) {
    const code = piece.charCodeAt(0);
    const space = code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE_FIRST.test(piece);
    if (!space) {
      starts.push(at);
      ends.push(at + piece.length);
      texts.push(piece);
    }
    at += piece.length;
  }
  return { starts, ends, texts };
}

const fold = (word: string): string => word.toLowerCase();
const newNode = (): TrieNode => ({ spaced: null, adjacent: null, terminals: null });

export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  const sets = compilePhraseSets([phrases]);
  return { find: (text) => sets.find(text)[0] };
}

/** Several lists of phrases matched in one pass: `find` gives each list's matches, as its own matcher would. */
export interface PhraseSetMatcher {
  find(text: string): PhraseMatch[][];
}

/**
 * One trie for several lists (the phrase rules'), each phrase's terminal naming its list: a text
 * is walked once for all of them. Walked once per rule, the matcher's functions became hot enough
 * for V8 to optimise them on another thread, which a one-plan run waited for before it ended
 * (about 12 ms on Node 22).
 */
export function compilePhraseSets(lists: readonly (readonly string[])[]): PhraseSetMatcher {
  const root = newNode();
  const entries = lists.flatMap((phrases, set) =>
    [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].map((phrase) => ({ set, phrase })),
  );
  // Every phrase tokenized in one call, one line each: a line break ends a token as the end of the
  // text does, so each phrase has the tokens it has alone (one call instead of one per phrase,
  // which made the tokenizer hot enough for V8 to optimise it, see above).
  const joined = entries.map((e) => e.phrase).join('\n');
  const all = tokenize(joined);
  let token = 0;
  let offset = 0;
  for (const { set, phrase } of entries) {
    const starts: number[] = [];
    const ends: number[] = [];
    const words: string[] = [];
    for (; token < all.starts.length && all.starts[token] < offset + phrase.length; token++) {
      starts.push(all.starts[token] - offset);
      ends.push(all.ends[token] - offset);
      words.push(all.texts[token]);
    }
    offset += phrase.length + 1;
    if (!starts.length) continue;
    let node = root;
    for (let i = 0; i < words.length; i++) {
      // The first token is keyed as if after white space, whatever stands before it.
      const children = i === 0 || starts[i] > ends[i - 1] ? (node.spaced ??= new Map()) : (node.adjacent ??= new Map());
      const key = fold(words[i]);
      let child = children.get(key);
      if (!child) {
        child = newNode();
        children.set(key, child);
      }
      node = child;
    }
    (node.terminals ??= []).push({ set, exact: isCapitalsOnly(phrase) ? words : null });
  }

  // The ASCII characters a phrase's first token may start with (in either case): a token starting
  // with another ASCII character is passed over without making its folded copy. A character
  // outside ASCII may fold to one (U+212A, the Kelvin sign, to `k`), so those are always looked up.
  const firstCharacters = new Uint8Array(128);
  for (const key of root.spaced?.keys() ?? []) {
    const code = key.charCodeAt(0);
    if (code < 128) firstCharacters[code] = firstCharacters[String.fromCharCode(code).toUpperCase().charCodeAt(0)] = 1;
  }
  return {
    find(text: string): PhraseMatch[][] {
      const tokens = tokenize(text);
      const { starts, ends, texts } = tokens;
      const found: PhraseMatch[][] = lists.map(() => []);
      // The end of each list's longest match from the current first token (-1: none yet).
      const longestEnd = lists.map(() => -1);
      const matched: number[] = [];
      for (let first = 0; first < starts.length; first++) {
        const code = text.charCodeAt(starts[first]);
        if (code < 128 && !firstCharacters[code]) continue;
        let node = root.spaced?.get(fold(texts[first]));
        for (let i = first; node;) {
          for (const terminal of node.terminals ?? []) {
            if (!matchesExactly(terminal, text, tokens, first)) continue;
            if (longestEnd[terminal.set] === -1) matched.push(terminal.set);
            longestEnd[terminal.set] = ends[i];
          }
          if (++i >= starts.length) break;
          const children = starts[i] > ends[i - 1] ? node.spaced : node.adjacent;
          node = children?.get(fold(texts[i]));
        }
        for (const set of matched) {
          found[set].push({
            start: starts[first],
            end: longestEnd[set],
            text: text.slice(starts[first], longestEnd[set]),
          });
          longestEnd[set] = -1;
        }
        matched.length = 0;
      }
      return found.map((matches) => longestWithoutOverlap(matches, text.length));
    },
  };
}

function matchesExactly(terminal: Terminal, text: string, tokens: Tokens, first: number): boolean {
  const { exact } = terminal;
  return (
    !exact ||
    exact.every(
      (word, j) =>
        tokens.ends[first + j] - tokens.starts[first + j] === word.length &&
        text.startsWith(word, tokens.starts[first + j]),
    )
  );
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
