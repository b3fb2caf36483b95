import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { hasErrors, type PlanResult } from '../../core/result.js';
import { loadConfig } from '../config-file.js';
import { cliDocsBase } from '../docs-base.js';
import { expandPlanPaths, readPlanFile } from '../files.js';
import { DamagedCacheError, cacheFilePath } from '../cache-location.js';
import { knownFindingsJson, validateFiles } from '../validate-files.js';
import { terminalSafe } from '../terminal-safe.js';
import { packageVersion } from '../installation.js';
import type { CliIo } from '../main.js';
import { displayPath, repositoryRoot } from '../paths.js';
import {
  DEFAULT_PLAN_GLOB,
  EXIT_FINDINGS,
  EXIT_OK,
  EXIT_USAGE,
  formatOf,
  parseCommand,
  UsageError,
  VALIDATE_FORMATS,
} from '../usage.js';

type Format = (typeof VALIDATE_FORMATS)[number];

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('validate', args, {
    strict: { type: 'boolean', default: false },
    format: { type: 'string' },
    config: { type: 'string' },
    base: { type: 'string' },
    fix: { type: 'boolean', default: false },
    'fix-dry-run': { type: 'boolean', default: false },
    cache: { type: 'boolean', default: false },
    'cache-location': { type: 'string' },
    workers: { type: 'string' },
  });
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0))
    throw new UsageError(`--workers takes a whole number of threads, not "${values.workers}".`, 'validate');
  const format = formatOf('validate', VALIDATE_FORMATS, values);
  const { settings } = await loadConfig(values.config, io.cwd);
  const root = repositoryRoot(io.cwd);
  const docsBaseUrl = cliDocsBase();
  const render = (reports: PlanResult[]) => renderReports(format, reports, io, docsBaseUrl);
  // JSON comes as bytes (see formatJsonBytes): written as they are where stdout takes bytes.
  const print = (output: string | Uint8Array): void => {
    if (typeof output === 'string') io.stdout(output);
    else if (io.stdoutBytes) io.stdoutBytes(output);
    else io.stdout(Buffer.from(output).toString('utf8'));
  };

  const usingDefault = positionals.length === 0;
  const expansion = await expandPlanPaths(usingDefault ? [DEFAULT_PLAN_GLOB] : positionals, io.cwd);
  if (usingDefault && expansion.files.length === 0) {
    io.stderr(`execplan: no plans found (looked for ${DEFAULT_PLAN_GLOB} in ${io.cwd}).\n`);
    if (format === 'json' || format === 'sarif') print(await render([]));
    return EXIT_OK;
  }
  if (values.base !== undefined && expansion.files.length + expansion.unmatched.length !== 1) {
    throw new UsageError('--base gives the base version of one plan: name exactly one plan with it.', 'validate');
  }
  let base: string | undefined;
  if (values.base !== undefined) {
    const read = await readPlanFile(resolve(io.cwd, values.base));
    if ('error' in read) {
      io.stderr(`execplan: ${values.base}: ${read.error}\n`);
      return EXIT_USAGE;
    }
    base = read.text;
  }

  const files = expansion.files.map((file) => {
    const absolute = resolve(io.cwd, file);
    return { path: displayPath(root, absolute), absolute };
  });
  const strict = values.strict ?? false;
  if (values.fix || values['fix-dry-run']) {
    const write = !values['fix-dry-run'];
    // The fixer (and the engine, and the diff) is loaded only for --fix and --fix-dry-run.
    const { fixDiff, fixFiles, fixSummary } = await import('../fix-files.js');
    const fixes = await fixFiles(expansion.files, io.cwd, { settings, strict, base, write });
    io.stderr(fixSummary(fixes, write));
    const fixed = fixes.map((f) => f.result);
    print(write ? await render(fixed) : fixDiff(fixes));
    if (fixed.some((r) => r.error !== undefined) || expansion.unmatched.length > 0) return EXIT_USAGE;
    return fixed.some(hasErrors) ? EXIT_FINDINGS : EXIT_OK;
  }
  // Every plan on worker threads when there is enough to validate, and from the cache when asked;
  // the cache keeps no baselineState, so a run with --base does not use it.
  const cache =
    values.cache && base === undefined ? { location: values['cache-location'], version: packageVersion() } : undefined;
  const collect = async () => {
    const reports = await validateFiles(files, io.cwd, {
      settings,
      strict,
      base,
      docsBaseUrl,
      root,
      onSkipped: (message: string) => io.stderr(message),
      now: () => io.now().getTime(),
      cache,
      workers,
    });
    // An argument that named nothing is an entry with its error, in every format, and counts as
    // one; with no argument, only what the default search could not read (a link out of the
    // repository is skipped there, and said on stderr).
    for (const { arg, reason, always } of expansion.unmatched) {
      if (usingDefault && !always) continue;
      reports.push({ path: displayPath(root, resolve(io.cwd, arg)), findings: [], error: `${arg} ${reason}.` });
    }
    return reports;
  };
  let reports = await collect();
  for (const { arg, reason, always } of expansion.unmatched)
    if (!usingDefault || always) io.stderr(`execplan: ${arg} ${reason}.\n`);
  let output: string | Uint8Array;
  try {
    output = await render(reports);
  } catch (error) {
    // Findings rebuilt from the cache that this tool did not write: never shown; validated again.
    if (!(error instanceof DamagedCacheError) || !cache) throw error;
    io.stderr(`execplan: ${error.message}: it is deleted, and the plans are validated again.\n`);
    rmSync(cacheFilePath(io.cwd, cache.location), { force: true });
    reports = await collect();
    output = await render(reports);
  }
  print(output);
  if (reports.some((r) => r.error !== undefined)) return EXIT_USAGE;
  return reports.some(hasErrors) ? EXIT_FINDINGS : EXIT_OK;
}

async function renderReports(
  format: Format,
  reports: PlanResult[],
  io: CliIo,
  docsBaseUrl: string,
): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      // As bytes, with the findings the cache holds written as it holds them.
      return (await import('../../formatters/json.js')).formatJsonBytes(reports, knownFindingsJson);
    case 'sarif':
      return (await import('../../formatters/sarif.js')).formatSarif(reports, packageVersion(), docsBaseUrl);
    case 'github':
      return (await import('../../formatters/github.js')).formatGithub(reports);
    default:
      // Plan text and paths reach the terminal: no escape sequence, control character or workflow command.
      return terminalSafe(
        (await import('../../formatters/stylish.js')).formatStylish(reports, { enabled: io.colour }),
        io.colour,
      );
  }
}
