import { ASCII_PUNCTUATION, CHARACTER_REFERENCE, Unsupported } from './content.js';
const POINTED_DESTINATION = /<([^<>\n\\]*)>/y;

export interface Resource {
  readonly url: string;
  readonly title: string | null;
  readonly end: number;
}

/** `(destination "title")` right after `]`, as CommonMark reads an inline link. */
export function parseResource(src: string, at: number): Resource | undefined {
  if (src[at] !== '(') return undefined;
  let i = skipSpace(src, at + 1);
  let url: string;
  if (src[i] === '<') {
    POINTED_DESTINATION.lastIndex = i;
    const pointed = POINTED_DESTINATION.exec(src);
    if (!pointed) return undefined;
    url = pointed[1];
    i += pointed[0].length;
  } else {
    let depth = 0;
    const start = i;
    for (; i < src.length; i++) {
      const char = src[i];
      if (char === '\\' && src[i + 1] !== undefined && ASCII_PUNCTUATION.test(src[i + 1])) i++;
      else if (char === '(') {
        if (++depth > 8) throw new Unsupported('nested parentheses');
      } else if (char === ')') {
        if (depth-- === 0) break;
      } else if (char <= ' ' || char === '\x7f') break;
    }
    if (depth > 0) return undefined;
    url = unescape(src.slice(start, i));
  }
  const afterUrl = i;
  i = skipSpace(src, i);
  let title: string | null = null;
  const quote = src[i];
  if (i > afterUrl && (quote === '"' || quote === "'" || quote === '(')) {
    const closer = quote === '(' ? ')' : quote;
    let end = i + 1;
    for (; end < src.length && src[end] !== closer; end++) {
      if (src[end] === '\\') end++;
      else if (quote === '(' && src[end] === '(') return undefined;
      else if (src[end] === '\n' && src[end + 1] === '\n') return undefined;
    }
    if (end >= src.length) return undefined;
    title = unescape(src.slice(i + 1, end));
    i = skipSpace(src, end + 1);
  }
  if (src[i] !== ')') return undefined;
  if (CHARACTER_REFERENCE.test(url) || (title && CHARACTER_REFERENCE.test(title)))
    throw new Unsupported('reference in a link');
  return { url, title, end: i + 1 };
}

function skipSpace(src: string, at: number): number {
  let lines = 0;
  while (src[at] === ' ' || src[at] === '\t' || (src[at] === '\n' && ++lines === 1)) at++;
  return at;
}

const unescape = (value: string): string => value.replace(/\\([!-/:-@[-`{-~])/g, '$1');
