import type { Root, Nodes, Parents } from 'mdast';
import { cutPoints } from './cut-points.js';
import { copyShifted, countNewlines, pointAtEnd, shiftPositions } from './shift-positions.js';
import { parseFast } from './fast-markdown/index.js';

/**
 * Thrown where text needs micromark and it is not loaded. Importing `./micromark.js` loads it,
 * once per process: the library, the action and the CLI's workers do; the CLI's main thread
 * loads it only when a plan needs it (`src/cli/micromark-on-demand.ts`), since the fast parser
 * reads nine plans in ten without it and loading it was 2.6 ms of a one-plan run.
 */
export class MicromarkNotLoaded extends Error {
  constructor() {
    super("this text needs micromark, which is not loaded: import 'src/core/micromark.js' first.");
    this.name = 'MicromarkNotLoaded';
  }
}

let micromark: ((text: string) => Root) | undefined;

/** Gives the parser micromark's parse (called by `./micromark.js` when it loads). */
export function provideMicromark(parse: (text: string) => Root): void {
  micromark = parse;
}

/** The fast parser's tree where it reads the text, micromark's where it leaves the text to it. */
const parse = (text: string): Root => {
  const fast = parseFast(text);
  if (fast) return fast;
  if (!micromark) throw new MicromarkNotLoaded();
  return micromark(text);
};

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

export const DEFAULT_CHUNK_SIZE = 1;
export const DEFAULT_MAX_PIECE_SIZE = 8_192;
/**
 * Link reference definitions apply across the whole document, so a plan that has them is parsed
 * in one piece, up to this size; a larger one is cut all the same (its reference links in other
 * pieces read as text), because one long parse can take minutes.
 */
export const WHOLE_PARSE_LIMIT = 65_536;

/** A parsed piece, placed (its positions shifted) where it was first used. */
interface CachedPiece {
  readonly tree: Root;
  readonly offset: number;
  readonly lines: number;
}
export type PieceCache = Map<string, CachedPiece>;

const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;
const FRONT_MATTER = /^---[ \t]*\n(?:[\s\S]*?\n)?---[ \t]*(?:\n|$)/;

/**
 * Parses normalised plan text (see `normaliseText`) into a Markdown syntax tree (mdast), with
 * the same positions as a parse of the whole text.
 *
 * The text is cut where `cutPoints` allows, each piece is parsed on its own, and a cut is kept
 * only when the piece before it does not end in a code or HTML block that runs to its end;
 * otherwise the piece runs on to a later cut point. The equivalence with a whole parse is tested on
 * every corpus plan, cutting at every point allowed.
 */
export function parseMarkdown(text: string, options: ParseOptions = {}): Root {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const maxPiece = options.maxPieceSize ?? DEFAULT_MAX_PIECE_SIZE;
  if (chunkSize <= 0 || (text.length <= WHOLE_PARSE_LIMIT && DEFINITION.test(text))) return parse(text);
  // Text no longer than one piece is read whole by the fast parser where it can be: there the cut
  // scan and the moving of each piece's positions cost more than they save (1.4 of the 5.8 ms a
  // 2.9 KB plan took to parse in a one-plan run). Text it leaves to micromark is cut as below,
  // so that micromark reads only the pieces that need it.
  if (text.length <= maxPiece) {
    const fast = parseFast(text);
    if (fast) return fast;
  }

  const root: Root = {
    type: 'root',
    children: [],
    position: { start: { line: 1, column: 1, offset: 0 }, end: pointAtEnd(text) },
  };
  const frontMatterEnd = FRONT_MATTER.exec(text)?.[0].length ?? 0;
  let chunkStart = 0;
  let lineOffset = 0;
  const cache = options.cache;
  const take = (end: number): boolean => {
    const piece = text.slice(chunkStart, end);
    const cached = cache?.get(piece);
    if (cached) {
      // Already placed once: copy it, moved from where it was to here.
      if (end < text.length && endsInOpenBlock(cached.tree, piece, cached.offset)) return false;
      const [offset, lines] = [chunkStart - cached.offset, lineOffset - cached.lines];
      for (const child of cached.tree.children) root.children.push(copyShifted(child, offset, lines));
    } else {
      const tree = parse(piece);
      if (end < text.length && endsInOpenBlock(tree, piece, 0)) return false;
      for (const child of tree.children) root.children.push(shiftPositions(child, chunkStart, lineOffset));
      cache?.set(piece, { tree, offset: chunkStart, lines: lineOffset });
    }
    lineOffset += countNewlines(piece);
    chunkStart = end;
    return true;
  };
  // A piece that ends inside an open block cannot be cut there: it runs on to a later cut point.
  // After a refusal, the piece is tried again only once it has doubled, so that a run of refused
  // cuts (an HTML block of thousands of headings) costs at most about twice one parse of it.
  let refusedSize = 0;
  for (const cut of cutPoints(text, {
    start: frontMatterEnd,
    minPiece: chunkSize,
    maxPiece,
    forced: options.forcedCuts ?? true,
  })) {
    if (cut - chunkStart < 2 * refusedSize) continue;
    refusedSize = take(cut) ? 0 : cut - chunkStart;
  }
  take(text.length);
  return root;
}

