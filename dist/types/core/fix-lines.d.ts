import type { LineReplacement, TextEdit } from './rule.js';
import { type SourceText } from './source.js';
/**
 * A fix as whole lines: lines `line` to `endLine` of the plan replaced by `text` (lines joined by
 * `\n`), which is what a GitHub suggestion block needs. An insertion at the start of a line that
 * ends with a line break is anchored to the line before (a blank line after a heading becomes a
 * change of the heading's line), so the suggestion sits on the line the finding is about.
 */
export declare function lineReplacement(source: SourceText, edits: readonly TextEdit[]): LineReplacement | undefined;
