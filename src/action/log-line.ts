/**
 * White space as the runner trims it before it looks for `::` (.NET's `char.IsWhiteSpace`): the
 * space separators (Zs), the line and paragraph separators, tab to carriage return, and U+0085;
 * and U+FEFF, which JavaScript's `\s` holds. JavaScript's `\s` lacks U+0085, so a line starting
 * with U+0085 and `::` was a workflow command (`::stop-commands::` silences every later one).
 */
export const RUNNER_WHITE_SPACE = '[\\t\\n\\v\\f\\r\\u0085\\u2028\\u2029\\ufeff\\p{Zs}]';
// Made when first needed: a property class costs a lookup in Unicode's tables when the
// expression is made (0.4 ms of a one-plan run of the CLI, which seldom needs either).
let commandStart: RegExp | undefined;
let commandLineStart: RegExp | undefined;

/** A line's start as the runner reads a workflow command there, with the white space before it. */
const commandStartPattern = (): RegExp => (commandStart ??= new RegExp(`^(${RUNNER_WHITE_SPACE}*)::`, 'u'));

/** The same, for each line of a text of several lines. */
export const commandLineStartPattern = (): RegExp =>
  (commandLineStart ??= new RegExp(`^(${RUNNER_WHITE_SPACE}*)::`, 'gmu'));

/**
 * Text for one line of the job's log that the runner cannot read as a workflow command. Plan
 * paths and plan text reach the log, and the runner reads a line as a command when it starts
 * with `::` after leading white space is trimmed, or holds the older `##[command]` form anywhere.
 */
export function neutraliseLogLine(message: string): string {
  return (
    message
      .replace(/[\r\n]+/g, ' ')
      // A zero-width space breaks the older form without changing what the reader sees.
      .replace(/##\[/g, '##\u200b[')
      .replace(commandStartPattern(), '$1: :')
  );
}
