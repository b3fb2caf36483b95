import { Unsupported } from './content.js';

/** What one line of a plan says about the blocks it starts or ends (for `parseBlocks`). */

export const HEADING = /^(#{1,6})(?: +|$)/;
export const FENCE = /^(`{3,}|~{3,})(.*)$/;
export const THEMATIC_BREAK = /^(?:(?:\* *){3,}|(?:- *){3,}|(?:_ *){3,})$/;
export const SETEXT_UNDERLINE = /^(?:=+|-+) *$/;
export const BULLET = /^([-+*])( *)/;
export const ORDERED = /^(\d{1,9})([.)])( *)/;
/** A task check: `[ ]`, `[x]` or `[X]`, then white space and more text or a line ending. */
export const TASK = /^\[([ xX])\](?: +\S| *$)/;

/** The number of spaces in `line` from `from` on. */
export const spacesAt = (line: string, from: number): number => {
  let at = from;
  while (line.charCodeAt(at) === 32) at++;
  return at - from;
};

/** Where the text from `from` to `end` ends once the spaces at its end are left out. */
export const endBeforeSpaces = (text: string, from: number, end: number): number => {
  let at = end;
  while (at > from && text.charCodeAt(at - 1) === 32) at--;
  return at;
};

/** Whether the text of a line (after its indent) starts a block that ends a table. */
export const startsBlock = (rest: string): boolean =>
  THEMATIC_BREAK.test(rest) || HEADING.test(rest) || FENCE.test(rest) || /^(?:[-+*]|\d{1,9}[.)])(?: |$)/.test(rest);

/** Whether `rest` (a line from its indent on) closes a code block opened by `fence`. */
export function closesFence(rest: string, fence: string): boolean {
  const close = FENCE.exec(rest);
  return close !== null && close[1][0] === fence[0] && close[1].length >= fence.length && !/[^ ]/.test(close[2]);
}

/** A fence's language and meta, from what follows the fence on its line. */
export function fenceInfo(afterFence: string): { lang: string | null; meta: string | null } {
  const info = afterFence.trim();
  if (/[\\&]/.test(info)) throw new Unsupported('escape in an info string');
  const [lang] = info.split(' ', 1);
  // The meta runs to the end of the line, trailing white space included.
  const meta = afterFence.trimStart().slice(lang.length).trimStart();
  return { lang: lang || null, meta: meta || null };
}

/**
 * Where an ATX heading's text lies on its line, whose marker of `depth` signs starts at `at`:
 * without the spaces around it and without a closing run of `#` that a space sets apart.
 */
export function headingText(line: string, at: number, depth: number): { from: number; to: number } {
  const from = at + depth + spacesAt(line, at + depth);
  const to = endBeforeSpaces(line, from, line.length);
  let closing = to;
  while (closing > from && line[closing - 1] === '#') closing--;
  return { from, to: closing === from || line[closing - 1] === ' ' ? endBeforeSpaces(line, from, closing) : to };
}
