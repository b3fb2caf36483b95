import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Processor } from 'unified';
import { inlineBudget } from '../src/core/inline-budget.js';
import { parseMarkdown } from '../src/core/markdown.js';
import { corpusDir, sharedAvailable, testShared } from './helpers.js';

/**
 * `parseMarkdown` skips the table construct for text without a `|` (src/core/markdown.ts). This
 * proves, on every piece of every corpus file (cut before each heading line, as the parser cuts),
 * that such text parses to the same tree as with tables on, positions included.
 */
function withTables(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmTaskListItem(), inlineBudget());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}
const reference = unified().use(remarkParse).use(withTables).use(remarkFrontmatter, ['yaml']);

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.md') ? [path] : [];
  });
const texts = (sharedAvailable ? files(corpusDir) : []).map((path) =>
  readFileSync(path, 'utf8').replace(/\r\n?/g, '\n'),
);
const pieces = texts.flatMap((text) => text.split(/\n(?=#)/)).filter((piece) => !piece.includes('|'));

testShared('the corpus gives hundreds of pieces without a pipe', () => {
  expect(pieces.length).toBeGreaterThan(500);
});

testShared('text without a pipe parses to the same tree with the table construct off', () => {
  const same = (piece: string) =>
    JSON.stringify(parseMarkdown(piece, { chunkSize: 0 })) === JSON.stringify(reference.parse(piece));
  expect(pieces.filter((piece) => !same(piece))).toEqual([]);
});

testShared('text with a pipe still parses its tables', () => {
  const tree = parseMarkdown('| a | b |\n| --- | --- |\n| 1 | 2 |\n', { chunkSize: 0 });
  expect(tree.children.map((node) => node.type)).toEqual(['table']);
  const piped = texts.filter((text) => text.includes('|'));
  expect(piped.length).toBeGreaterThan(10);
  for (const text of piped.slice(0, 10)) expect(parseMarkdown(text, { chunkSize: 0 })).toEqual(reference.parse(text));
});
