import { escapeText } from './markdown.js';

/**
 * Plan text as the comment shows it: inline code rendered as code, everything else as text,
 * escaped for where it goes, and long text shortened at a word boundary.
 *
 * - In **Markdown** (list items, paragraphs) text is Markdown-escaped (`escapeText`) and code is a
 *   code span whose fence is longer than any run of backticks inside it.
 * - Inside **HTML** elements (`<summary>`, where GitHub does not process Markdown, so a backslash
 *   escape would show), text is HTML-escaped and code is a `<code>` element.
 * - A text longer than `max` characters is cut after the last whole word (or, in scripts written
 *   without spaces, the last whole word the `Intl.Segmenter` finds) that fits, never inside a code
 *   span, an emoji or any other grapheme, and ends in `…`, linked to the full text when a link
 *   is given.
 */
export type TextContext = 'markdown' | 'html';

export interface Segment {
  readonly code: boolean;
  readonly text: string;
}

/** Splits text into code spans and the text between them, as CommonMark reads backtick runs. */
export function segmentsOf(raw: string): Segment[] {
  const text = raw.replace(/\s+/g, ' ').trim();
  const out: Segment[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '`') {
      plain += text[i++];
      continue;
    }
    let run = 1;
    while (text[i + run] === '`') run++;
    // The closing run has exactly as many backticks.
    let close = -1;
    for (let j = i + run; j < text.length;) {
      if (text[j] !== '`') {
        j++;
        continue;
      }
      let k = 1;
      while (text[j + k] === '`') k++;
      if (k === run) {
        close = j;
        break;
      }
      j += k;
    }
    if (close < 0) {
      plain += text.slice(i, i + run);
      i += run;
      continue;
    }
    if (plain) out.push({ code: false, text: plain });
    plain = '';
    let inside = text.slice(i + run, close);
    if (inside.length > 2 && inside.startsWith(' ') && inside.endsWith(' ') && inside.trim())
      inside = inside.slice(1, -1);
    out.push({ code: true, text: inside });
    i = close + run;
  }
  if (plain) out.push({ code: false, text: plain });
  return out;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

const length = (s: string): number => [...graphemes.segment(s)].length;

/**
 * The segments cut to at most `max` graphemes: whole code spans, and text up to the last word
 * boundary that fits. `cut` says whether anything was left out.
 */
export function cutSegments(segments: readonly Segment[], max: number): { segments: Segment[]; cut: boolean } {
  const total = segments.reduce((n, s) => n + length(s.text), 0);
  if (total <= max) return { segments: [...segments], cut: false };
  const room = Math.max(1, max - 1); // one for the ellipsis
  const out: Segment[] = [];
  let used = 0;
  for (const segment of segments) {
    const size = length(segment.text);
    if (used + size <= room) {
      out.push(segment);
      used += size;
      continue;
    }
    if (!segment.code) {
      // The longest prefix that ends at a word boundary and fits.
      let fitted = '';
      let count = 0;
      for (const piece of words.segment(segment.text)) {
        const n = length(piece.segment);
        if (used + count + n > room) break;
        fitted += piece.segment;
        count += n;
      }
      // Nothing fits whole (one very long word at the start): cut between graphemes instead.
      if (!fitted && used === 0) {
        for (const g of graphemes.segment(segment.text)) {
          if (count + 1 > room) break;
          fitted += g.segment;
          count++;
        }
      }
      fitted = fitted.replace(/[\s,;:、，。-]+$/u, '');
      if (fitted) out.push({ code: false, text: fitted });
    }
    break;
  }
  // A trailing space before the ellipsis reads badly.
  const last = out[out.length - 1];
  if (last && !last.code) out[out.length - 1] = { code: false, text: last.text.trimEnd() };
  return { segments: out, cut: true };
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/@/g, '@\u200b');

/** A code span for Markdown: a fence longer than any backtick run inside, padded when needed. */
function codeSpan(code: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = code.startsWith('`') || code.endsWith('`') || (code.startsWith(' ') && code.endsWith(' ')) ? ' ' : '';
  // A pipe would end a table cell even inside a code span; GitHub reads `\|` there as `|`.
  return `${fence}${pad}${code.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** Markdown-escaped text that keeps its surrounding spaces (`escapeText` trims). */
function markdownText(s: string): string {
  const lead = /^\s/.test(s) ? ' ' : '';
  const trail = /\s$/.test(s) && s.trim() ? ' ' : '';
  return s.trim() ? `${lead}${escapeText(s, Number.MAX_SAFE_INTEGER)}${trail}` : lead;
}

export interface InlineOptions {
  /** The most graphemes shown; longer text is cut at a word boundary. */
  readonly max?: number;
  /** Where the full text is, for the ellipsis of a cut text. */
  readonly fullTextUrl?: string;
}

/** Plan text (an item, a title) rendered for `context`. */
export function renderInline(text: string, context: TextContext, options: InlineOptions = {}): string {
  const { segments, cut } = cutSegments(segmentsOf(text), options.max ?? 300);
  const body = segments
    .map((s) =>
      context === 'html'
        ? s.code
          ? `<code>${escapeHtml(s.text)}</code>`
          : escapeHtml(s.text)
        : s.code
          ? codeSpan(s.text)
          : markdownText(s.text),
    )
    .join('');
  if (!cut) return body;
  // "… the parser for …", but "实现解析器…": scripts written without spaces take none.
  const gap = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u.test(body) ? '' : ' ';
  const url = options.fullTextUrl;
  const more = url
    ? context === 'html'
      ? `<a href="${escapeHtml(url)}" title="full text">…</a>`
      : `[…](${url} "full text")`
    : '…';
  return `${body}${gap}${more}`;
}

/** Plain text (a path, a heading) escaped for `context`, never cut. */
export function renderPlain(text: string, context: TextContext): string {
  return context === 'html' ? escapeHtml(text.replace(/\s+/g, ' ').trim()) : escapeText(text, Number.MAX_SAFE_INTEGER);
}
