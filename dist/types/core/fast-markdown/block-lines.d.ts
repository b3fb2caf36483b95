/** What one line of a plan says about the blocks it starts or ends (for `parseBlocks`). */
export declare const HEADING: RegExp;
export declare const FENCE: RegExp;
export declare const THEMATIC_BREAK: RegExp;
export declare const SETEXT_UNDERLINE: RegExp;
export declare const BULLET: RegExp;
export declare const ORDERED: RegExp;
/** A task check: `[ ]`, `[x]` or `[X]`, then white space and more text or a line ending. */
export declare const TASK: RegExp;
/** The number of spaces in `line` from `from` on. */
export declare const spacesAt: (line: string, from: number) => number;
/** Where the text from `from` to `end` ends once the spaces at its end are left out. */
export declare const endBeforeSpaces: (text: string, from: number, end: number) => number;
/** Whether the text of a line (after its indent) starts a block that ends a table. */
export declare const startsBlock: (rest: string) => boolean;
/** Whether `rest` (a line from its indent on) closes a code block opened by `fence`. */
export declare function closesFence(rest: string, fence: string): boolean;
/** A fence's language and meta, from what follows the fence on its line. */
export declare function fenceInfo(afterFence: string): {
    lang: string | null;
    meta: string | null;
};
/**
 * Where an ATX heading's text lies on its line, whose marker of `depth` signs starts at `at`:
 * without the spaces around it and without a closing run of `#` that a space sets apart.
 */
export declare function headingText(line: string, at: number, depth: number): {
    from: number;
    to: number;
};
