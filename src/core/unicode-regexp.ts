/**
 * A regular expression with Unicode property classes (`\p{L}`, `\p{N}`, …) and its twin for
 * text whose every character is in the twins' alphabet (ASCII, the letters of the scripts plans
 * are most written in, common punctuation): there each class is a few ranges (`\p{L}` is
 * `A-Za-z`, Latin-1's and Cyrillic's letters, kana, Han and Hangul), and the two match alike.
 * Why: V8 builds and compiles a property class as hundreds of ranges, about a millisecond for
 * each expression the first time a process uses it; over the thirty expressions a plan's
 * validation uses, that was a third of a one-plan command's time. Each expression is built when
 * text first needs it.
 */

// The twins' alphabet: ASCII, U+FFFC, and the letters and punctuation plans write most beyond
// ASCII, in ranges where each property's members are plain to list (checked against the
// engine's own, character by character, in __tests__/unicode-regexp.test.ts).
const LATIN_1_LETTERS = String.raw`\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF`;
const CYRILLIC = String.raw`\u0401\u0410-\u044F\u0451`;
const HIRAGANA = String.raw`\u3041-\u3096`;
const KATAKANA = String.raw`\u30A1-\u30FA`;
const HAN = String.raw`\u4E00-\u9FFF`;
const HANGUL = String.raw`\uAC00-\uD7A3`;
/** `·`, dashes, curly quotes, `•`, `…`, and Chinese and Japanese punctuation. */
const PUNCTUATION = String.raw`\u00B7\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\u3001\u3002\u300C-\u300F\uFF01\uFF08\uFF09\uFF0C\uFF1A\uFF1B\uFF1F`;
/** `×`, `→`, and U+FFFC (a hole where prose had inline code). */
const SYMBOLS = String.raw`\u00D7\u2192\uFFFC`;

/** Each property's members in the twins' alphabet, as class content. */
const TWIN_MEMBERS: Readonly<Record<string, string>> = {
  L: `A-Za-z${LATIN_1_LETTERS}${CYRILLIC}${HIRAGANA}${KATAKANA}${HAN}${HANGUL}`,
  // With the `i` flag a class also holds its letters' other cases: `ÿ` and `ß` are the lower case
  // of `Ÿ` and `ẞ`, which are outside the alphabet, so those two are listed.
  Lu: String.raw`A-Z\u00C0-\u00D6\u00D8-\u00DE\u0178\u1E9E\u0401\u0410-\u042F`,
  Ll: String.raw`a-z\u00DF-\u00F6\u00F8-\u00FF\u0430-\u044F\u0451`,
  N: '0-9',
  P: String.raw`\x21-\x23\x25-\x2a\x2c-\x2f\x3a\x3b\x3f\x40\x5b-\x5d\x5f\x7b\x7d` + PUNCTUATION,
  S: String.raw`\x24\x2b\x3c-\x3e\x5e\x60\x7c\x7e` + SYMBOLS,
  Zs: String.raw`\x20`,
  'Script=Latin': `A-Za-z${LATIN_1_LETTERS}`,
  'Script=Greek': '',
  'Script=Cyrillic': CYRILLIC,
  'Script=Han': HAN,
  'Script=Hiragana': HIRAGANA,
  'Script=Katakana': KATAKANA,
  'Script=Hangul': HANGUL,
  Extended_Pictographic: '',
  Emoji_Modifier: '',
};

/** The properties the twins know (for the test that checks each against the engine's). */
export const TWIN_PROPERTIES: readonly string[] = Object.keys(TWIN_MEMBERS);

const OUTSIDE_TWIN_ALPHABET = new RegExp(
  `[^\\x00-\\x7f${LATIN_1_LETTERS}${CYRILLIC}${HIRAGANA}${KATAKANA}${HAN}${HANGUL}${PUNCTUATION}${SYMBOLS}]`,
);
/** Whether every character of `text` is in the twins' alphabet. */
export const inTwinAlphabet = (text: string): boolean => !OUTSIDE_TWIN_ALPHABET.test(text);

// The rules ask about the same text for one expression after another.
let lastText: string | undefined;
let lastInAlphabet = false;
const inTwinAlphabetMemo = (text: string): boolean => {
  if (text !== lastText) [lastText, lastInAlphabet] = [text, inTwinAlphabet(text)];
  return lastInAlphabet;
};

/**
 * A twin's flags: without `u` where the twin means the same without it, which it does on text in
 * the alphabet (no surrogates, and the same simple case mappings both ways) unless it is written
 * with what only `u` reads (`\u{…}`, a property class), with a surrogate, whose quantifier would
 * take half a character, or with `Ÿ` or `ẞ`, which the twin of `\p{Lu}` lists for the case
 * folding of `u` (without it, `ß` is not the lower case of `ẞ`). Why: V8 compiles an expression
 * with `i` and `u` in about one and a half times the time of one with `i` alone (the 29 such twins
 * of a one-plan run: 4.5 against 3.1 ms).
 */
export function twinFlags(twin: string, flags: string): string {
  return /\\u\{|\\[pP]\{|[\uD800-\uDFFF]|\\u[dD][89a-fA-F]|\\u(?:0178|1E9E)/i.test(twin)
    ? flags
    : flags.replace('u', '');
}

/**
 * The source with every `\p{…}` replaced by its members in the twins' alphabet: inside a class
 * by the members themselves, outside by a class of them (`[]`, which matches nothing, if none).
 */
export function twinSource(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const property = /^[pP]\{([^}]*)\}/.exec(source.slice(i + 1, i + 40));
      if (property) {
        const members = TWIN_MEMBERS[property[1]];
        if (property[0][0] === 'P' || members === undefined)
          throw new Error(`unicode-regexp: no twin for \\${property[0]} in /${source}/`);
        out += inClass ? members : `[${members}]`;
        i += property[0].length;
        continue;
      }
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

export class UnicodeRegExp {
  private full: RegExp | undefined;
  private twin: RegExp | undefined;

  /**
   * `source` as in `new RegExp`, with the `u` flag among `flags`. Characters beyond ASCII are
   * written as `\u` escapes in it: the classic script of the CLI is ASCII only, and the build
   * cannot escape a template literal's characters without changing its raw text.
   */
  constructor(
    readonly source: string,
    readonly flags: string,
  ) {
    if (!flags.includes('u')) throw new Error(`unicode-regexp: /${source}/ needs the u flag`);
  }

  /** The expression to run on `text`: the twin when `text` is in the twins' alphabet. */
  for(text: string): RegExp {
    if (!inTwinAlphabetMemo(text)) return (this.full ??= new RegExp(this.source, this.flags));
    if (this.twin) return this.twin;
    const source = twinSource(this.source);
    return (this.twin = new RegExp(source, twinFlags(source, this.flags)));
  }

  /** Whether it matches `text`, searched from its start (whatever the flags). */
  test(text: string): boolean {
    const expression = this.for(text);
    expression.lastIndex = 0;
    return expression.test(text);
  }

  /** Its first match in `text` (whatever the flags). */
  exec(text: string): RegExpExecArray | null {
    const expression = this.for(text);
    expression.lastIndex = 0;
    return expression.exec(text);
  }
}
