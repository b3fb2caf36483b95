import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  compilePhrases,
  compilePhraseSets,
  escapeRegExp,
  isCapitalsOnly,
  type PhraseMatch,
} from '../src/core/phrases.js';
import { parsePlan } from '../src/core/plan.js';
import { RULES } from '../src/core/rules/index.js';
import { corpusDir, repoRoot, sharedAvailable, testShared } from './helpers.js';

/**
 * The phrase matcher (issue 10, item 3): linear in the text however many matches one paragraph
 * holds, and about linear in the text however many phrases are configured; and the same matches
 * as the regular expression it replaced (kept here as the reference), on the corpus and on
 * generated text.
 */
function referenceMatcher(phrases: readonly string[]): (text: string) => PhraseMatch[] {
  const pattern = (phrase: string): string => {
    const word = /[\p{L}\p{N}_]/u;
    const before = word.test(phrase.charAt(0)) ? '(?<![\\p{L}\\p{N}_])' : '';
    const after = word.test(phrase.slice(-1)) ? '(?![\\p{L}\\p{N}_])' : '';
    return `${before}${phrase.split(/\s+/).map(escapeRegExp).join('\\s+')}${after}`;
  };
  const unique = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const build = (list: string[], flags: string): RegExp | null =>
    list.length ? new RegExp(list.map(pattern).join('|'), flags) : null;
  const patterns = [
    build(unique.filter(isCapitalsOnly), 'gu'),
    build(
      unique.filter((p) => !isCapitalsOnly(p)),
      'giu',
    ),
  ].filter((p): p is RegExp => p !== null);
  return (text) => {
    const found: PhraseMatch[] = [];
    for (const p of patterns) {
      p.lastIndex = 0;
      for (let m = p.exec(text); m; m = p.exec(text)) {
        found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
        p.lastIndex = m.index + 1;
      }
    }
    const byLength = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: PhraseMatch[] = [];
    for (const m of byLength) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
    return kept.sort((a, b) => a.start - b.start);
  };
}

const builtInLists = RULES.flatMap((rule) => ('phrases' in rule ? [rule.phrases as readonly string[]] : []));

const timed = (f: () => void): number => {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    f();
    best = Math.min(best, performance.now() - start);
  }
  return best;
};

describe('the phrase matcher finds what the regular expression found', () => {
  const plans = sharedAvailable ? readdirSync(join(corpusDir, 'plans')).filter((n) => n.endsWith('.md')) : [];
  testShared('on every prose block of the corpus, for every built-in list', () => {
    let matches = 0;
    // Each plan parsed once for all the lists: the prose blocks do not depend on the list.
    const blocks = plans.flatMap((name) => parsePlan(readFileSync(join(corpusDir, 'plans', name), 'utf8')).prose);
    for (const list of builtInLists) {
      const matcher = compilePhrases(list);
      const reference = referenceMatcher(list);
      for (const block of blocks) {
        const [found, expected] = [matcher.find(block.quoted), reference(block.quoted)];
        // Equal JSON (the same matches, their fields in the same order) is equal matches: Jest's
        // comparison, costly 45,000 times, only where the JSON differs.
        if (JSON.stringify(found) !== JSON.stringify(expected)) expect(found).toEqual(expected);
        matches += found.length;
      }
    }
    expect(matches).toBeGreaterThan(10);
  });

  test('on generated text made of phrase words, punctuation and white space', () => {
    const list = [
      'TBD',
      'to be determined',
      'should work',
      'should work correctly',
      'etc.',
      '<placeholder>',
      'as needed',
      'kelvin scale',
    ];
    const matcher = compilePhrases(list);
    const reference = referenceMatcher(list);
    const piece = fc.constantFrom(
      'TBD',
      'tbd',
      'to',
      'be',
      'determined',
      'should',
      'Work',
      'correctly',
      'etc',
      '.',
      '<',
      'placeholder',
      '>',
      'as',
      'needed',
      ' ',
      '  ',
      '\n',
      'x',
      '_',
      '-',
      'é',
      // Outside ASCII: white space, a word in CJK, a letter and an emoji beyond U+FFFF, a digit, a combining
      // mark (neither letter nor digit), the Kelvin sign (which folds to "k"), a lone surrogate.
      '\u00a0',
      '\u3000',
      '中文',
      '\u{1d49c}',
      '\u{1f600}',
      '\u0663',
      '\u0301',
      '\u212aelvin',
      'kelvin',
      'scale',
      '\ud800',
    );
    // And lists that share phrases, matched together: each list's own matches.
    const lists = [list.slice(0, 5), list.slice(3), ['work correctly', 'TBD']];
    const together = compilePhraseSets(lists);
    const references = lists.map(referenceMatcher);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(matcher.find(text)).toEqual(reference(text));
        expect(together.find(text)).toEqual(references.map((r) => r(text)));
      }),
      { numRuns: 2000 },
    );
  });

  test('the phrase rules matched together: each rule its own matches, on every rule example', () => {
    const together = compilePhraseSets(builtInLists);
    const alone = builtInLists.map((list) => compilePhrases(list));
    const examples = join(repoRoot, 'docs', 'examples');
    let matches = 0;
    for (const rule of readdirSync(examples))
      for (const name of readdirSync(join(examples, rule)))
        for (const block of parsePlan(readFileSync(join(examples, rule, name), 'utf8')).prose) {
          const found = together.find(block.quoted);
          expect(found).toEqual(alone.map((m) => m.find(block.quoted)));
          matches += found.flat().length;
        }
    expect(matches).toBeGreaterThan(5);
  });
});

