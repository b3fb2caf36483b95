import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintPlan } from '../src/core/lint.js';
import { cutPoints } from '../src/core/cut-points.js';
import { DEFAULT_MAX_PIECE_SIZE, parseMarkdown, type ParseOptions } from '../src/core/markdown.js';
import { parsePlan, type Plan } from '../src/core/plan.js';
import { corpusDir, describeShared, sharedAvailable } from './helpers.js';
import { sharedLint } from './support/shared-results.js';

/**
 * Plans are parsed in pieces (`src/core/markdown.ts`, `src/core/cut-points.ts`), because the
 * parser slows down more than linearly on long text. These tests prove that the pieces give the
 * same findings as one parse, on every corpus plan and both sides of every pair: with the
 * defaults, and cutting at every clean point the cutter allows (every heading, and every line
 * that starts with a letter after a blank line).
 */
const listShared = (dir: string): string[] => (sharedAvailable ? readdirSync(dir) : ['(../shared is not there)']);
const plans = listShared(join(corpusDir, 'plans')).map((name) => join(corpusDir, 'plans', name));
const pairs = listShared(join(corpusDir, 'pairs'))
  .filter((name) => /^\d+$/.test(name))
  .flatMap((pair) => ['base.md', 'head.md'].map((side) => join(corpusDir, 'pairs', pair, side)));
const specs = listShared(join(corpusDir, 'specs')).map((name) => join(corpusDir, 'specs', name));

/**
 * A pair's base is parsed in its own row, just before its head's row, and again as the head's
 * base, with the same options each time: kept from its row (parsePlan is pure, and lintPlan only
 * reads the plans it is given).
 */
const bases = new Map<string, Plan>();
const parseBase = (base: string, options: ParseOptions): Plan => {
  const key = `${JSON.stringify(options)}\n${base}`;
  if (!bases.has(key)) bases.set(key, parsePlan(base, options));
  return bases.get(key)!;
};
const findingsOf = (text: string, options: ParseOptions, base?: string, isBase = false) =>
  lintPlan(
    isBase ? parseBase(text, options) : parsePlan(text, options),
    base === undefined ? {} : { base: parseBase(base, options) },
  ).findings;
const WHOLE: ParseOptions = { chunkSize: 0 };
const EVERY_CLEAN_CUT: ParseOptions = { chunkSize: 1, maxPieceSize: 1, forcedCuts: false };

describeShared('findings are the same parsed whole and in pieces', () => {
  test.each([...plans, ...pairs, ...specs].map((path) => [path.slice(corpusDir.length + 1), path]))(
    '%s',
    (_name, path) => {
      const text = readFileSync(path, 'utf8');
      const base = path.endsWith('head.md') ? readFileSync(path.replace(/head\.md$/, 'base.md'), 'utf8') : undefined;
      const isBase = path.endsWith('base.md');
      const whole = findingsOf(text, WHOLE, base, isBase);
      // With the default options: lintPlan(text, { base }) as the judged corpus reads it, made once for both.
      expect(sharedLint(text, base).findings).toEqual(whole);
      expect(findingsOf(text, EVERY_CLEAN_CUT, base, isBase)).toEqual(whole);
    },
  );
});

// Text no longer than one piece is read whole where the fast parser can (parseMarkdown): the
// short texts below are cut at every clean point, so that they are cut at all.
describe('the cutter refuses cuts inside blocks that would take in the heading', () => {
  const filler = 'Some prose.\n\n'.repeat(4);
  test.each([
    ['an unclosed fence', '```\ncode\n'],
    ['a fence closed by a longer fence only', '````\n```\n'],
    ['an HTML comment', '<!--\nnote\n'],
    ['an HTML block without a blank line', '<div>\n'],
    ['a script block', '<script>\nlet a;\n'],
  ])('%s', (_label, opener) => {
    const text = `# Title\n\n${filler}${opener}# not a heading when the block is open\n\n${filler}## Next\n\n${filler}`;
    const whole = parseMarkdown(text, { chunkSize: 0 });
    const pieces = parseMarkdown(text, EVERY_CLEAN_CUT);
    expect(JSON.stringify(pieces)).toBe(JSON.stringify(whole));
  });

  test('front matter is never cut', () => {
    const text = `---\ntitle: x\n# a YAML comment\n---\n# Title\n\n${'Text.\n\n'.repeat(3)}## Two\n\nEnd.\n`;
    expect(JSON.stringify(parseMarkdown(text, EVERY_CLEAN_CUT))).toBe(
      JSON.stringify(parseMarkdown(text, { chunkSize: 0 })),
    );
  });

  test('positions after a cut match a whole parse exactly', () => {
    const text = `# A\n\nalpha\n\n## B\n\n- [x] (2025-01-20 13:00Z) beta \`code\`\n\n## C\n\n| x |\n| - |\n| y |\n`;
    expect(JSON.stringify(parseMarkdown(text, EVERY_CLEAN_CUT))).toBe(
      JSON.stringify(parseMarkdown(text, { chunkSize: 0 })),
    );
  });
});

