/**
 * The text of a plan as the engine sees it: a byte-order mark removed and every line ending
 * turned into `\n`. Neither changes a line number or a column, so positions computed on this
 * text are positions in the file as written.
 */
export interface SourceText {
    /** The normalised text. */
    readonly text: string;
    /** Offset of the first character of each line (index 0 is line 1). */
    readonly lineStarts: readonly number[];
}
export interface Point {
    /** 1-based line. */
    line: number;
    /** 1-based column, in UTF-16 code units as JavaScript counts them. */
    column: number;
}
export declare function normaliseText(raw: string): string;
export declare function createSource(raw: string): SourceText;
/** The offset at which each line of `text` starts. */
export declare function lineStartsOf(text: string): number[];
/** The index of the last value at or below `target` in ascending `values` (0 if none), by bisection. */
export declare function lastAtOrBelow(values: ArrayLike<number>, target: number): number;
/** Line number (1-based) of an offset. */
export declare function lineOf(source: SourceText, offset: number): number;
export declare function pointOf(source: SourceText, offset: number): Point;
/** The text of one line (1-based), without its line ending. */
export declare function lineText(source: SourceText, line: number): string;
export declare function lineCount(source: SourceText): number;
/**
 * The text without trailing (and, if given, leading) characters of the given kinds. A loop,
 * because a pattern such as `[\s.]+$` is quadratic on long runs that do not reach the end.
 */
export declare function trimEnds(text: string, trailing: RegExp, leading?: RegExp): string;
