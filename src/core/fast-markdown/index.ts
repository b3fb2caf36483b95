import type { Root } from 'mdast';
import { parseBlocks } from './block.js';
import { Unsupported } from './content.js';

/**
 * The syntax tree micromark would build for `text`, built faster, or undefined where the text
 * holds what this parser leaves to micromark (see `parseBlocks` and `parseInline`).
 */
export function parseFast(text: string): Root | undefined {
  try {
    return parseBlocks(text);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
