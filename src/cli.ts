import { useColour } from './cli/colour.js';
import { runCli } from './cli/main.js';
import { descriptorWriter, isTerminal } from './cli/standard-streams.js';
import { terminalSafe } from './cli/terminal-safe.js';

// Written by descriptor: `process.stdout` and `process.stderr` are created only if a write has
// to wait (see standard-streams.ts).
const stdout = descriptorWriter(1, () => process.stdout);
const stderr = descriptorWriter(2, () => process.stderr);

// The command-line entry point: everything else lives in `runCli`, which tests call directly.
// (`dist/cli.js`, written by scripts/build.mjs, runs this bundled with a V8 code cache.)
runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout,
  stdoutBytes: stdout,
  // Messages quote paths and configuration text: never an escape sequence or a workflow command.
  stderr: (text) => stderr(terminalSafe(text)),
  colour: useColour(process.env, isTerminal(1)),
  now: () => new Date(),
}).then(
  (code) => {
    // Done: the process ends now, not once the event loop is empty, which first runs the work V8
    // has queued by then (a scavenge, the end of compile jobs): 1 to 3.6 ms of a one-plan run
    // on Node 24. Output still queued in Node's stream is waited for. (The 'exit' event is emitted
    // either way: dist/cli.js writes its code cache then.)
    if (stdout.settled() && stderr.settled()) process.exit(code);
    process.exitCode = code;
  },
  (error: unknown) => {
    stderr(
      `execplan: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
