import type { Root, Nodes, Parents } from 'mdast';
/**
 * Thrown where text needs micromark and it is not loaded. Importing `./micromark.js` loads it,
 * once per process: the library, the action and the CLI's workers do; the CLI's main thread
 * loads it only when a plan needs it (`src/cli/micromark-on-demand.ts`), since the fast parser
 * reads nine plans in ten without it and loading it was 2.6 ms of a one-plan run.
 */
export declare class MicromarkNotLoaded extends Error {
    constructor();
}
/** Gives the parser micromark's parse (called by `./micromark.js` when it loads). */
export declare function provideMicromark(parse: (text: string) => Root): void;
export interface ParseOptions {
    /**
     * Cut the text into pieces of at least this many characters, at top-level headings, and parse
     * each on its own (0: parse in one piece). micromark, the parser under remark-parse, slows down
     * more than linearly on long documents; pieces keep parsing linear in the plan's size, and
     * cutting at every heading is no slower than parsing whole (measured on the corpus).
     */
    readonly chunkSize?: number;
    /** Cut inside a section longer than this (see `src/core/cut-points.ts`). */
    readonly maxPieceSize?: number;
    /**
     * Whether a stretch with no clean cut point may be cut before any line (default true). Such a
     * cut can split a paragraph, list or table; without it, such a stretch is parsed whole.
     */
    readonly forcedCuts?: boolean;
    /**
     * Parsed pieces by their text, shared between parses: two versions of a plan share most of
     * their sections, so parsing the second costs only what changed.
     */
    readonly cache?: PieceCache;
}
export declare const DEFAULT_CHUNK_SIZE = 1;
export declare const DEFAULT_MAX_PIECE_SIZE = 8192;
/**
 * Link reference definitions apply across the whole document, so a plan that has them is parsed
 * in one piece, up to this size; a larger one is cut all the same (its reference links in other
 * pieces read as text), because one long parse can take minutes.
 */
export declare const WHOLE_PARSE_LIMIT = 65536;
/** A parsed piece, placed (its positions shifted) where it was first used. */
interface CachedPiece {
    readonly tree: Root;
    readonly offset: number;
    readonly lines: number;
}
export type PieceCache = Map<string, CachedPiece>;
/**
 * Parses normalised plan text (see `normaliseText`) into a Markdown syntax tree (mdast), with
 * the same positions as a parse of the whole text.
 *
 * The text is cut where `cutPoints` allows, each piece is parsed on its own, and a cut is kept
 * only when the piece before it does not end in a code or HTML block that runs to its end;
 * otherwise the piece runs on to a later cut point. The equivalence with a whole parse is tested on
 * every corpus plan, cutting at every point allowed.
 */
export declare function parseMarkdown(text: string, options?: ParseOptions): Root;
export declare function startOffset(node: Nodes): number;
export declare function endOffset(node: Nodes): number;
export declare function isParent(node: Nodes): node is Parents;
/** Calls `visit` on every node below `node` in document order, with its ancestors. */
export declare function walk(node: Nodes, visit: (node: Nodes, ancestors: readonly Parents[]) => boolean | void, ancestors?: Parents[]): void;
/** Plain text of inline content: text and inline code, without HTML. */
export declare function plainText(node: Nodes): string;
/** An HTML node that holds only comments (and white space). */
export declare function isCommentOnly(value: string): boolean;
/** Whether any of the nodes is, or holds, a code block or inline code. */
export declare function holdsCode(nodes: readonly Nodes[]): boolean;
export {};
