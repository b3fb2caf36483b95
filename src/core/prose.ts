import type { Nodes, Parents, PhrasingContent } from 'mdast';
import { endOffset, startOffset } from './markdown.js';

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
  readonly offsets: Int32Array;
  readonly inlineCode: readonly string[];
  readonly linkUrls: readonly string[];
}

export const HOLE = '\uFFFC';

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

class RunBuilder {
  private chars: string[] = [];
  private offsets: number[] = [];
  readonly inlineCode: string[] = [];
  readonly linkUrls: string[] = [];

  constructor(private readonly source: string) {}

  /** Appends source text, folding each line break and its container prefix into one space. */
  appendSource(start: number, end: number): void {
    const { source } = this;
    let i = start;
    while (i < end) {
      const ch = source[i];
      if (ch === '\n') {
        this.push(' ', i);
        i++;
        while (i < end && (source[i] === ' ' || source[i] === '\t' || source[i] === '>')) i++;
        continue;
      }
      this.push(ch, i);
      i++;
    }
  }

  hole(offset: number): void {
    this.push(HOLE, offset);
  }

  space(offset: number): void {
    this.push(' ', offset);
  }

  private push(ch: string, offset: number): void {
    this.chars.push(ch);
    this.offsets.push(offset);
  }

  build(): ProseRun {
    const text = this.chars.join('');
    return {
      text,
      quoted: blankQuotations(text),
      offsets: Int32Array.from(this.offsets),
      inlineCode: this.inlineCode,
      linkUrls: this.linkUrls,
    };
  }
}

/** Replaces text inside `"…"`, `“…”` and `«…»` pairs (the marks included) with holes. */
export function blankQuotations(text: string): string {
  if (!/["“«]/.test(text)) return text;
  const chars = text.split('');
  let openAt = -1;
  let closer = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (openAt === -1) {
      if (ch === '"') [openAt, closer] = [i, '"'];
      else if (ch === '“') [openAt, closer] = [i, '”'];
      else if (ch === '«') [openAt, closer] = [i, '»'];
    } else if (ch === closer) {
      for (let j = openAt; j <= i; j++) chars[j] = HOLE;
      openAt = -1;
    }
  }
  return chars.join('');
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
