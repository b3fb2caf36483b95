/**
 * Heading text normalisation, as the contract defines it: case-insensitive, leading numbering
 * (`1.`, `2)`, `I.`), emoji and surrounding punctuation removed, `&` read as `and`, runs of
 * white space folded.
 */
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}|\u{20E3}/gu;
const LEADING_NUMBERING = /^(?:\d+(?:\.\d+)*[.):]?|[ivxlcdm]+[.)]|[a-z][.)])\s+/iu;
const EDGE_PUNCTUATION = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

export function normaliseHeading(text: string): string {
  let result = text.replace(EMOJI, ' ').replace(/&/g, ' and ').replace(/\s+/g, ' ').trim();
  result = result.replace(EDGE_PUNCTUATION, '');
  // Numbering may sit behind punctuation (`(1) Purpose`) or come back after stripping it.
  for (let i = 0; i < 3 && LEADING_NUMBERING.test(result); i++) {
    result = result.replace(LEADING_NUMBERING, '').replace(EDGE_PUNCTUATION, '');
  }
  return result.toLowerCase();
}

/** Scripts that separate words with spaces: there a name must end on a word boundary. */
const SPACED_SCRIPT_END = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]$/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Whether normalised heading text starts with a name as whole words: `progress notes` starts
 * with `progress`, `progressive rollout` does not. In scripts written without spaces between
 * words (Chinese, Japanese, and Korean with its attached particles) a prefix is enough.
 */
export function startsWithName(normalised: string, name: string): boolean {
  const wanted = normaliseHeading(name);
  if (!wanted || !normalised.startsWith(wanted)) return false;
  const next = normalised.charAt(wanted.length);
  if (next === '' || !SPACED_SCRIPT_END.test(wanted)) return true;
  return !WORD_CHAR.test(next);
}
