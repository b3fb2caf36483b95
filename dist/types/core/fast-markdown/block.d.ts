import type { Root } from 'mdast';
export declare function parseBlocks(text: string): Root;
