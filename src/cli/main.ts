import { packageVersion } from './installation.js';
import { COMMAND_HELP, EXIT_OK, EXIT_USAGE, isCommand, OVERVIEW, UsageError, type CommandName } from './usage.js';

export { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './usage.js';

/** What the CLI touches of the outside world, so tests can run it in-process. */
export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  /** Bytes for stdout as they are (a warm `--format json` run writes the cache's UTF-8); by default decoded for `stdout`. */
  readonly stdoutBytes?: (bytes: Uint8Array) => void;
  readonly stderr: (text: string) => void;
  /** Whether to colour the output (see `colour.ts`: a terminal, `FORCE_COLOR`, `NO_COLOR`). */
  readonly colour: boolean;
  readonly now: () => Date;
}

/** A command: its arguments after the command's name, the terminal, the exit status. */
export type Command = (args: string[], io: CliIo) => Promise<number>;

/**
 * Each command's module, loaded only when that command runs: `execplan init` never loads the
 * parser's dependencies' formatters, `--help` and `--version` load no command at all.
 */
const COMMANDS: Readonly<Record<CommandName, () => Promise<{ run: Command }>>> = {
  validate: () => import('./commands/validate.js'),
  progress: () => import('./commands/progress.js'),
  delta: () => import('./commands/delta.js'),
  init: () => import('./commands/init.js'),
};

const wantsHelp = (args: readonly string[]): boolean => {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
};

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case '--version':
      case '-v':
        io.stdout(`${packageVersion()}\n`);
        return EXIT_OK;
      case undefined:
        io.stderr(OVERVIEW);
        return EXIT_USAGE;
      case '--help':
      case '-h':
      case 'help': {
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
      const usage = error.command ? COMMAND_HELP[error.command].split('\n\n')[0] : OVERVIEW.split('\n\n')[0];
      const more = error.command ? `execplan ${error.command} --help` : 'execplan --help';
      io.stderr(`execplan: ${error.message}\n\n${usage}\nMore: ${more}\n`);
      return EXIT_USAGE;
    }
    // By name, not `instanceof`: importing the class would load every rule before any command ran.
    if (error instanceof Error && error.name === 'ConfigError') {
      io.stderr(`execplan: invalid configuration: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
