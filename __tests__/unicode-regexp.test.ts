import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { BUILT_IN_JARGON } from '../src/core/jargon-terms.js';
import { IN_PARENTHESES, WORDS } from '../src/core/jargon-definitions.js';
import { labelPattern, DEFAULT_LABEL_NAMES, LABEL_NAMES } from '../src/core/entries.js';
import { termPattern } from '../src/core/rules/undefined-jargon.js';
import { TWIN_PROPERTIES, UnicodeRegExp, inTwinAlphabet, twinFlags, twinSource } from '../src/core/unicode-regexp.js';
import { repoRoot } from './helpers.js';

/**
 * A Unicode expression and its twin match alike on every text in the twins' alphabet (ASCII,
 * U+FFFC, and the letters and punctuation `src/core/unicode-regexp.ts` lists): the twins' class
 * members are each property's members there, the alphabet is what `inTwinAlphabet` says it is,
 * the rewrite touches property classes only, and every expression the core makes gives the same
 * matches both ways on generated text.
 */
const alphabet: string[] = [];
for (let cp = 0; cp <= 0x10ffff; cp++) {
  if (cp >= 0xd800 && cp <= 0xdfff) continue;
  const c = String.fromCodePoint(cp);
  if (inTwinAlphabet(c)) alphabet.push(c);
}

test('the alphabet: ASCII, U+FFFC, and common letters and punctuation beyond ASCII', () => {
  expect(alphabet.slice(0, 128)).toEqual(Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)));
  for (const c of [
    '\uFFFC',
    'é',
    'ÿ',
    'Ж',
    'ё',
    'か',
    'カ',
    '中',
    '한',
    '—',
    '–',
    '“',
    '’',
    '…',
    '→',
    '×',
    '·',
    '。',
    '（',
    '：',
  ])
    expect([c, inTwinAlphabet(c)]).toEqual([c, true]);
  for (const c of ['\ud800', 'µ', '©', '\u{1f600}', 'α', 'Ÿ', 'ー', '・', '\u00a0', '\u3000', '÷'])
    expect([c, inTwinAlphabet(c)]).toEqual([c, false]);
});

/**
 * `all` with each character that `expression` (one character class) holds replaced by U+FFFF,
 * which is outside the alphabet.
 */
const members = (expression: RegExp, all: string): string => all.replace(expression, '\uFFFF');

test.each(TWIN_PROPERTIES)('\\p{%s}: the twin has its members in the alphabet, in any case and negated', (name) => {
  const all = alphabet.join('');
  for (const flags of ['gu', 'giu']) {
    for (const source of [`[\\p{${name}}]`, `[^\\p{${name}}]`, `\\p{${name}}`]) {
      const full = [...members(new RegExp(source, flags), all)];
      // With the flags the twin is compiled with (without `u` where it means the same).
      const twin = [...members(new RegExp(twinSource(source), twinFlags(twinSource(source), flags)), all)];
      const at = twin.findIndex((c, i) => c !== full[i]);
      if (at >= 0)
        throw new Error(`/${source}/${flags} and its twin differ at U+${alphabet[at].codePointAt(0)!.toString(16)}`);
    }
  }
});

test('a twin drops the u flag unless it is written with what only u reads alike', () => {
  expect(twinFlags(String.raw`(?<![A-Za-z\u00C0-\u00D6])(?:daemon)`, 'giu')).toBe('gi');
  expect(twinFlags(String.raw`[]|\u{FE0F}`, 'gu')).toBe('gu');
  expect(twinFlags(String.raw`\uD83D\uDE00?`, 'u')).toBe('u');
  expect(twinFlags('\u{1F600}?', 'u')).toBe('u');
  // The twin of \p{Lu} lists Ÿ and ẞ for the case folding of `u`; that of \p{Ll} needs no `u`
  // (the test above compares it with the full expression on every character of the alphabet).
  expect(twinFlags(twinSource(String.raw`\p{Lu}`), 'iu')).toBe('iu');
  expect(twinFlags(twinSource(String.raw`\p{Ll}`), 'iu')).toBe('i');
  // The escapes are told in either case of their hexadecimal digits.
  for (const escape of [String.raw`[\u1e9e]`, String.raw`[\u1E9E]`, String.raw`\ud83d`, String.raw`\uDB40`])
    expect([escape, twinFlags(escape, 'iu')]).toEqual([escape, 'iu']);
  expect(twinFlags(String.raw`[\u1e9d\u0177\ud7ff]`, 'iu')).toBe('i');
});

