import type { Table } from 'mdast';
import type { Point } from 'unist';
/** GFM tables, as micromark-extension-gfm-table and mdast-util-gfm-table build them. */
export interface OpenTable {
    readonly kind: 'table';
    readonly node: Table;
    /** The delimiter row is the next line. */
    delimiterNext: boolean;
}
/** Whether a line (from its first character on) is a delimiter row; trimmed first, so the test is linear. */
export declare const isDelimiterRow: (line: string) => boolean;
/** The table that the line from `from` to `to` opens, with `next` as its delimiter row, if any. */
export declare function openTable(text: string, from: number, to: number, next: string, column: number, point: (offset: number) => Point): OpenTable | undefined;
/** A body row (or the delimiter row, which adds nothing). */
export declare function tableRow(table: OpenTable, text: string, from: number, to: number, point: (offset: number) => Point): void;
export declare function closeTable(table: OpenTable): void;
