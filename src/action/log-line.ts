/**
 * Text for one line of the job's log that the runner cannot read as a workflow command. Plan
 * paths and plan text reach the log, and the runner reads a line as a command when it starts
 * with `::` after leading spaces are trimmed, or holds the older `##[command]` form anywhere.
 */
export function neutraliseLogLine(message: string): string {
  return (
    message
      .replace(/[\r\n]+/g, ' ')
      // A zero-width space breaks the older form without changing what the reader sees.
      .replace(/##\[/g, '##\u200b[')
      .replace(/^(\s*)::/, '$1: :')
  );
}
