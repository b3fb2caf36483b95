import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);

// src/cli/usage.ts
import { parseArgs } from "node:util";
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;
var UsageError = class extends Error {
  constructor(message, command) {
    super(message);
    this.command = command;
  }
  command;
};
var COMMAND_NAMES = ["validate", "progress", "delta", "init"];
var isCommand = (name) => COMMAND_NAMES.includes(name ?? "");
var DEFAULT_PLAN_GLOB = ".plans/**/*.md";
var VALIDATE_FORMATS = ["stylish", "json", "sarif", "github"];
var PROGRESS_FORMATS = ["text", "json", "markdown"];
var COMMON_OPTIONS = `  --config FILE     the configuration file (default: .execplan.json, .execplan.yml or
                    .execplan.yaml, searched from the working folder up to the repository root)
  -h, --help        show this help`;
var COMMAND_HELP = {
  validate: `Usage: execplan validate [PATH\u2026] [options]

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
`
};
var OVERVIEW = `Usage: execplan <command> [options]

Commands:
  validate [PATH\u2026]            check plans against the ExecPlan format
  progress FILE               show a plan's Progress
  delta BASE_FILE HEAD_FILE   show what moved in Progress between two versions
  init FILE "Title"           write a new plan from the template

Options:
  -h, --help                  show this help; execplan <command> --help for a command's
  -v, --version               print the version

Exit status: 0 no error, 1 errors found, 2 a usage or input problem.
Rules, configuration and the library API: https://github.com/execplan/execplan#readme
`;
function parseCommand(command, args, options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const raw = error.message.replace(/^TypeError \[\w+\]: /, "");
    const unknown = /^Unknown option '([^']+)'/.exec(raw);
    const missing = /^Option '([^']+)' argument missing/.exec(raw);
    const message = unknown ? `unknown option ${unknown[1]} for ${command}.` : missing ? `${missing[1].replace(/^-\w, /, "")} needs a value.` : raw.replace(/\. To specify a positional argument.*$/s, ".");
    throw new UsageError(message, command);
  }
}
function formatOf(command, formats, values) {
  if (values.json && values.format !== void 0 && values.format !== "json")
    throw new UsageError(`--json and --format ${values.format} disagree; give one of them.`, command);
  const format = values.json ? "json" : values.format ?? formats[0];
  if (!formats.includes(format))
    throw new UsageError(`unknown format "${format}"; use ${formats.join(", ")}.`, command);
  return format;
}

export {
  EXIT_OK,
  EXIT_FINDINGS,
  EXIT_USAGE,
  UsageError,
  isCommand,
  DEFAULT_PLAN_GLOB,
  VALIDATE_FORMATS,
  PROGRESS_FORMATS,
  COMMAND_HELP,
  OVERVIEW,
  parseCommand,
  formatOf
};
