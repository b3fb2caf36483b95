import type { Root } from 'mdast';
/**
 * The block structure of the plans most teams write, read line by line the way CommonMark's
 * algorithm reads it: ATX headings, paragraphs, fenced and indented code, thematic breaks, bullet
 * and ordered lists (nested, with task items) and GFM tables. Block quotes, HTML blocks, setext
 * headings, link reference definitions, tabs, front matter, fences left open and list items that
 * start empty throw `Unsupported`: the piece then goes to micromark.
 */
export declare function parseBlocks(text: string): Root;
