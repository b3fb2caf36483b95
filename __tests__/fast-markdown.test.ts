import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { inlineBudget } from '../src/core/inline-budget.js';
import { cutPoints } from '../src/core/cut-points.js';
import { parseFast } from '../src/core/fast-markdown/index.js';
import { DEFAULT_MAX_PIECE_SIZE, parseMarkdown } from '../src/core/markdown.js';
import { parseWithMicromark } from '../src/core/micromark.js';
import { repoRoot, sharedAvailable, sharedDir, testShared } from './helpers.js';

/**
 * The fast parser (src/core/fast-markdown/) must build exactly micromark's tree, positions
 * included, wherever it builds one, and leave the rest to micromark. Proved on every piece of
 * every real plan at hand (cut as `parseMarkdown` cuts), on generated text that mixes the
 * constructs it reads with those it leaves, and on the cases where micromark surprised us.
 *
 * The reference is micromark with every construct on. `parseWithMicromark` itself skips the
 * table construct for text without a `|` (src/core/markdown.ts): the same comparison proves, on
 * every such piece, that this gives the same tree.
 */
function withTables(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmTaskListItem(), inlineBudget());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}
const reference = unified().use(remarkParse).use(withTables).use(remarkFrontmatter, ['yaml']);
const RUNS = Number(process.env.EXECPLAN_FUZZ_RUNS ?? 1500);

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.md') ? [path] : [];
  });

/** Each distinct piece once: the two versions of a pair share most of their sections. */
function pieces(paths: readonly string[]): string[] {
  return unique(
    paths.flatMap((path) => {
      const text = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
      const cuts = [
        0,
        ...cutPoints(text, { start: 0, minPiece: 1, maxPiece: DEFAULT_MAX_PIECE_SIZE, forced: true }),
        text.length,
      ];
      return cuts.slice(1).map((end, k) => text.slice(cuts[k], end));
    }),
  );
}
const unique = (texts: string[]): string[] => [...new Set(texts)];

interface Comparison {
  /** Pieces where the fast parser's tree is not the reference's. */
  readonly differing: string[];
  /** Pieces without a `|` where `parseWithMicromark` (no table construct) differs from it. */
  readonly differingWithoutTables: string[];
  /** The share of the text the fast parser read. */
  readonly share: number;
  readonly withoutPipe: number;
}

function compare(texts: readonly string[]): Comparison {
  let [read, total, withoutPipe] = [0, 0, 0];
  const [differing, differingWithoutTables]: string[][] = [[], []];
  for (const text of texts) {
    total += text.length;
    const want = reference.parse(text);
    if (!text.includes('|')) {
      withoutPipe++;
      if (!isDeepStrictEqual(parseWithMicromark(text), want)) differingWithoutTables.push(text);
    }
    const fast = parseFast(text);
    if (!fast) continue;
    read += text.length;
    if (!isDeepStrictEqual(fast, want)) differing.push(text);
  }
  return { differing, differingWithoutTables, share: read / Math.max(total, 1), withoutPipe };
}

test("this repository's plans, docs, templates and fixtures: the same trees, most of the text read fast", () => {
  const local = ['.plans', 'docs', 'templates', '__tests__/fixtures'].flatMap((dir) => files(join(repoRoot, dir)));
  const { differing, differingWithoutTables, share } = compare(pieces(local));
  expect(differing).toEqual([]);
  expect(differingWithoutTables).toEqual([]);
  expect(share).toBeGreaterThan(0.9);
});

testShared('the corpus, the pairs, the format variants and the conformance cases: the same trees', () => {
  const corpus = compare(pieces(files(join(sharedDir, 'corpus', 'plans'))));
  expect(corpus.differing).toEqual([]);
  expect(corpus.differingWithoutTables).toEqual([]);
  // Hundreds of pieces prove the table construct's absence harmless (860 of 991 in the corpus).
  expect(corpus.withoutPipe).toBeGreaterThan(500);
  // Block quotes and HTML blocks, which it leaves to micromark, are 0.3% of the corpus.
  expect(corpus.share).toBeGreaterThan(0.99);
  const rest = compare(
    pieces([
      ...files(join(sharedDir, 'corpus', 'pairs')),
      ...files(join(sharedDir, 'corpus', 'specs')),
      ...files(join(sharedDir, 'conformance')),
    ]),
  );
  expect(rest.differing).toEqual([]);
  expect(rest.differingWithoutTables).toEqual([]);
});

test('text with a pipe still parses its tables, through either parser', () => {
  const table = '| a | b |\n| --- | --- |\n| 1 | 2 |\n';
  expect(parseMarkdown(table, { chunkSize: 0 }).children.map((node) => node.type)).toEqual(['table']);
  expect(parseWithMicromark(table)).toEqual(reference.parse(table));
  // In a block quote, which the fast parser leaves to micromark.
  const quoted = parseMarkdown(table.replace(/^/gm, '> '), { chunkSize: 0 });
  expect(quoted.children[0]).toMatchObject({ type: 'blockquote', children: [{ type: 'table' }] });
});

