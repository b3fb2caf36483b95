import type { PhrasingContent, Text } from 'mdast';
import { ASCII_PUNCTUATION, CHARACTER_REFERENCE, Unsupported, type Content } from './content.js';
import { toString } from 'mdast-util-to-string';
import { mergeTexts, resolveEmphasis, type Item } from './emphasis.js';
import { parseResource } from './resource.js';
import { UnicodeRegExp } from '../unicode-regexp.js';

/**
 * Inline content (text, emphasis, code spans, inline links and images, autolinks, inline HTML,
 * breaks) parsed the way micromark and mdast-util-from-markdown do, for the common case. Anything
 * rarer (character references, reference-style links, HTML that spans lines, more markers than
 * the inline budget allows) throws `Unsupported`, and the whole piece goes to micromark.
 */

/** Below `INLINE_MARKER_BUDGET` and `FAILED_ATTEMPT_BUDGET` (inline-budget.ts), with a margin. */
const MARKER_LIMIT = 300;
const FAILED_LIMIT = 16;
const MARKERS = /[*_[\]!`]/g;
const PUNCTUATION = new UnicodeRegExp(String.raw`^[\p{P}\p{S}]$`, 'u');
const WHITESPACE = /^\s$/;
// Sticky (`y`): each is tried where a `<` stands, without copying the rest of the text.
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\0- <>]*)>/y;
const EMAIL =
  /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
const ATTRIBUTE = String.raw`(?:[ \t\n]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t\n]*=[ \t\n]*(?:[^ \t\n"'=<>\x60]+|'[^']*'|"[^"]*"))?)`;
const HTML_TAG = new RegExp(
  String.raw`(?:<[A-Za-z][A-Za-z0-9-]*${ATTRIBUTE}*[ \t\n]*/?>|</[A-Za-z][A-Za-z0-9-]*[ \t\n]*>|<!--(?:-?>|[\s\S]*?-->))`,
  'y',
);

/** 1: white space (or nothing), 2: punctuation, 0: anything else; as micromark classifies. */
function classify(char: string | undefined): number {
  if (char === undefined || WHITESPACE.test(char)) return 1;
  return PUNCTUATION.test(char) ? 2 : 0;
}

interface Bracket {
  readonly image: boolean;
  readonly at: number;
  readonly node: Text;
  active: boolean;
}

export function parseInline(content: Content): PhrasingContent[] {
  const src = content.text;
  MARKERS.lastIndex = 0;
  for (let markers = 0; MARKERS.test(src);) if (++markers > MARKER_LIMIT) throw new Unsupported('markers');
  const items: Item[] = [];
  const brackets: Bracket[] = [];
  let failed = 0;
  let i = 0;
  // An attempt that read over a line ending and failed makes micromark end that line ending
  // after the list item's indentation rather than at the line's start: such text goes to it.
  const indented = content.indentedByContainer;
  const fail = (readOn: boolean) => {
    if (++failed >= FAILED_LIMIT) throw new Unsupported('failed attempts');
    if (readOn && indented && src.includes('\n', i))
      throw new Unsupported('failed attempt before a line ending in a list item');
  };
  /** The text node that more text joins; brackets and delimiter runs are texts that never do. */
  let current: Text | undefined;
  const text = (value: string, from: number, to: number) => {
    const end = value.endsWith('\n') ? content.lineStart(to) : content.point(to);
    if (current && items.at(-1) === current) {
      current.value += value;
      current.position!.end = end;
    } else items.push((current = { type: 'text', value, position: { start: content.point(from), end } }));
  };
  /** Drops white space at the end of a line from the text before it; returns how much. */
  const trimLine = (at: number): number => {
    let size = 0;
    while (src[at - 1 - size] === ' ') size++;
    if (size && current && items.at(-1) === current) {
      current.value = current.value.slice(0, -size);
      current.position!.end = content.point(at - size);
      if (!current.value) items.pop();
    }
    return size;
  };

  while (i < src.length) {
    const char = src[i];
    if (char === '\\') {
      const next = src[i + 1];
      if (next === '\n') {
        pushBreak(items, content, i, i + 2);
        i += 2;
      } else if (next !== undefined && ASCII_PUNCTUATION.test(next)) {
        text(next, i, i + 2);
        i += 2;
      } else text('\\', i, ++i);
    } else if (char === '`') {
      let run = i;
      while (src[run] === '`') run++;
      const size = run - i;
      const close = closingRun(src, run, size);
      if (close === -1) {
        fail(true);
        text(src.slice(i, run), i, run);
        i = run;
      } else {
        let value = content.withIndentation(run, close);
        if (/^[ \n]/.test(value) && /[ \n]$/.test(value) && /[^ \n]/.test(value)) value = value.slice(1, -1);
        if (content.inTable)
          value = value.replace(/\\([\\|])/g, (escape, char: string) => (char === '|' ? char : escape));
        items.push({
          type: 'inlineCode',
          value,
          position: { start: content.point(i), end: content.point(close + size) },
        });
        i = close + size;
      }
    } else if (char === '*' || char === '_') {
      let run = i;
      while (src[run] === char) run++;
      const before = classify(src[i - 1]);
      const after = classify(src[run]);
      const open = !after || (after === 2 && before !== 0);
      const close = !before || (before === 2 && after !== 0);
      const node: Text = {
        type: 'text',
        value: src.slice(i, run),
        position: { start: content.point(i), end: content.point(run) },
      };
      items.push({
        marker: char,
        node,
        canOpen: char === '*' ? open : open && (before !== 0 || !close),
        canClose: char === '*' ? close : close && (after !== 0 || !open),
      });
      i = run;
    } else if (char === '[' || (char === '!' && src[i + 1] === '[')) {
      const end = char === '!' ? i + 2 : i + 1;
      const node: Text = {
        type: 'text',
        value: src.slice(i, end),
        position: { start: content.point(i), end: content.point(end) },
      };
      brackets.push({ image: char === '!', at: items.length, node, active: true });
      items.push(node);
      i = end;
    } else if (char === ']') {
      const opener = brackets.pop();
      const resource = opener?.active ? parseResource(src, i + 1) : undefined;
      if (!opener || !resource) {
        fail(src[i + 1] === '(');
        text(']', i, ++i);
        continue;
      }
      const children = resolveEmphasis(items.splice(opener.at + 1));
      items.pop();
      const start = opener.node.position!.start;
      const position = { start, end: content.point(resource.end) };
      if (opener.image) {
        items.push({
          type: 'image',
          title: resource.title,
          url: resource.url,
          alt: toString(children),
          position,
        });
      } else {
        items.push({
          type: 'link',
          title: resource.title,
          url: resource.url,
          children: mergeTexts(children),
          position,
        });
        for (const earlier of brackets) if (!earlier.image) earlier.active = false;
      }
      i = resource.end;
    } else if (char === '<') {
      const auto = stickyAt(AUTOLINK, src, i);
      const link = auto ?? stickyAt(EMAIL, src, i);
      const tag = link ? null : stickyAt(HTML_TAG, src, i);
      if (link) {
        const end = i + link[0].length;
        items.push({
          type: 'link',
          title: null,
          url: auto ? link[1] : `mailto:${link[1]}`,
          children: [
            { type: 'text', value: link[1], position: { start: content.point(i + 1), end: content.point(end - 1) } },
          ],
          position: { start: content.point(i), end: content.point(end) },
        });
        i = end;
      } else if (tag) {
        if (tag[0].includes('\n')) throw new Unsupported('HTML over lines');
        items.push({
          type: 'html',
          value: tag[0],
          position: { start: content.point(i), end: content.point(i + tag[0].length) },
        });
        i += tag[0].length;
      } else {
        if (src[i + 1] === '!' || src[i + 1] === '?') throw new Unsupported('declaration');
        fail(/[A-Za-z/]/.test(src[i + 1] ?? ''));
        text('<', i, ++i);
      }
    } else if (char === '&' && src.slice(i, i + 40).search(CHARACTER_REFERENCE) === 0) {
      throw new Unsupported('character reference');
    } else if (char === '\n') {
      const spaces = trimLine(i);
      if (spaces >= 2) pushBreak(items, content, i - spaces, i + 1);
      else text('\n', i, i + 1);
      i++;
    } else {
      let end = i + 1;
      while (end < src.length && !SPECIAL[src.charCodeAt(end)]) end++;
      text(src.slice(i, end), i, end);
      i = end;
    }
  }
  trimLine(src.length);
  return mergeTexts(resolveEmphasis(items));
}

function stickyAt(pattern: RegExp, src: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(src);
}

const SPECIAL: boolean[] = [];
for (const char of '\\`*_[]!<&\n') SPECIAL[char.charCodeAt(0)] = true;

function pushBreak(items: Item[], content: Content, from: number, to: number): void {
  items.push({ type: 'break', position: { start: content.point(from), end: content.lineStart(to) } });
}

function closingRun(src: string, from: number, size: number): number {
  for (let at = src.indexOf('`', from); at !== -1; at = src.indexOf('`', at)) {
    let run = at;
    while (src[run] === '`') run++;
    if (run - at === size) return at;
    at = run;
  }
  return -1;
}
