import { commandLineStartPattern } from '../action/log-line.js';

/**
 * Text for the terminal or a CI log, made from plan text and paths that anyone may have written
 * (issue 10, item 6):
 *
 * - terminal escape sequences are removed (a plan could clear the screen, rewrite earlier lines,
 *   set the window title or the clipboard); with colour on, colour codes (`ESC [ … m`) stay, as the
 *   report uses them;
 * - other control characters (C0 but tab and line feed, DEL, C1 such as U+0085 and U+009B) and the
 *   bidirectional overrides and isolates (U+202A to U+202E, U+2066 to U+2069, which can make text
 *   read in another order than it is) are removed;
 * - a line that would start with `::` after the white space the GitHub runner trims gets a space
 *   (`: :`), so that no plan text or path starts a workflow command when the CLI runs in Actions
 *   (the `github` format, whose lines are commands on purpose, escapes its data instead).
 */
const ESCAPE_SEQUENCE =
  // eslint-disable-next-line no-control-regex
  /\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u001b\u009c]*[\u0007\u009c]?|\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[ -/]*[0-~])?/g;
// eslint-disable-next-line no-control-regex
const COLOUR = /^\u001b\[[0-9;]*m$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

// What each replacement below looks for, in one small expression: text without any (a clean
// report) is returned as it is, and the three costlier expressions are compiled only when needed.
// eslint-disable-next-line no-control-regex
const NEEDS_CARE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|::/;

export const terminalSafe = (text: string, colour = false): string =>
  NEEDS_CARE.test(text) ? terminalSafeAlways(text, colour) : text;

/** `terminalSafe` without its shortcut (exported for the test that they agree). */
export function terminalSafeAlways(text: string, colour = false): string {
  return text
    .replace(ESCAPE_SEQUENCE, (sequence) => (colour && COLOUR.test(sequence) ? sequence : ''))
    .replace(CONTROL, '')
    .replace(commandLineStartPattern(), '$1: :');
}
