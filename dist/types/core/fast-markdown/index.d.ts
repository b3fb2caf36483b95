import type { Root } from 'mdast';
/**
 * The syntax tree micromark would build for `text`, built faster, or undefined where the text
 * holds what this parser leaves to micromark (see `parseBlocks` and `parseInline`).
 */
export declare function parseFast(text: string): Root | undefined;
