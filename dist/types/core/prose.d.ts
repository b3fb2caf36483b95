import type { Parents } from 'mdast';
/**
 * A run of prose (a paragraph, a heading or a table cell) as one string, with the source offset
 * of every character so that a match can be reported where it was written.
 *
 * Inline code, inline HTML and autolinked URLs are replaced by one OBJECT REPLACEMENT CHARACTER,
 * so that no phrase matches across them; a line break and the container markers after it
 * (list indentation, `>`) become one space, so that a phrase split over two lines still matches.
 * `quoted` is the same string with text inside double quotation marks blanked the same way,
 * because quoting a phrase mentions it rather than uses it.
 */
export interface ProseRun {
    readonly text: string;
    readonly quoted: string;
    /** The source offset of the character at `index` in `text`. */
    offsetAt(index: number): number;
    readonly inlineCode: readonly string[];
    readonly linkUrls: readonly string[];
}
export declare const HOLE = "\uFFFC";
/** Replaces text inside `"…"`, `“…”` and `«…»` pairs (the marks included) with holes. */
export declare function blankQuotations(text: string): string;
/** Builds the prose run of a paragraph, heading or table cell. */
export declare function proseRunOf(node: Parents, source: string): ProseRun;
