/**
 * The text of a plan as the engine sees it: a byte-order mark removed and every line ending
 * turned into `\n`. Neither changes a line number or a column, so positions computed on this
 * text are positions in the file as written.
 */
export interface SourceText {
  /** The normalised text. */
  readonly text: string;
  /** Offset of the first character of each line (index 0 is line 1). */
  readonly lineStarts: readonly number[];
}

export interface Point {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units as JavaScript counts them. */
  column: number;
}

export function normaliseText(raw: string): string {
  const withoutBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
}

export function createSource(raw: string): SourceText {
  const text = normaliseText(raw);
  return { text, lineStarts: lineStartsOf(text) };
}

/** The offset at which each line of `text` starts. */
export function lineStartsOf(text: string): number[] {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return lineStarts;
}

/** The index of the last value at or below `target` in ascending `values` (0 if none), by bisection. */
export function lastAtOrBelow(values: ArrayLike<number>, target: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (values[mid] <= target) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Line number (1-based) of an offset. */
export function lineOf(source: SourceText, offset: number): number {
  return lastAtOrBelow(source.lineStarts, offset) + 1;
}

export function pointOf(source: SourceText, offset: number): Point {
  const line = lineOf(source, offset);
  return { line, column: offset - source.lineStarts[line - 1] + 1 };
}

/** The text of one line (1-based), without its line ending. */
export function lineText(source: SourceText, line: number): string {
  const start = source.lineStarts[line - 1];
  if (start === undefined) return '';
  const next = source.lineStarts[line];
  return source.text.slice(start, next === undefined ? source.text.length : next - 1);
}

export function lineCount(source: SourceText): number {
  const { text, lineStarts } = source;
  // A final line ending does not start another line of content.
  return text.endsWith('\n') ? lineStarts.length - 1 : lineStarts.length;
}

/**
 * The text without trailing (and, if given, leading) characters of the given kinds. A loop,
 * because a pattern such as `[\s.]+$` is quadratic on long runs that do not reach the end.
 */
export function trimEnds(text: string, trailing: RegExp, leading?: RegExp): string {
  let start = 0;
  let end = text.length;
  while (leading && start < end && leading.test(text[start])) start++;
  while (end > start && trailing.test(text[end - 1])) end--;
  return text.slice(start, end);
}
