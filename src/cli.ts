import { useColour } from './cli/colour.js';
import { runCli } from './cli/main.js';

// The command-line entry point: everything else lives in `runCli`, which tests call directly.
// (`dist/cli.js`, written by scripts/build.mjs, turns on Node's module compile cache first.)
runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
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