describe('cuts inside long sections', () => {
  const long = (line: string, n: number): string => Array.from({ length: n }, (_, i) => `${line} ${i}`).join('\n');
  const whole = (text: string) => JSON.stringify(parseMarkdown(text, { chunkSize: 0 }));
  const cut = (text: string, forcedCuts = true) =>
    JSON.stringify(parseMarkdown(text, { chunkSize: 1, maxPieceSize: 64, forcedCuts }));

  test.each([
    ['a fenced code block', '```\n', '```\n'],
    ['a fence in a block quote', '> ```\n', '> ```\n'],
    ['an HTML comment', '<!--\n', '-->\n'],
    ['a script block', '<script>\n', '</script>\n'],
  ])('never inside %s, whose lines look like clean cut points', (_label, open, close) => {
    const inside = Array.from({ length: 40 }, (_, i) => `${open.startsWith('>') ? '> ' : ''}Line ${i}\n`).join(
      open.startsWith('>') ? '>\n' : '\n',
    );
    const text = `# Title\n\nIntro.\n\n${open}${inside}${close}\nAfter.\n\n${long('More', 100).replace(/\n/g, '\n\n')}\n`;
    const [blockStart, blockEnd] = [text.indexOf(open), text.indexOf('After.')];
    const cuts = cutPoints(text, { start: 0, minPiece: 1, maxPiece: 64, forced: true });
    expect(cuts.filter((at) => at > blockStart && at < blockEnd)).toEqual([]);
    expect(cuts.filter((at) => at > blockEnd).length).toBeGreaterThan(5);
    expect(cut(text)).toBe(whole(text));
  });

  test('an inline comment opened in a paragraph ends with it', () => {
    const text = `# Title\n\nSee \`<!--\` and <!-- an open one\n\n${long('Paragraph', 60).replace(/\n/g, '\n\n')}\n`;
    const cuts = cutPoints(text, { start: 0, minPiece: 1, maxPiece: 64, forced: false });
    expect(cuts.length).toBeGreaterThan(10);
    expect(cut(text, false)).toBe(whole(text));
  });

  test('forced cuts keep every piece of one long paragraph near a quarter of the size asked for', () => {
    const text = `# Title\n\n${long('A line of a paragraph that never ends', 5000)}\n`;
    const cuts = cutPoints(text, { start: 0, minPiece: 1, maxPiece: 8192, forced: true });
    const sizes = [...cuts, text.length].map((at, i) => at - (cuts[i - 1] ?? 0));
    // The first piece of the stretch is up to the size asked for; the rest a quarter of it.
    expect(Math.max(...sizes)).toBeLessThan(8192 + 100);
    expect(Math.max(...sizes.slice(2))).toBeLessThan(8192 / 4 + 100);
    expect(cuts.length).toBeGreaterThan(text.length / (8192 / 4) - 6);
    // Each piece is parsed as a paragraph of its own; the text and its positions are unchanged.
    const root = parseMarkdown(text, { maxPieceSize: 8192 });
    const offsets = root.children.map((node) => node.position!.start.offset);
    expect(offsets.slice(1)).toEqual(cuts);
  });

  test('a paragraph of more than 256 lines is cut even when it is short', () => {
    const text = `# Title\n\n${long('w', 1000)}\n`;
    const cuts = cutPoints(text, { start: 0, minPiece: 1, maxPiece: 1_000_000, forced: true });
    expect(cuts).toHaveLength(3);
    expect(cutPoints(text, { start: 0, minPiece: 1, maxPiece: 1_000_000, forced: false })).toEqual([]);
  });

  test('a setext underline is never cut from its text', () => {
    const lines = Array.from({ length: 200 }, (_, i) => (i % 2 ? '---' : `Heading ${i}`)).join('\n');
    expect(cut(`# Title\n\n${lines}\n`)).toBe(whole(`# Title\n\n${lines}\n`));
  });
});

describe('a refused cut moves on to the next cut point (issue 10, item 4)', () => {
  // 20 KB of lines that form one paragraph, long enough to need forced cuts.
  const body = '[a](\n'.repeat(4_000) + 'TBD\n';
  test.each([
    ['an HTML block holding a heading', '<div>\n## x\n</div>\n\n'],
    ['a fence in a list item ended by a heading', '- a\n  ```\n## x\n\n'],
    ['an indented fence at the top level, which a heading does not end', '  ```\n## x\n```\n\n'],
  ])('%s at the top: the same tree as one parse, and the text after it still cut', (_name, prefix) => {
    const small = `# T\n\n${prefix}## Context\n\n${'[a](\n'.repeat(500)}TBD\n`;
    expect(findingsOf(small, {})).toEqual(findingsOf(small, WHOLE));
    // Before: the first refused cut ended cutting, and everything after it was parsed in one piece
    // (at 20,000 lines, 11 times as long as in pieces). Cut on, no paragraph outgrows a piece.
    const root = parseMarkdown(`# T\n\n${prefix}## Context\n\n${body}`);
    const paragraphs = root.children.filter((node) => node.type === 'paragraph');
    expect(paragraphs.length).toBeGreaterThan(2);
    const longest = Math.max(...paragraphs.map((node) => node.position!.end.offset! - node.position!.start.offset!));
    expect(longest).toBeLessThanOrEqual(DEFAULT_MAX_PIECE_SIZE);
  });
});