test('the rewrite replaces property classes, inside a class and out, and nothing else', () => {
  expect(twinSource(String.raw`(?<![\p{N}\p{Zs}_])x`)).toBe(String.raw`(?<![0-9\x20_])x`);
  expect(twinSource(String.raw`^\p{N}+\p{Script=Greek}`)).toBe(String.raw`^[0-9]+[]`);
  expect(twinSource(String.raw`[^\p{Script=Greek}]`)).toBe(String.raw`[^]`);
  // An escaped backslash before `p{L}` leaves a literal `p{L}`; `[` inside a class is a character.
  expect(twinSource(String.raw`\\p{L}[[\]\p{N}]`)).toBe(String.raw`\\p{L}[[\]0-9]`);
  expect(() => twinSource(String.raw`\P{L}`)).toThrow(/no twin/);
  expect(() => twinSource(String.raw`\p{Sc}`)).toThrow(/no twin/);
  expect(() => new UnicodeRegExp('a', 'g')).toThrow(/u flag/);
});

/** Every `new UnicodeRegExp(…)` in the source: its source text and flags when both are literal. */
function expressionsInSource(): { where: string; source?: string; flags?: string }[] {
  const found: { where: string; source?: string; flags?: string }[] = [];
  const made = /new UnicodeRegExp\(\s*(?:String\.raw`((?:[^`\\$]|\\.|\$(?!\{))*)`\s*,\s*'([a-z]+)'\s*,?\s*\))?/g;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && entry.name !== 'unicode-regexp.ts') {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(made)) {
          const where = `${path.slice(repoRoot.length + 1)}:${text.slice(0, m.index).split('\n').length}`;
          found.push(m[1] === undefined ? { where } : { where, source: m[1], flags: m[2] });
        }
      }
    }
  };
  walk(join(repoRoot, 'src'));
  return found;
}

/** The expressions built from parts, each as the core builds it, by where they are made. */
const builtFromParts: Record<string, () => UnicodeRegExp[]> = {
  'src/core/entries.ts': () => LABEL_NAMES.map((name) => labelPattern(DEFAULT_LABEL_NAMES[name])),
  'src/core/jargon-definitions.ts': () => [IN_PARENTHESES, WORDS],
  'src/core/rules/undefined-jargon.ts': () => [termPattern([...BUILT_IN_JARGON, 'ſharding', 'RPC'])!.pattern],
};

const allMatches = (expression: RegExp, text: string): unknown => {
  if (!expression.global) return expression.exec(text);
  return [...text.matchAll(expression)].map((m) => [m.index, ...m]);
};

describe('every expression the core makes matches alike both ways on text in the alphabet', () => {
  const found = expressionsInSource();
  const literal = found.filter((e) => e.source !== undefined);
  const fromParts = found.filter((e) => e.source === undefined).map((e) => e.where.replace(/:\d+$/, ''));

  test('each expression built from parts is known here', () => {
    expect(literal.length).toBeGreaterThanOrEqual(25);
    for (const file of fromParts) expect(builtFromParts).toHaveProperty([file]);
  });

  const expressions: [string, UnicodeRegExp][] = [
    ...literal.map((e): [string, UnicodeRegExp] => [e.where, new UnicodeRegExp(e.source!, e.flags!)]),
    ...Object.entries(builtFromParts).flatMap(([where, make]) =>
      make().map((expression, i): [string, UnicodeRegExp] => [`${where} #${i + 1}`, expression]),
    ),
  ];
  test.each(expressions)('%s', (_where, expression) => {
    // Both expressions: the full one for text beyond the alphabet, the twin for text in it.
    const [full, twin] = [expression.for('\u0080'), expression.for('')];
    expect(twin.source).not.toMatch(/\\p\{/);
    // Pieces: the words and characters the expression is written with (so that it matches
    // often), and any character of the alphabet.
    const words = [...new Set(expression.source.match(/[A-Za-z]{2,}/g) ?? [])];
    const piece = fc.oneof(
      fc.constantFrom(...alphabet),
      fc.constantFrom(' ', '\n', '-', '_', '/', '(', ')', ':', '*', '\uFFFC', 'x1', 'V17', 'API', 'é', 'É', 'ж', 'Ё'),
      fc.constantFrom('か', 'カ', '中文', '한국', '—', '“', '”', '…', '→', '×', '·', '。', '（', '）', '：', 'ÿ', 'ß'),
      ...(words.length ? [fc.constantFrom(...words, ...words.map((w) => w.toUpperCase()))] : []),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        expect(allMatches(twin, text)).toEqual(allMatches(full, text));
        expect(expression.for(text)).toBe(twin);
      }),
      { numRuns: 150 },
    );
    expect(expression.for('naïve')).toBe(twin);
    expect(expression.for('\u00a0')).toBe(full);
  });
});
