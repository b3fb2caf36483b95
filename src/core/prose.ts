import type { Nodes, Parents, PhrasingContent } from 'mdast';
import { endOffset, startOffset } from './markdown.js';
import { lastAtOrBelow } from './source.js';
import { UnicodeRegExp } from './unicode-regexp.js';

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

export const HOLE = '\uFFFC';

const BARE_URL = new UnicodeRegExp(String.raw`(?<![\p{L}\p{N}_])(?:https?:\/\/|www\.)[^\s<>\uFFFC]+`, 'giu');
// What a bare URL starts with, looked for first: with the `i` flag, V8 closes the negated class
// above over case when it compiles it, one of the costliest expressions of a run, and most prose
// holds no URL. (`ſ` is an `s` to the `iu` expression.)
const MAY_HOLD_URL = /http[sſ]?:\/\/|www\./i;

/** Angle-bracket words that are written as placeholders rather than as HTML, e.g. `<placeholder>`. */
const HTML_ELEMENTS = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col ' +
    'colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 ' +
    'h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta ' +
    'meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script ' +
    'search section select slot small source span strong style sub summary sup table tbody td template textarea ' +
    'tfoot th thead time title tr track u ul var video wbr center font big tt strike'
  ).split(' '),
);

function isWordInBrackets(html: string): boolean {
  const match = /^<([a-z][\w-]*)>$/i.exec(html);
  return match !== null && !HTML_ELEMENTS.has(match[1].toLowerCase());
}

/**
 * Builds a run as pieces of source text. Where a piece starts in the run and in the source is
 * kept once per piece, not once per character, so long plans stay small in memory.
 */
class RunBuilder {
  private readonly parts: string[] = [];
  private readonly starts: number[] = [];
  private readonly sources: number[] = [];
  private length = 0;
  readonly inlineCode: string[] = [];
  readonly linkUrls: string[] = [];

  constructor(private readonly source: string) {}

  private piece(text: string, sourceOffset: number): void {
    if (!text) return;
    this.parts.push(text);
    this.starts.push(this.length);
    this.sources.push(sourceOffset);
    this.length += text.length;
  }

  /** Appends source text, folding each line break and its container prefix into one space. */
  appendSource(start: number, end: number): void {
    const { source } = this;
    let i = start;
    while (i < end) {
      const lineEnd = source.indexOf('\n', i);
      if (lineEnd === -1 || lineEnd >= end) {
        this.piece(source.slice(i, end), i);
        return;
      }
      this.piece(source.slice(i, lineEnd), i);
      this.piece(' ', lineEnd);
      i = lineEnd + 1;
      while (i < end && (source[i] === ' ' || source[i] === '\t' || source[i] === '>')) i++;
    }
  }

  hole(offset: number): void {
    this.piece(HOLE, offset);
  }

  space(offset: number): void {
    this.piece(' ', offset);
  }

  build(): ProseRun {
    // Bare URLs are link URLs too, and not prose.
    const joined = this.parts.join('');
    const text = MAY_HOLD_URL.test(joined)
      ? joined.replace(BARE_URL.for(joined), (url) => HOLE.repeat(url.length))
      : joined;
    const starts = Int32Array.from(this.starts);
    const sources = Int32Array.from(this.sources);
    return {
      text,
      quoted: blankQuotations(text),
      offsetAt(index: number): number {
        const piece = lastAtOrBelow(starts, index);
        return sources[piece] + (index - starts[piece]);
      },
      inlineCode: this.inlineCode,
      linkUrls: this.linkUrls,
    };
  }
}

/** Replaces text inside `"…"`, `“…”` and `«…»` pairs (the marks included) with holes. */
export function blankQuotations(text: string): string {
  if (!/["“«]/.test(text)) return text;
  // A pair of marks and what is between them, on the shortest span (unpaired marks stay).
  return text.replace(/"[^"]*"|“[^”]*”|«[^»]*»/g, (quoted) => HOLE.repeat(quoted.length));
}

function appendInline(builder: RunBuilder, node: PhrasingContent | Nodes): void {
  switch (node.type) {
    case 'text':
      builder.appendSource(startOffset(node), endOffset(node));
      return;
    case 'inlineCode':
      builder.inlineCode.push(node.value);
      builder.hole(startOffset(node));
      return;
    case 'html':
      if (isWordInBrackets(node.value)) builder.appendSource(startOffset(node), endOffset(node));
      else builder.hole(startOffset(node));
      return;
    case 'break':
      builder.space(startOffset(node));
      return;
    case 'link': {
      builder.linkUrls.push(node.url);
      const onlyChild = node.children.length === 1 ? node.children[0] : undefined;
      // An autolink's text is its URL, and link URLs are not prose.
      const isAutolink =
        onlyChild?.type === 'text' && (onlyChild.value === node.url || `mailto:${onlyChild.value}` === node.url);
      if (isAutolink) builder.hole(startOffset(node));
      else for (const child of node.children) appendInline(builder, child);
      return;
    }
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      builder.hole(startOffset(node));
      return;
    default:
      if ('children' in node) for (const child of (node as Parents).children) appendInline(builder, child);
  }
}

/** Builds the prose run of a paragraph, heading or table cell. */
export function proseRunOf(node: Parents, source: string): ProseRun {
  const builder = new RunBuilder(source);
  for (const child of node.children) appendInline(builder, child);
  return builder.build();
}
