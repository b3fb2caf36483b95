/**
 * micromark, through remark-parse, for the text the fast parser leaves to it. `./micromark.js`
 * gives it to the parser of `./markdown.js` (see `MicromarkNotLoaded` there); the CLI bundles it
 * as a file of its own (`dist/cli/micromark.cjs`), loaded only for a plan that needs it.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import { inlineBudget } from './inline-budget.js';

/**
 * The two parts of GitHub Flavored Markdown that plans need: tables and task-list items. The
 * rest of it (literal autolinks, footnotes, strikethrough) changes no finding and costs about a
 * third of the parse; bare URLs are kept out of prose in `src/core/prose.ts` instead. Added last,
 * so tried first: the budget on inline markers that keeps hostile paragraphs linear.
 */
function remarkPlanSyntax(this: Processor, options: { tables: boolean }): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  const micromark = (data.micromarkExtensions ??= []);
  const fromMarkdown = (data.fromMarkdownExtensions ??= []);
  if (options.tables) micromark.push(gfmTable());
  micromark.push(gfmTaskListItem(), inlineBudget());
  if (options.tables) fromMarkdown.push(gfmTableFromMarkdown());
  fromMarkdown.push(gfmTaskListItemFromMarkdown());
}

/**
 * One processor for the whole process, built when first needed: building it is the costly part,
 * parsing is not. The one without tables is for text that holds no `|`: a table needs one in its
 * header or its delimiter row, so such text parses to the same tree, and the table construct,
 * which is tried at the start of every line of every paragraph, costs nothing there (6% of the
 * parse on the corpus).
 */
let withTables: ((text: string) => Root) | undefined;
let withoutTables: ((text: string) => Root) | undefined;
const build = (tables: boolean): ((text: string) => Root) => {
  const processor = unified().use(remarkParse).use(remarkPlanSyntax, { tables }).use(remarkFrontmatter, ['yaml']);
  return (text) => processor.parse(text);
};

/** micromark's tree for `text`, always (the fast parser's reference). */
export const parseWithMicromark = (text: string): Root =>
  text.includes('|') ? (withTables ??= build(true))(text) : (withoutTables ??= build(false))(text);
