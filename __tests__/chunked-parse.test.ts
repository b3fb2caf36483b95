import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintPlan } from '../src/core/lint.js';
import { parseMarkdown, type ParseOptions } from '../src/core/markdown.js';
import { parsePlan } from '../src/core/plan.js';
import { corpusDir } from './helpers.js';

/**
 * Plans are parsed in pieces (`src/core/markdown.ts`, `src/core/cut-points.ts`), because the
 * parser slows down more than linearly on long text. These tests prove that the pieces give the
 * same findings as one parse, on every corpus plan and both sides of every pair: with the
 * defaults, and cutting at every clean point the cutter allows (every heading, and every line
 * that starts with a letter after a blank line).
 */
const plans = readdirSync(join(corpusDir, 'plans')).map((name) => join(corpusDir, 'plans', name));
const pairs = readdirSync(join(corpusDir, 'pairs'))
  .filter((name) => /^\d+$/.test(name))
  .flatMap((pair) => ['base.md', 'head.md'].map((side) => join(corpusDir, 'pairs', pair, side)));
const specs = readdirSync(join(corpusDir, 'specs')).map((name) => join(corpusDir, 'specs', name));

const findingsOf = (text: string, options: ParseOptions, base?: string) =>
  lintPlan(parsePlan(text, options), base === undefined ? {} : { base: parsePlan(base, options) }).findings;
const WHOLE: ParseOptions = { chunkSize: 0 };
const EVERY_CLEAN_CUT: ParseOptions = { chunkSize: 1, maxPieceSize: 1, forcedCuts: false };

describe('findings are the same parsed whole and in pieces', () => {
  test.each([...plans, ...pairs, ...specs].map((path) => [path.slice(corpusDir.length + 1), path]))(
    '%s',
    (_name, path) => {
      const text = readFileSync(path, 'utf8');
      const base = path.endsWith('head.md') ? readFileSync(path.replace(/head\.md$/, 'base.md'), 'utf8') : undefined;
      const whole = findingsOf(text, WHOLE, base);
      expect(findingsOf(text, {}, base)).toEqual(whole);
      expect(findingsOf(text, EVERY_CLEAN_CUT, base)).toEqual(whole);
    },
  );
});

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
    const pieces = parseMarkdown(text, { chunkSize: 1 });
    expect(JSON.stringify(pieces)).toBe(JSON.stringify(whole));
  });

  test('front matter is never cut', () => {
    const text = `---\ntitle: x\n# a YAML comment\n---\n# Title\n\n${'Text.\n\n'.repeat(3)}## Two\n\nEnd.\n`;
    expect(JSON.stringify(parseMarkdown(text, { chunkSize: 1 }))).toBe(
      JSON.stringify(parseMarkdown(text, { chunkSize: 0 })),
    );
  });

  test('positions after a cut match a whole parse exactly', () => {
    const text = `# A\n\nalpha\n\n## B\n\n- [x] (2025-01-20 13:00Z) beta \`code\`\n\n## C\n\n| x |\n| - |\n| y |\n`;
    expect(JSON.stringify(parseMarkdown(text, { chunkSize: 1 }))).toBe(
      JSON.stringify(parseMarkdown(text, { chunkSize: 0 })),
    );
  });
});
