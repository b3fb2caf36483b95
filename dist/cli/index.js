import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);
import {
  terminalSafe
} from "./chunk-YLH3IWOL.js";
import {
  packageVersion
} from "./chunk-VJHWKGP3.js";
import {
  COMMAND_HELP,
  EXIT_OK,
  EXIT_USAGE,
  OVERVIEW,
  UsageError,
  isCommand
} from "./chunk-LGYYJPEW.js";
import "./chunk-OFXZ4FKC.js";

// src/cli/colour.ts
function useColour(env, isTty) {
  const force = env.FORCE_COLOR;
  if (force !== void 0) return !["0", "false"].includes(force.trim().toLowerCase());
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return isTty && env.TERM !== "dumb";
}

// src/cli/main.ts
var COMMANDS = {
  validate: () => import("./validate-J7U4J37G.js"),
  progress: () => import("./progress-OBQP7ZOT.js"),
  delta: () => import("./delta-F5JKT3HQ.js"),
  init: () => import("./init-6V5RYAFY.js")
};
var wantsHelp = (args) => {
  const end = args.indexOf("--");
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === "--help" || a === "-h");
};
async function runCli(argv, io) {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "--version":
      case "-v":
        io.stdout(`${packageVersion()}
`);
        return EXIT_OK;
      case void 0:
        io.stderr(OVERVIEW);
        return EXIT_USAGE;
      case "--help":
      case "-h":
      case "help": {
        const topic = rest[0];
        io.stdout(isCommand(topic) ? COMMAND_HELP[topic] : OVERVIEW);
        return EXIT_OK;
      }
    }
    if (!isCommand(command)) throw new UsageError(`unknown command "${command}".`);
    if (wantsHelp(rest)) {
      io.stdout(COMMAND_HELP[command]);
      return EXIT_OK;
    }
    const { run } = await COMMANDS[command]();
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const usage = error.command ? COMMAND_HELP[error.command].split("\n\n")[0] : OVERVIEW.split("\n\n")[0];
      const more = error.command ? `execplan ${error.command} --help` : "execplan --help";
      io.stderr(`execplan: ${error.message}

${usage}
More: ${more}
`);
      return EXIT_USAGE;
    }
    if (error instanceof Error && error.name === "ConfigError") {
      io.stderr(`execplan: invalid configuration: ${error.message}
`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

// src/cli.ts
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});
runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stdoutBytes: (bytes) => process.stdout.write(bytes),
  // Messages quote paths and configuration text: never an escape sequence or a workflow command.
  stderr: (text) => process.stderr.write(terminalSafe(text)),
  colour: useColour(process.env, process.stdout.isTTY === true),
  now: () => /* @__PURE__ */ new Date()
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(
      `execplan: unexpected failure: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`
    );
    process.exitCode = 2;
  }
);
