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
import { UnicodeRegExp } from './unicode-regexp.js';

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

interface Fence {
  readonly marker: string;
  readonly length: number;
  readonly quoteDepth: number;
  /** Spaces before the opening fence: more than none, and it may be inside a list item. */
  readonly indent: number;
}

/** Lines one paragraph may run to before it is cut (the longest in the corpus has 22). */
const MAX_PARAGRAPH_LINES = 256;
/** A line that continues a paragraph rather than starting a list item, quote, table row or heading. */
const PARAGRAPH_LINE = /^ {0,3}(?![-*+][ \t]|\d{1,9}[.)][ \t]|[>|#])\S/;
/** Inside a long stretch without clean cut points, forced cuts come this many times more often. */
const FORCED_PIECE_DIVISOR = 4;
const QUOTE_PREFIX = /^(?: {0,3}>[ \t]?)*/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const RAW_HTML_OPEN = /^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i;
const HEADING = /^#{1,6}(?=[ \t]|$)/;
const LETTER = new UnicodeRegExp(String.raw`^\p{L}`, 'u');
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
const BLANK = /^[ \t]*$/;
const CODE_SPAN = /(`+)[^`]*?\1/g;
const BLOCK_COMMENT = /^ {0,3}<!--$/;

export function cutPoints(text: string, { start, minPiece, maxPiece, forced }: CutOptions): number[] {
  const cuts: number[] = [];
  let pieceStart = start;
  let lastClean = -1;
  let fence: Fence | null = null;
  // An indented fence taken to have ended at a line indented less (see below).
  let ended: Fence | null = null;
  // An HTML block comment (`<!--` first on its line) runs to `-->`; one inside a paragraph ends with it.
  let comment: 'block' | 'inline' | null = null;
  let rawHtmlEnd: string | null = null;
  let previousBlank = true;
  let inLongStretch = false;
  let paragraphLines = 0;

  for (let lineStart = start; lineStart < text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const prefix = QUOTE_PREFIX.exec(line)![0];
    const quoteDepth = countOf(prefix, '>');
    const rest = line.slice(prefix.length);
    const blank = BLANK.test(line);

    if (fence && quoteDepth < fence.quoteDepth) fence = null; // the block quote holding it ended
    // An indented fence may be in a list item, which a line indented less ends. If it was not
    // (an indented fence at the top level runs on), the parse refuses the cut this allows.
    // Its closing fence, if it comes, is then read as a closing fence, not as an opening one.
    if (fence && fence.indent > 0 && !blank && indentOf(rest) < fence.indent) [ended, fence] = [fence, null];
    if (fence) {
      const closing = FENCE.exec(rest);
      if (closing && closes(fence, closing)) fence = null;
    } else {
      if (!comment && !rawHtmlEnd && lineStart > pieceStart) {
        const size = lineStart - pieceStart;
        if (HEADING.test(line)) {
          inLongStretch = false;
          if (size >= minPiece) {
            cuts.push(lineStart);
            pieceStart = lineStart;
            lastClean = -1;
          }
        } else if (previousBlank && LETTER.test(line)) {
          inLongStretch = false;
          if (size > maxPiece) {
            cuts.push(lineStart);
            pieceStart = lineStart;
            lastClean = -1;
          } else lastClean = lineStart;
        } else if (forced && !BLANK.test(line[0] ?? ' ') && !SETEXT_UNDERLINE.test(line)) {
          // A stretch longer than `maxPiece` with no clean cut point is cut before any line, and
          // from then on in smaller pieces; so is a paragraph of more than `MAX_PARAGRAPH_LINES`
          // lines (in one paragraph, the parser's cost grows with the square of its lines). A
          // piece that is only long is cut at its last clean point.
          const clean = lastClean > pieceStart ? lastClean : -1;
          const sinceClean = lineStart - (clean === -1 ? pieceStart : clean);
          const limit = inLongStretch ? maxPiece / FORCED_PIECE_DIVISOR : maxPiece;
          const longParagraph = paragraphLines > MAX_PARAGRAPH_LINES;
          const forceHere = sinceClean > limit || longParagraph;
          // With no clean point, sinceClean is the piece's size: a long piece always cuts somewhere.
          if (forceHere || size > maxPiece) {
            if (clean !== -1 && !longParagraph) cuts.push(clean);
            if (forceHere) {
              cuts.push(lineStart);
              inLongStretch = true;
              paragraphLines = 0;
            }
            pieceStart = cuts[cuts.length - 1];
            lastClean = -1;
          }
        }
      }
      const opening = rawHtmlEnd || comment ? null : FENCE.exec(rest);
      if (opening && ended && closes(ended, opening)) {
        ended = null;
      } else if (opening && !(opening[1][0] === '`' && opening[2].includes('`'))) {
        fence = { marker: opening[1][0], length: opening[1].length, quoteDepth, indent: indentOf(rest) };
        ended = null;
      } else {
        const raw: RegExpExecArray | null = rawHtmlEnd || comment ? null : RAW_HTML_OPEN.exec(rest);
        if (raw) rawHtmlEnd = `</${raw[1].toLowerCase()}>`;
        if (rawHtmlEnd) {
          if (line.toLowerCase().includes(rawHtmlEnd)) rawHtmlEnd = null;
        } else if (comment === 'inline' && blank) comment = null;
        else comment = commentAfter(rest.replace(CODE_SPAN, ''), comment);
      }
    }
    previousBlank = blank;
    paragraphLines = blank || fence || !PARAGRAPH_LINE.test(rest) ? 0 : paragraphLines + 1;
    lineStart = lineEnd + 1;
  }
  return cuts;
}

/** The HTML comment open at the end of a line, given the one open at its start. */
function commentAfter(line: string, open: 'block' | 'inline' | null): 'block' | 'inline' | null {
  for (let at = 0; ;) {
    const next = open ? line.indexOf('-->', at) : line.indexOf('<!--', at);
    if (next === -1) return open;
    open = open ? null : BLOCK_COMMENT.test(line.slice(0, next + 4)) ? 'block' : 'inline';
    at = next + (open ? 4 : 3);
  }
}

const closes = (fence: Fence, line: RegExpExecArray): boolean =>
  line[1][0] === fence.marker && line[1].length >= fence.length && BLANK.test(line[2]);

const indentOf = (line: string): number => line.length - line.trimStart().length;

function countOf(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}