test('tokens: every character is a word character, white space or a token of its own, as the Unicode classes say', () => {
  // With one phrase `x` and the text `xCxCCx`: no match where C is a word character (one token),
  // three elsewhere; `x y` matches `xCy` only where C is white space.
  const alone = compilePhrases(['x']);
  const spaced = compilePhrases(['x y']);
  const characters = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));
  // Beyond the BMP: a letter, a digit, an emoji; and surrogates on their own.
  characters.push('\u{1d49c}', '\u{1d7ce}', '\u{1f600}');
  for (const c of characters) {
    const word = /^[\p{L}\p{N}_]$/u.test(c);
    const space = /^\s$/u.test(c);
    const found = [alone.find(`x${c}x${c}${c}x`).length, spaced.find(`x${c}y`).length];
    if (found[0] !== (word ? 0 : 3) || found[1] !== (space ? 1 : 0))
      expect([c, found]).toEqual([c, [word ? 0 : 3, space ? 1 : 0]]);
  }
});

test('isCapitalsOnly: a capital and no lower-case letter, in ASCII and beyond', () => {
  const unicode = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
  const character = fc.constantFrom(
    'A',
    'Z',
    'a',
    'z',
    '0',
    ' ',
    '-',
    '.',
    '@',
    '[',
    '`',
    '{',
    'É',
    'é',
    'ẞ',
    'Ж',
    'ж',
    '中',
    '\u{1d400}',
  );
  fc.assert(
    fc.property(fc.array(character, { maxLength: 8 }), (characters) => {
      const text = characters.join('');
      expect(isCapitalsOnly(text)).toBe(unicode(text));
    }),
    { numRuns: 3000 },
  );
});

describe('the phrase matcher is linear', () => {
  test('in the number of matches in one paragraph: "TBD " 200,000 times costs about what "tbd " (no match) does', () => {
    const matcher = compilePhrases(['TBD', 'to be determined']);
    const matches = 'TBD '.repeat(200_000);
    const none = 'tbd '.repeat(200_000);
    expect(matcher.find(matches)).toHaveLength(200_000);
    expect(matcher.find(none)).toHaveLength(0);
    // The old matcher, quadratic in the matches, took over a hundred times as long.
    const ratio = timed(() => matcher.find(matches)) / timed(() => matcher.find(none));
    expect(ratio).toBeLessThan(10);
  });

  test('in the text, not phrases times text: 5,000 configured phrases cost at most 3 times the built-in list', () => {
    const builtIn = builtInLists.flat();
    const many = [...builtIn, ...Array.from({ length: 5000 }, (_, i) => `pending decision number ${i}`)];
    const text = 'The plan says what to do, as needed, and why; pending decision number 42 is open. '.repeat(5000);
    const few = compilePhrases(builtIn);
    const large = compilePhrases(many);
    expect(large.find(text).filter((m) => m.text.startsWith('pending'))).toHaveLength(5000);
    const ratio = timed(() => large.find(text)) / timed(() => few.find(text));
    expect(ratio).toBeLessThan(3);
  });
});
