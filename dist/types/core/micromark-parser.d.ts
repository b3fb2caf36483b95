import type { Root } from 'mdast';
/** micromark's tree for `text`, always (the fast parser's reference). */
export declare const parseWithMicromark: (text: string) => Root;