/**
 * Whether the piece ends inside a top-level fenced code block or HTML block that would take in
 * the next line. A block followed by a blank line has ended; so has indented code.
 */
function endsInOpenBlock(tree: Root, piece: string, placedAt: number): boolean {
  const last = tree.children.at(-1);
  if (!last || (last.type !== 'code' && last.type !== 'html')) return false;
  const [start, end] = [startOffset(last) - placedAt, endOffset(last) - placedAt];
  if (/\n[ \t]*\n/.test(piece.slice(end))) return false;
  const source = piece.slice(start, end);
  const lastLine = source.slice(source.lastIndexOf('\n') + 1);
  if (last.type === 'code') {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(source);
    if (!fence) return false;
    const closing = source.includes('\n') ? /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lastLine) : null;
    return !(closing && closing[1][0] === fence[1][0] && closing[1].length >= fence[1].length);
  }
  // HTML blocks that end at a marker (CommonMark types 1 to 5); the others end only at a blank line.
  const ends: [RegExp, RegExp][] = [
    [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
    [/^ {0,3}<!--/, /-->/],
    [/^ {0,3}<\?/, /\?>/],
    [/^ {0,3}<![A-Za-z]/, />/],
    [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  ];
  const kind = ends.find(([start]) => start.test(source));
  return !kind || !kind[1].test(lastLine);
}

export function startOffset(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

export function endOffset(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

export function isParent(node: Nodes): node is Parents {
  return 'children' in node;
}

/** Calls `visit` on every node below `node` in document order, with its ancestors. */
export function walk(
  node: Nodes,
  visit: (node: Nodes, ancestors: readonly Parents[]) => boolean | void,
  ancestors: Parents[] = [],
): void {
  if (!isParent(node)) return;
  ancestors.push(node);
  for (const child of node.children) {
    // Returning false skips the child's descendants.
    if (visit(child, ancestors) !== false) walk(child, visit, ancestors);
  }
  ancestors.pop();
}

/** Plain text of inline content: text and inline code, without HTML. */
export function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (isParent(node)) return node.children.map(plainText).join('');
  return '';
}

/** An HTML node that holds only comments (and white space). */
export function isCommentOnly(value: string): boolean {
  // A scan, not /^\s*(?:<!--[\s\S]*?-->\s*)+$/, which backtracks exponentially when text follows many comments.
  let at = 0;
  let comments = 0;
  for (;;) {
    while (at < value.length && /\s/.test(value[at])) at++;
    if (at === value.length) return comments > 0;
    if (!value.startsWith('<!--', at)) return false;
    const close = value.indexOf('-->', at + 4);
    if (close === -1) return false;
    at = close + 3;
    comments++;
  }
}

/** Whether any of the nodes is, or holds, a code block or inline code. */
export function holdsCode(nodes: readonly Nodes[]): boolean {
  let found = false;
  for (const node of nodes) {
    if (node.type === 'code' || node.type === 'inlineCode') return true;
    walk(node, (child) => {
      if (child.type === 'code' || child.type === 'inlineCode') found = true;
      return !found;
    });
    if (found) return true;
  }
  return false;
}
