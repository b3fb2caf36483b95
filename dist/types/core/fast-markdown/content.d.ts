import type { Point } from 'unist';
export declare const ASCII_PUNCTUATION: RegExp;
/** A character reference, which the fast parser leaves to micromark (it would need the entity list). */
export declare const CHARACTER_REFERENCE: RegExp;
/** Thrown where the fast parser meets what it does not read exactly as micromark does. */
export declare class Unsupported extends Error {
}
/**
 * Inline content: the lines of a paragraph, heading or table cell without their indentation,
 * joined by line endings, and the way back from an index in that text to a point in the source.
 */
export declare class Content {
    readonly inTable: boolean;
    text: string;
    /** In a table cell, where `\\|` in a code span is a pipe (as mdast-util-gfm-table reads it). */
    constructor(inTable?: boolean);
    /** Per line: where it starts in `text`, in the source, and the source line and its start. */
    private readonly starts;
    private readonly offsets;
    private readonly lines;
    private readonly lineOffsets;
    /** Per line: where its white space before `offsets` starts (after any container's prefix). */
    private readonly spaceOffsets;
    private source;
    /**
     * Adds the source text from `from` to `to` on `line` (starting at source offset `lineOffset`),
     * indented by white space from `spaceFrom` on.
     */
    add(source: string, from: number, to: number, line: number, lineOffset: number, spaceFrom?: number): void;
    private lineOf;
    /** Whether a line after the first starts inside a list item's indentation. */
    get indentedByContainer(): boolean;
    /** The text from `from` to `to` with the indentation of its lines, as a code span keeps it. */
    withIndentation(from: number, to: number): string;
    point(index: number): Point;
    /** The start of the source line that `index`, just after a line ending, begins. */
    lineStart(index: number): Point;
}
