import arg from 'arg';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A mistake in the command line: printed with the command's usage, exit status 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose usage to show, or none for the overview. */
    readonly command?: CommandName,
  ) {
    super(message);
  }
}

export const COMMAND_NAMES = ['validate', 'progress', 'delta', 'init'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];
export const isCommand = (name: string | undefined): name is CommandName =>
  (COMMAND_NAMES as readonly string[]).includes(name ?? '');

export const DEFAULT_PLAN_GLOB = '.plans/**/*.md';
export const VALIDATE_FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export const PROGRESS_FORMATS = ['text', 'json', 'markdown'] as const;

const COMMON_OPTIONS = `  --config FILE     the configuration file (default: .execplan.json, .execplan.yml or
                    .execplan.yaml, searched from the working folder up to the repository root)
  -h, --help        show this help`;

/** Each command's help: usage, what it does, options, examples. Kept under 100 columns. */
export const COMMAND_HELP: Readonly<Record<CommandName, string>> = {
  validate: `Usage: execplan validate [PATH…] [options]

Checks plans against the ExecPlan format. PATH is a file, a folder (every *.md below it) or a
glob; none means ${DEFAULT_PLAN_GLOB}. Paths in the output are relative to the repository root.

Options:
  --strict          every warning counts as an error
  --format NAME     stylish (default), json, sarif or github
  --base FILE       the base version of the one plan named, for revision-note and new findings
  --fix             apply the fixes rules offer, write the files that change, report what is left
  --fix-dry-run     print those fixes as a unified diff instead of writing them
  --cache           reuse the findings of plans unchanged since the last run (with the same
                    configuration and version), kept in --cache-location PATH
                    (default node_modules/.cache/execplan)
  --workers N       validate on N threads (default: one per processor when there is enough)
${COMMON_OPTIONS}

Exit status: 0 no error, 1 errors found (with --strict, warnings too),
2 a usage error, a missing or unreadable file, or a bad configuration.

Examples:
  execplan validate
  execplan validate .plans/auth.md --strict
  execplan validate --format sarif > execplan.sarif
  execplan validate --fix-dry-run
  git show main:.plans/auth.md > base.md && execplan validate .plans/auth.md --base base.md
`,
  progress: `Usage: execplan progress FILE [options]

Shows a plan's Progress: done, partial and remaining items, the pace, and the next item to do.

Options:
  --format NAME     text (default), json or markdown
  --json            the same as --format json
${COMMON_OPTIONS}

Examples:
  execplan progress .plans/auth.md
  execplan progress .plans/auth.md --format json
`,
  delta: `Usage: execplan delta BASE_FILE HEAD_FILE [options]

Shows what moved in Progress from BASE_FILE to HEAD_FILE: items completed, reopened, reworded,
added and removed. A BASE_FILE of "-", or one that does not exist, means the plan is new.

Options:
  --format NAME     text (default), json or markdown
  --json            the same as --format json
${COMMON_OPTIONS}

Examples:
  git show main:.plans/auth.md > base.md && execplan delta base.md .plans/auth.md
  execplan delta - .plans/new-plan.md --format markdown
`,
  init: `Usage: execplan init FILE "Title" [options]

Writes a new plan with every required section and a first timestamped Progress item. Creates
missing folders; never overwrites a file unless --force is given.

Options:
  --purpose TEXT    the Purpose section's first sentences
  --force           overwrite FILE if it exists
  -h, --help        show this help

Examples:
  execplan init .plans/auth.md "Add JWT auth" --purpose "Users sign in once a day."
`,
};

export const OVERVIEW = `Usage: execplan <command> [options]

Commands:
  validate [PATH…]            check plans against the ExecPlan format
  progress FILE               show a plan's Progress
  delta BASE_FILE HEAD_FILE   show what moved in Progress between two versions
  init FILE "Title"           write a new plan from the template

Options:
  -h, --help                  show this help; execplan <command> --help for a command's
  -v, --version               print the version

Exit status: 0 no error, 1 errors found, 2 a usage or input problem.
Rules, configuration and the library API: https://github.com/execplan/execplan#readme
`;

/** A command's option: a flag, or one that takes a value. */
export interface OptionSpec {
  readonly type: 'boolean' | 'string';
  readonly default?: boolean;
}

/** The options given, by name: a flag as a boolean, an option with a value as its text. */
export type OptionValues<T extends Readonly<Record<string, OptionSpec>>> = {
  [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : string;
};

/**
 * A command's options and positionals, read by `arg` (a parser of 200 lines, which the CLI's code
 * cache holds: Node's `util.parseArgs` compiled its own code on every run, 1.3 ms of a one-plan
 * run), with the command's messages: an unknown option names the command's help.
 */
export function parseCommand<T extends Readonly<Record<string, OptionSpec>>>(
  command: CommandName,
  args: string[],
  options: T,
): { values: OptionValues<T>; positionals: string[] } {
  const spec: arg.Spec = {};
  for (const [name, { type }] of Object.entries(options)) spec[`--${name}`] = type === 'boolean' ? Boolean : String;
  // `arg` reads `--strict=yes` as `--strict`: a flag given a value is refused, as before.
  const end = args.indexOf('--');
  for (const given of end < 0 ? args : args.slice(0, end)) {
    const equals = given.indexOf('=');
    const name = given.startsWith('--') && equals > 2 ? given.slice(2, equals) : undefined;
    if (name !== undefined && options[name]?.type === 'boolean')
      throw new UsageError(`--${name} takes no value.`, command);
  }
  let parsed: arg.Result<arg.Spec>;
  try {
    parsed = arg(spec, { argv: args });
  } catch (error) {
    if (!(error instanceof arg.ArgError)) throw error;
    const option = error.message.slice(error.message.lastIndexOf(': ') + 2);
    throw new UsageError(
      error.code === 'ARG_UNKNOWN_OPTION' ? `unknown option ${option} for ${command}.` : `${option} needs a value.`,
      command,
    );
  }
  const values: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(options)) values[name] = parsed[`--${name}`] ?? option.default;
  return { values: values as OptionValues<T>, positionals: parsed._ };
}

/** Reads `--format NAME` (and the `--json` alias) against the formats a command knows. */
export function formatOf<F extends string>(
  command: CommandName,
  formats: readonly F[],
  values: { format?: string; json?: boolean },
): F {
  if (values.json && values.format !== undefined && values.format !== 'json')
    throw new UsageError(`--json and --format ${values.format} disagree; give one of them.`, command);
  const format = values.json ? 'json' : (values.format ?? formats[0]);
  if (!(formats as readonly string[]).includes(format))
    throw new UsageError(`unknown format "${format}"; use ${formats.join(', ')}.`, command);
  return format as F;
}
