import { useColour } from './cli/colour.js';
import { runCli } from './cli/main.js';
import { terminalSafe } from './cli/terminal-safe.js';

// `execplan validate | head -1`: the reader left; stop quietly, as other command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

// The command-line entry point: everything else lives in `runCli`, which tests call directly.
// (`dist/cli.js`, written by scripts/build.mjs, turns on Node's module compile cache first.)
runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stdoutBytes: (bytes) => process.stdout.write(bytes),
  // Messages quote paths and configuration text: never an escape sequence or a workflow command.
  stderr: (text) => process.stderr.write(terminalSafe(text)),
  colour: useColour(process.env, process.stdout.isTTY === true),
  now: () => new Date(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `execplan: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
