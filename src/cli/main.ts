import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from '../core/config.js';
import { progressDelta } from '../core/delta.js';
import { parsePlan, type Plan } from '../core/plan.js';
import { PlanLimitError } from '../core/limits.js';
import { summariseProgress } from '../core/progress.js';
import { hasErrors, type PlanResult } from '../core/result.js';
import { fillTemplate } from '../core/template.js';
import { formatGithub } from '../formatters/github.js';
import { formatJson } from '../formatters/json.js';
import { formatDelta, formatProgress, toDeltaJson, toProgressJson } from '../formatters/progress.js';
import { formatSarif } from '../formatters/sarif.js';
import { formatStylish } from '../formatters/stylish.js';
import { loadConfig } from './config-file.js';
import { DEFAULT_PLAN_GLOB, expandPlanPaths, readPlanFile } from './files.js';
import { installedFile, packageVersion } from './installation.js';
import { validateFiles } from './validate-files.js';

/** What the CLI touches of the outside world, so tests can run it in-process. */
export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour is used only then). */
  readonly colour: boolean;
  readonly now: () => Date;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

class UsageError extends Error {}

const USAGE = `Usage:
  execplan validate [PATH…] [--strict] [--format stylish|json|sarif|github] [--config FILE] [--base FILE]
                    [--cache] [--cache-location PATH] [--workers N]
  execplan progress FILE [--json]
  execplan delta BASE_FILE HEAD_FILE [--json]
  execplan init FILE "Title" [--purpose "…"] [--force]

PATH is a plan file, a folder (every *.md below it) or a glob; none means ${DEFAULT_PLAN_GLOB}.
--cache keeps each plan's findings (in --cache-location, default node_modules/.cache/execplan) and
reuses them while the plan, the configuration and the version are unchanged; --workers N validates
on N threads (by default one per processor when there is enough to validate).
Exit status: 0 no error, 1 errors found (with --strict, warnings too), 2 usage or input problem.
Rules and configuration: https://github.com/execplan/execplan#readme
`;

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^TypeError \[\w+\]: /, ''));
  }
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'validate':
        return await validateCommand(rest, io);
      case 'progress':
        return await progressCommand(rest, io);
      case 'delta':
        return await deltaCommand(rest, io);
      case 'init':
        return await initCommand(rest, io);
      case '--version':
      case '-v':
        io.stdout(`${packageVersion()}\n`);
        return EXIT_OK;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(USAGE);
        return command === undefined ? EXIT_USAGE : EXIT_OK;
      default:
        throw new UsageError(`unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`execplan: ${error.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    if (error instanceof ConfigError) {
      io.stderr(`execplan: invalid configuration: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;

async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    strict: { type: 'boolean', default: false },
    format: { type: 'string', default: 'stylish' },
    config: { type: 'string' },
    base: { type: 'string' },
    cache: { type: 'boolean', default: false },
    'cache-location': { type: 'string' },
    workers: { type: 'string' },
  });
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0))
    throw new UsageError(`--workers takes a whole number of threads, not "${values.workers}".`);
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}"; use ${FORMATS.join(', ')}.`);

  const { settings } = await loadConfig(values.config, io.cwd);
  const usingDefault = positionals.length === 0;
  const expansion = await expandPlanPaths(usingDefault ? [DEFAULT_PLAN_GLOB] : positionals, io.cwd);
  if (usingDefault && expansion.files.length === 0) {
    io.stderr(`execplan: no plans found (looked for ${DEFAULT_PLAN_GLOB} in ${io.cwd}).\n`);
    if (format === 'json' || format === 'sarif') io.stdout(render(format, [], io));
    return EXIT_OK;
  }
  let problem = false;
  if (!usingDefault) {
    for (const { arg, reason } of expansion.unmatched) {
      io.stderr(`execplan: ${arg} ${reason}.\n`);
      problem = true;
    }
  }
  if (values.base !== undefined && expansion.files.length !== 1) {
    throw new UsageError('--base gives the base version of one plan: name exactly one plan with it.');
  }
  let baseText: string | undefined;
  if (values.base !== undefined) {
    const base = await readPlanFile(resolve(io.cwd, values.base));
    if ('error' in base) {
      io.stderr(`execplan: ${values.base}: ${base.error}\n`);
      return EXIT_USAGE;
    }
    baseText = base.text;
  }

  const reports = await validateFiles(expansion.files, io.cwd, {
    settings,
    strict: values.strict ?? false,
    base: baseText,
    cache: values.cache ? { location: values['cache-location'], version: packageVersion() } : undefined,
    workers,
  });
  if (reports.some((r) => r.error !== undefined)) problem = true;
  io.stdout(render(format, reports, io));
  if (problem) return EXIT_USAGE;
  return reports.some(hasErrors) ? EXIT_FINDINGS : EXIT_OK;
}

function render(format: (typeof FORMATS)[number], reports: PlanResult[], io: CliIo): string {
  switch (format) {
    case 'json':
      return formatJson(reports);
    case 'sarif':
      return formatSarif(reports, packageVersion());
    case 'github':
      return formatGithub(reports);
    default:
      return formatStylish(reports, { enabled: io.colour });
  }
}

/** Parses a plan for `progress` and `delta`; a plan beyond the engine's limits is a usage error. */
function parseOrFail(path: string, text: string): Plan {
  try {
    return parsePlan(text);
  } catch (error) {
    if (error instanceof PlanLimitError) throw new UsageError(`${path}: ${error.message}`);
    throw error;
  }
}

async function readOrFail(path: string, io: CliIo): Promise<string> {
  const read = await readPlanFile(resolve(io.cwd, path));
  if ('error' in read) throw new UsageError(`${path}: ${read.error}`);
  return read.text;
}

async function progressCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean', default: false } });
  if (positionals.length !== 1) throw new UsageError('progress takes exactly one plan file.');
  const [path] = positionals;
  const { settings } = await loadConfig(undefined, io.cwd);
  const summary = summariseProgress(parseOrFail(path, await readOrFail(path, io)), settings.sections.Progress);
  io.stdout(
    values.json
      ? JSON.stringify(toProgressJson(path, summary), null, 2) + '\n'
      : formatProgress(path, summary, io.colour),
  );
  return EXIT_OK;
}

async function deltaCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean', default: false } });
  if (positionals.length !== 2)
    throw new UsageError('delta takes a base file and a head file ("-" as the base means a new plan).');
  const [basePath, headPath] = positionals;
  const { settings } = await loadConfig(undefined, io.cwd);
  // "-" or a base that does not exist means the plan is new.
  const baseExists = basePath !== '-' && existsSync(resolve(io.cwd, basePath));
  const base = baseExists ? parseOrFail(basePath, await readOrFail(basePath, io)) : undefined;
  const delta = progressDelta(base, parseOrFail(headPath, await readOrFail(headPath, io)), settings.sections);
  io.stdout(
    values.json
      ? JSON.stringify(toDeltaJson(delta), null, 2) + '\n'
      : formatDelta(basePath, headPath, delta, io.colour),
  );
  return EXIT_OK;
}

async function initCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    purpose: { type: 'string' },
    force: { type: 'boolean', default: false },
  });
  if (positionals.length !== 2)
    throw new UsageError('init takes a file and a title, e.g. execplan init .plans/auth.md "Add JWT auth".');
  const [path, title] = positionals;
  if (!title.trim()) throw new UsageError('the title must not be empty.');
  const target = resolve(io.cwd, path);
  const text = fillTemplate(await readFile(installedFile(join('templates', 'plan.md')), 'utf8'), {
    title,
    purpose: values.purpose,
    now: io.now(),
  });
  await mkdir(dirname(target), { recursive: true });
  try {
    // `wx` refuses atomically to replace an existing file.
    await writeFile(target, text, { flag: values.force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      io.stderr(`execplan: ${path} already exists; it was left unchanged. Use --force to overwrite it.\n`);
      return EXIT_USAGE;
    }
    io.stderr(`execplan: cannot write ${path}: ${(error as Error).message}\n`);
    return EXIT_USAGE;
  }
  io.stdout(`Created ${path}. Fill in each section, then run: execplan validate ${path}\n`);
  return EXIT_OK;
}
