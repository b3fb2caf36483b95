import type { LineReplacement, TextEdit } from './rule.js';
import { lineOf, lineText, type SourceText } from './source.js';

/**
 * A fix as whole lines: lines `line` to `endLine` of the plan replaced by `text` (lines joined by
 * `\n`), which is what a GitHub suggestion block needs. An insertion at the start of a line that
 * ends with a line break is anchored to the line before (a blank line after a heading becomes a
 * change of the heading's line), so the suggestion sits on the line the finding is about.
 */
export function lineReplacement(source: SourceText, edits: readonly TextEdit[]): LineReplacement | undefined {
  if (edits.length === 0) return undefined;
  const { text, lineStarts } = source;
  const anchored = edits.map((edit) => {
    const atLineStart = edit.start > 0 && text[edit.start - 1] === '\n';
    if (edit.start === edit.end && atLineStart && edit.text.endsWith('\n'))
      return { start: edit.start - 1, end: edit.start - 1, text: `\n${edit.text.slice(0, -1)}` };
    return edit;
  });
  const first = Math.min(...anchored.map((e) => lineOf(source, e.start)));
  const last = Math.max(
    ...anchored.map((e) => lineOf(source, e.end > e.start && text[e.end - 1] === '\n' ? e.end - 1 : e.end)),
  );
  const from = lineStarts[first - 1];
  const to = lineStarts[last - 1] + lineText(source, last).length;
  let out = '';
  let at = from;
  for (const edit of [...anchored].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, edit.start) + edit.text;
    at = Math.max(at, edit.end);
  }
  out += text.slice(at, Math.max(at, to));
  return { line: first, endLine: last, text: out };
}