const inline = fc.constantFrom(
  'word',
  'two words',
  ' ',
  '  ',
  '*',
  '**',
  '_',
  '__',
  '***',
  '`',
  '``',
  '[',
  ']',
  '](',
  '(u)',
  ')',
  '![',
  '<',
  '>',
  '\\',
  '!',
  '&',
  '&amp;',
  '<http://a.b>',
  '<x>',
  '</y>',
  '<a b="c">',
  '|',
  '\\|',
  'a*b',
  '_c_',
  '*d*',
  '**e**',
  '`f`',
  '[g](h)',
  '[i](<j k> "t")',
  ':',
  '-',
  '1.',
  '#',
  '"',
  "'",
  'é',
  '中文',
  '—',
  '.',
  ',',
  '~',
  'x@y.z',
  '<x@y.z>',
  '[ ]',
  '[x]',
  '\\*',
  '\\\\',
  '<!-- c -->',
  '(',
  ' t ',
  'https://q.r/s',
  '🚀',
);
const start = fc.constantFrom(
  '',
  '',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '2. ',
  '1) ',
  '10. ',
  '# ',
  '## ',
  '```',
  '```js',
  '~~~',
  '---',
  '***',
  '- [ ] ',
  '- [x] ',
  '| ',
  '|',
  '|-|-|',
  '| a | b |',
  '    ',
  '  ',
  ' ',
  '-',
  '1.',
  '#',
  '- - ',
  '==',
  '> ',
  '[a]: /u',
);
const line = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('', '   ') },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 8 }), start, fc.array(inline, { maxLength: 5 }))
      .map(([indent, head, rest]) => ' '.repeat(indent % 3 === 0 ? 0 : indent) + head + rest.join('')),
  },
);
const documents = fc
  .tuple(fc.array(line, { minLength: 1, maxLength: 9 }), fc.boolean())
  .map(([lines, end]) => lines.join('\n') + (end ? '\n' : ''));

test('generated text: wherever the fast parser builds a tree, it is micromark’s', () => {
  let built = 0;
  fc.assert(
    fc.property(documents, (text) => {
      const fast = parseFast(text);
      if (!fast) return true;
      built++;
      return isDeepStrictEqual(fast, parseWithMicromark(text));
    }),
    { numRuns: RUNS, seed: Number(process.env.EXECPLAN_FUZZ_SEED ?? 1) },
  );
  // It reads much of this text itself: the property is not proved by leaving everything to micromark.
  expect(built).toBeGreaterThan(RUNS / 4);
});

const surprises: [string, string][] = [
  ['a task check followed by a line ending', '- [x] \nnext line\n- [ ]\nmore'],
  ['a table without body rows ends at its delimiter row', 'x\n\n| a | b |\n| - | - |\n'],
  ['a code span over lines keeps the indentation past the list item', '- x `a\n     b` c\n'],
  ['an escaped pipe in a code span in a table cell', '| a |\n| - |\n| `x \\| y` |\n'],
  ['a run of three backticks is literal, and so is the single one after it', 'a ```f` b\n'],
  ['indented code with blank lines inside and after it', 'a\n\n    x\n\n      y\n\n\nb\n'],
  ['a blank line inside a nested list spreads it, not its parent', '- a\n  - b\n\n  - c\n- d\n'],
  ['a blank line before the parent’s next paragraph spreads the parent', '- a\n  - b\n\n  c\n'],
  [
    'a blank line inside a nested item that goes on spreads neither list above it',
    '- - a\n  10. b\n\n      c\n    + d\n',
  ],
  ['emphasis, strong and links with titles', '*a **b** c* [l *m*](u "t") ![i `c`](s) <https://x.y> <a@b.c>\n'],
  ['hard breaks of both kinds and trailing spaces', 'a  \nb\\\nc \nd  \n'],
];

test.each(surprises)('%s: the same tree as micromark, built fast', (_name, text) => {
  const fast: Root | undefined = parseFast(text);
  expect(fast).toBeDefined();
  expect(fast).toEqual(parseWithMicromark(text));
});

const leftToMicromark: [string, string][] = [
  ['a block quote', '> quoted\n'],
  ['an HTML block', '<div>\nx\n</div>\n'],
  ['a setext heading', 'Title\n=====\n'],
  ['a link reference definition', '[a]: /u\n\n[a]\n'],
  ['a character reference', 'a &amp; b\n'],
  ['a tab', 'a\tb\n'],
  ['front matter', '---\ntitle: x\n---\n'],
  ['an ordered list not numbered 1 after indented code', '    code\n\n2. two\n'],
  ['more inline markers than the budget allows with a margin', '*a'.repeat(400) + '\n'],
  // micromark then ends the line ending after the item's indentation (2:3), not at the line's start.
  ['a link that fails over a line ending in a list item', '- [a](\n  *x*\n'],
  ['a code span left open before a line ending in a list item', '- `a\n  *x*\n'],
  ['a lone bracket opening a list item', '- [\n  *x*\n'],
];

test.each(leftToMicromark)('%s is left to micromark', (_name, text) => {
  expect(parseFast(text)).toBeUndefined();
});

test('micromark reads a run of backticks as CommonMark does, with the inline budget on', () => {
  // The budget's constructs on backticks once made every backtick of a run a place to try a code span.
  const tree = parseWithMicromark('a ```f` b\n');
  expect(JSON.stringify(tree)).not.toContain('inlineCode');
});

if (!sharedAvailable) test.skip('(the corpus comparisons need ../shared beside the checkout)', () => undefined);
