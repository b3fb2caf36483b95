/**
 * Positions of a piece parsed on its own (`parseMarkdown` in `src/core/markdown.ts`), moved to
 * where the piece stands in the whole plan: every offset by the piece's start, every line by the
 * lines before it (columns stay: a piece always starts at the beginning of a line).
 */
import type { Nodes } from 'mdast';
export declare function countNewlines(s: string): number;
export declare function pointAtEnd(text: string): {
    line: number;
    column: number;
    offset: number;
};
export declare function shiftPositions<T extends Nodes>(node: T, offset: number, lines: number): T;
export declare function copyShifted<T extends Nodes>(node: T, offset: number, lines: number): T;
