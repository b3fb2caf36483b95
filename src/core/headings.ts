import { UnicodeRegExp } from './unicode-regexp.js';

/**
 * Heading text normalisation, as the contract defines it: case-insensitive, leading numbering
 * (`1.`, `2)`, `I.`), emoji and surrounding punctuation removed, `&` read as `and`, runs of
 * white space folded.
 */
const EMOJI = new UnicodeRegExp(
  String.raw`\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}|\u{20E3}`,
  'gu',
);
// Without the `u` flag, which makes V8 compile the expression with Unicode case folding: the two
// characters that fold into a to z only with it, U+017F (long s) and U+212A (Kelvin), are listed.
export const LEADING_NUMBERING = /^(?:\d+(?:\.\d+)*[.):]?|[ivxlcdm]+[.)]|[a-z\u017f\u212a][.)])\s+/i;
const EDGE_PUNCTUATION = new UnicodeRegExp(String.raw`^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$`, 'gu');

export function normaliseHeading(text: string): string {
  let result = text.replace(EMOJI.for(text), ' ').replace(/&/g, ' and ').replace(/\s+/g, ' ').trim();
  // The replacements add only ASCII: the choice made for the text holds for what they leave.
  const edgePunctuation = EDGE_PUNCTUATION.for(text);
  result = result.replace(edgePunctuation, '');
  // Numbering may sit behind punctuation (`(1) Purpose`) or come back after stripping it.
  for (let i = 0; i < 3 && LEADING_NUMBERING.test(result); i++) {
    result = result.replace(LEADING_NUMBERING, '').replace(edgePunctuation, '');
  }
  return result.toLowerCase();
}

/** Scripts that separate words with spaces: there a name must end on a word boundary. */
const SPACED_SCRIPT_END = new UnicodeRegExp(
  String.raw`[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]$`,
  'u',
);
const WORD_CHAR = new UnicodeRegExp(String.raw`[\p{L}\p{N}_]`, 'u');
const LETTERS_DIGITS_AND_SPACES = new UnicodeRegExp(String.raw`^[\p{L}\p{N} ]+$`, 'u');
const LATIN = new UnicodeRegExp(String.raw`\p{Script=Latin}`, 'u');

/**
 * Whether normalised heading text starts with a name as whole words: `progress notes` starts
 * with `progress`, `progressive rollout` does not. In scripts written without spaces between
 * words (Chinese, Japanese, and Korean with its attached particles) a prefix is enough.
 */
const normalisedNames = new Map<string, string>();
/** A name normalised once: the names are few, the headings they are tried on many. */
function normalisedName(name: string): string {
  let wanted = normalisedNames.get(name);
  if (wanted === undefined) {
    wanted = normaliseHeading(name);
    if (normalisedNames.size < 10_000) normalisedNames.set(name, wanted);
  }
  return wanted;
}

export function startsWithName(normalised: string, name: string): boolean {
  const wanted = normalisedName(name);
  if (!wanted || !normalised.startsWith(wanted)) return false;
  const next = normalised.charAt(wanted.length);
  if (next === '' || !SPACED_SCRIPT_END.test(wanted)) return true;
  return !WORD_CHAR.test(next);
}

/** Words that negate what follows: `No progress yet`, `Without decisions`. */
const NEGATIONS = new Set(['non', 'no', 'not', 'without', 'sin', 'sem', 'sans', 'ohne', 'kein', 'keine', 'без', 'не']);
/** Negations in scripts written without spaces: `非目标` (non-goals), `無`, `不`, `未`. */
const CJK_NEGATION = /[非无無不未没沒]/u;
const CJK_QUALIFIER_MAX = 4;

/**
 * Whether normalised heading text is one of the section's names, as the contract says: it
 * starts with the name as whole words (`progress notes`), or one or two qualifying words come
 * before the name and the name ends the heading or is followed by `and …` (`existing context`,
 * `current repository context`, `testing and validation`). A negation or a word joined to the
 * name by a hyphen is no qualifier (`non-decisions`, `no progress yet`). In scripts without
 * spaces between words a qualifier is a short run of characters without a negation (`实施目标`).
 */
export function matchesName(normalised: string, name: string): boolean {
  if (startsWithName(normalised, name)) return true;
  const wanted = normalisedName(name);
  if (!wanted) return false;
  if (!SPACED_SCRIPT_END.test(wanted)) {
    const at = normalised.indexOf(wanted);
    if (at <= 0 || at > CJK_QUALIFIER_MAX) return false;
    const qualifier = normalised.slice(0, at);
    return !CJK_NEGATION.test(qualifier) && LETTERS_DIGITS_AND_SPACES.test(qualifier) && !LATIN.test(qualifier);
  }
  for (let at = normalised.indexOf(wanted); at > 0; at = normalised.indexOf(wanted, at + 1)) {
    if (normalised.charAt(at - 1) !== ' ') continue;
    const rest = normalised.slice(at + wanted.length);
    if (!(rest === '' || /^ and\b/u.test(rest) || /^ (?:y|e|et|und|и)\b/u.test(rest))) continue;
    const qualifiers = normalised.slice(0, at - 1).split(' ');
    if (qualifiers.length > 2) continue;
    if (qualifiers.some((word) => NEGATIONS.has(word) || word.includes('-') || !WORD_CHAR.test(word))) continue;
    return true;
  }
  return false;
}
