/**
 * Where a plan's text may be cut into pieces that are parsed on their own (see `parseMarkdown`).
 *
 * The parser slows down more than linearly on long text, and some text (a paragraph of tens of
 * thousands of lines, a table of a hundred thousand rows) takes it minutes. So the text is cut:
 *
 * - at every top-level ATX heading (`#` in the first column), which is a heading wherever it
 *   stands outside a fenced code block or HTML block: a cut there changes nothing;
 * - inside a stretch longer than `maxPiece` without such a heading, before a line that starts with
 *   a letter in the first column right after a blank line: such a line cannot continue a list, a
 *   block quote, a paragraph or a table, so a cut there changes nothing either;
 * - failing that, before any line that starts in the first column (not a setext underline). This
 *   one can split a paragraph, a list or a table in two; it is needed only by text no plan has,
 *   such as a single paragraph of 40,000 lines, and it bounds the parser's time on it.
 *
 * A line scan keeps cuts out of fenced code blocks (also inside block quotes), HTML comments and
 * raw HTML blocks (`<script>`, `<pre>`, `<style>`, `<textarea>`); an indented fence is taken to end
 * at a line indented less (the end of the list item it may be in). The parse checks each piece
 * again afterwards, and keeps a cut only if the piece does not end in an open block; a refused
 * cut moves the piece's end on to a later cut point.
 */
export interface CutOptions {
    /** Where cutting may begin (after YAML front matter). */
    readonly start: number;
    /** The least size of a piece cut at a heading (1: every heading). */
    readonly minPiece: number;
    /** The size past which a piece is cut inside a section. */
    readonly maxPiece: number;
    /** Whether to cut before any line when there is no clean cut point. */
    readonly forced: boolean;
}
export declare function cutPoints(text: string, { start, minPiece, maxPiece, forced }: CutOptions): number[];
