import type { Code, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { type Content } from './content.js';
import { type OpenTable } from './table.js';
/** The open blocks of `parseBlocks`: list items and the root, and the leaf each has open. */
export interface Container {
    readonly node: Root | ListItem;
    /** The column where the item's content starts (0 for the root). */
    readonly indent: number;
    readonly parent?: Container;
    /** The list that is the container's last child, while it can take more items. */
    list?: OpenList;
    /** The paragraph, code block or table that is its last child, while it can take more lines. */
    leaf?: Leaf;
    /** A blank line came since its last content. */
    blank: boolean;
}
export interface OpenList {
    readonly node: List;
    readonly marker: string;
    item: Container;
}
export interface OpenParagraph {
    readonly kind: 'paragraph';
    readonly node: Paragraph;
    readonly content: Content;
    readonly task: boolean;
}
export interface OpenCode {
    readonly kind: 'code';
    readonly node: Code;
    readonly fence: string;
    readonly indent: number;
    readonly lines: string[];
}
/** Indented code: blank lines wait in `blanks` until a code line follows them. */
export interface OpenIndentedCode {
    readonly kind: 'indented';
    readonly node: Code;
    readonly lines: string[];
    readonly blanks: string[];
}
export type Leaf = OpenParagraph | OpenCode | OpenIndentedCode | OpenTable;
export declare function deepest(container: Container): Container;
/** Adds a block to a container, closing what was open in it. */
export declare function add(container: Container, node: RootContent): void;
export declare function markBlank(tip: Container): void;
/**
 * Content in a container after a blank line spreads it; in its ancestors, the blank line was
 * inside their open list, which it does not spread (micromark counts only blank lines between an
 * item's own children).
 */
export declare function gotContent(container: Container): void;
export declare function openItem(container: Container, item: Container, marker: string, start: number | null): void;
export declare function closeLeaf(container: Container): void;
export declare function closeItem(item: Container): void;
export declare function closeList(container: Container): void;
export declare function closeAll(top: Container): void;
