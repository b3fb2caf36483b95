import type { PlanResult } from '../core/result.js';
import { ValidationCache, cacheFilePath } from './cache.js';
import { parse, resolve } from 'node:path';
import { decodePlan } from '../core/decode.js';
import { planReader } from '../io/plan-files.js';
import type { LintJob, LintOutcome } from './lint-outcome.js';

export interface ValidateFilesOptions extends LintJob {
  /** `--cache`: the cache location (a folder, or a file ending in `.json`), relative to `cwd`. */
  readonly cache?: { readonly location?: string; readonly version: string };
  /** `--workers`: how many threads validate (1: this one); by default, chosen by size. */
  readonly workers?: number;
  /** The repository root: a plan whose real path is outside it is skipped (see `src/io/plan-files.ts`). */
  readonly root?: string;
  /** Told of each file skipped as a link out of the repository or a special file. */
  readonly onSkipped?: (message: string) => void;
}

/** One plan to validate: how the output names it, and where it is. */
export interface PlanFile {
  readonly path: string;
  readonly absolute: string;
}

/**
 * Validates plan files for `validate`: reads each one, takes what the cache already knows, has
 * the rest validated (on worker threads when there is enough of it), and returns one result per
 * file in the order given, the same whichever way each was obtained.
 */
export async function validateFiles(
  files: readonly PlanFile[],
  cwd: string,
  options: ValidateFilesOptions,
): Promise<PlanResult[]> {
  const job: LintJob = {
    settings: options.settings,
    strict: options.strict,
    base: options.base,
    ...(options.docsBaseUrl !== undefined ? { docsBaseUrl: options.docsBaseUrl } : {}),
  };
  const cache = options.cache
    ? await ValidationCache.open(cacheFilePath(cwd, options.cache.location), options.cache.version, job)
    : undefined;

  const kept: PlanFile[] = [];
  const outcomes: LintOutcome[] = [];
  const misses: { index: number; text: string; absolute: string; key: string }[] = [];
  const readPlan = planReader();
  for (const file of files) {
    // Read safely (regular files inside the repository, a size cap, one open file at a time), and
    // synchronously: asynchronous reads one after the other were most of a warm run's time.
    const read = readPlan(file.absolute, options.root ?? parse(resolve(file.absolute)).root);
    if ('skipped' in read && read.skipped) {
      options.onSkipped?.(`execplan: ${file.path} ${read.error} Skipped.\n`);
      continue;
    }
    const index = kept.push(file) - 1;
    if ('error' in read) {
      outcomes[index] = { error: read.error };
      continue;
    }
    // The key hashes the bytes, so that a hit is neither decoded nor validated; only bytes that
    // decoded and were validated are ever stored. (The bytes are the reader's buffer, valid until
    // the next read: hashed and decoded here, never kept.)
    const key = cache?.keyOf(read.bytes) ?? '';
    const hit = cache?.get(file.absolute, key);
    if (hit) {
      outcomes[index] = hit;
      continue;
    }
    const decoded = decodePlan(read.bytes);
    if ('error' in decoded) outcomes[index] = { error: decoded.error };
    else misses.push({ index, text: decoded.text, absolute: file.absolute, key });
  }

  // The engine (and the worker pool) is loaded only when a plan has to be validated.
  const validated =
    misses.length === 0
      ? []
      : await (
          await import('./worker-pool.js')
        ).lintAll(
          misses.map((m) => m.text),
          job,
          options.workers,
        );
  for (const [i, miss] of misses.entries()) {
    outcomes[miss.index] = validated[i];
    cache?.set(miss.absolute, miss.key, validated[i]);
  }
  // A cache that cannot be written costs the next run its speed, never this run its result.
  await cache?.save().catch(() => undefined);

  return kept.map(({ path }, index) => {
    const outcome = outcomes[index];
    const baselined = options.base === undefined ? {} : { baselined: true };
    return 'error' in outcome
      ? { path, findings: [], error: outcome.error, ...baselined }
      : { path, findings: outcome.findings, ...baselined };
  });
}
