/**
 * Limits on what the engine reads, checked before parsing. The Markdown parser takes more than a
 * minute on a list nested 2,000 levels deep and overflows its stack on block quotes nested
 * 10,000 deep; no real plan comes near these limits, and a plan beyond them gets a clear error
 * instead of a hang or a crash.
 */
export const MAX_NESTING = 100;
export const MAX_INDENT_COLUMNS = 400;

export class PlanLimitError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'PlanLimitError';
  }
}

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/** Throws a `PlanLimitError` naming the first line that nests block quotes and lists too deeply. */
export function assertWithinLimits(text: string): void {
  let line = 1;
  for (let start = 0; start < text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let depth = 0;
    let columns = 0;
    let i = start;
    while (i < end) {
      const ch = text[i];
      if (ch === ' ') columns++;
      else if (ch === '\t') columns += 4 - (columns % 4);
      else if (ch === '>') depth++;
      else {
        const marker = LIST_MARKER.exec(text.slice(i, Math.min(end, i + 11)));
        if (!marker) break;
        depth++;
        i += marker[0].length;
        continue;
      }
      i++;
    }
    if (depth > MAX_NESTING) {
      throw new PlanLimitError(
        line,
        `line ${line} nests lists and block quotes ${depth} levels deep; at most ${MAX_NESTING} are read: flatten it.`,
      );
    }
    if (columns > MAX_INDENT_COLUMNS) {
      throw new PlanLimitError(
        line,
        `line ${line} is indented by ${columns} columns; at most ${MAX_INDENT_COLUMNS} are read: flatten the nesting.`,
      );
    }
    start = end + 1;
  }
}
