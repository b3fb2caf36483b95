import type { PhrasingContent, Text } from 'mdast';
/** A run of `*` or `_`, as text until it is paired. */
export interface Delimiter {
    readonly marker: string;
    readonly node: Text;
    readonly canOpen: boolean;
    readonly canClose: boolean;
}
export type Item = PhrasingContent | Delimiter;
export declare const isDelimiter: (item: Item) => item is Delimiter;
/** Pairs `*` and `_` runs the way micromark's attention resolver does, and drops the rest to text. */
export declare function resolveEmphasis(items: Item[]): PhrasingContent[];
/** Adjacent text nodes are one, as mdast-util-from-markdown builds them. */
export declare function mergeTexts(nodes: PhrasingContent[]): PhrasingContent[];
