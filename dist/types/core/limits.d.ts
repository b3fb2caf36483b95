/**
 * Limits on what the engine reads, checked before parsing. The Markdown parser takes more than a
 * minute on a list nested 2,000 levels deep and overflows its stack on block quotes nested
 * 10,000 deep; no real plan comes near these limits, and a plan beyond them gets a clear error
 * instead of a hang or a crash.
 */
export declare const MAX_NESTING = 100;
export declare const MAX_INDENT_COLUMNS = 400;
export declare class PlanLimitError extends Error {
    readonly line: number;
    constructor(line: number, message: string);
}
/** Throws a `PlanLimitError` naming the first line that nests block quotes and lists too deeply. */
export declare function assertWithinLimits(text: string): void;
