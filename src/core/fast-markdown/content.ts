import type { Point } from 'unist';

export const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
/** A character reference, which the fast parser leaves to micromark (it would need the entity list). */
export const CHARACTER_REFERENCE = /&(?:#[xX][0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/;

/** Thrown where the fast parser meets what it does not read exactly as micromark does. */
export class Unsupported extends Error {}

/**
 * Inline content: the lines of a paragraph, heading or table cell without their indentation,
 * joined by line endings, and the way back from an index in that text to a point in the source.
 */
export class Content {
  text = '';
  /** In a table cell, where `\\|` in a code span is a pipe (as mdast-util-gfm-table reads it). */
  constructor(readonly inTable = false) {}
  /** Per line: where it starts in `text`, in the source, and the source line and its start. */
  private readonly starts: number[] = [];
  private readonly offsets: number[] = [];
  private readonly lines: number[] = [];
  private readonly lineOffsets: number[] = [];
  /** Per line: where its white space before `offsets` starts (after any container's prefix). */
  private readonly spaceOffsets: number[] = [];
  private source = '';

  /**
   * Adds the source text from `from` to `to` on `line` (starting at source offset `lineOffset`),
   * indented by white space from `spaceFrom` on.
   */
  add(source: string, from: number, to: number, line: number, lineOffset: number, spaceFrom = from): void {
    this.source = source;
    this.spaceOffsets.push(spaceFrom);
    if (this.starts.length) this.text += '\n';
    this.starts.push(this.text.length);
    this.offsets.push(from);
    this.lines.push(line);
    this.lineOffsets.push(lineOffset);
    this.text += source.slice(from, to);
  }

  private lineOf(index: number): number {
    let [low, high] = [0, this.starts.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= index) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** Whether a line after the first starts inside a list item's indentation. */
  get indentedByContainer(): boolean {
    return this.spaceOffsets.some((space, k) => k > 0 && space > this.lineOffsets[k]);
  }

  /** The text from `from` to `to` with the indentation of its lines, as a code span keeps it. */
  withIndentation(from: number, to: number): string {
    let value = '';
    let at = from;
    for (let k = this.lineOf(from) + 1; k < this.starts.length && this.starts[k] <= to; k++) {
      value += this.text.slice(at, this.starts[k]) + this.source.slice(this.spaceOffsets[k], this.offsets[k]);
      at = this.starts[k];
    }
    return value + this.text.slice(at, to);
  }

  point(index: number): Point {
    const k = this.lineOf(index);
    const offset = this.offsets[k] + index - this.starts[k];
    return { line: this.lines[k], column: offset - this.lineOffsets[k] + 1, offset };
  }

  /** The start of the source line that `index`, just after a line ending, begins. */
  lineStart(index: number): Point {
    const k = this.lineOf(index);
    if (this.starts[k] !== index || k === 0) return this.point(index);
    return { line: this.lines[k], column: 1, offset: this.lineOffsets[k] };
  }
}
