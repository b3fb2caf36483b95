import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PlanResult } from '../core/result.js';
import { ValidationCache, cacheFilePath } from './cache.js';
import { decodePlan, readPlanFile, type ReadResult } from './files.js';
import type { LintJob, LintOutcome } from './lint-outcome.js';
import { lintAll } from './worker-pool.js';

/**
 * A plan's bytes, read synchronously: a warm `--cache` run reads hundreds of files and validates
 * none, so a hop to the thread pool per file would be most of its time. A file that cannot be read
 * goes through `readPlanFile`, so that its error is reported in the same words.
 */
async function readBytes(path: string): Promise<Uint8Array | ReadResult> {
  try {
    return readFileSync(path);
  } catch {
    return readPlanFile(path);
  }
}

export interface ValidateFilesOptions extends LintJob {
  /** `--cache`: the cache location (a folder, or a file ending in `.json`), relative to `cwd`. */
  readonly cache?: { readonly location?: string; readonly version: string };
  /** `--workers`: how many threads validate (1: this one); by default, chosen by size. */
  readonly workers?: number;
}

/**
 * Validates plan files for `validate`: reads each one, takes what the cache already knows, has
 * the rest validated (on worker threads when there is enough of it), and returns one result per
 * file in the order given, the same whichever way each was obtained.
 */
export async function validateFiles(
  files: readonly string[],
  cwd: string,
  options: ValidateFilesOptions,
): Promise<PlanResult[]> {
  const job: LintJob = { settings: options.settings, strict: options.strict, base: options.base };
  const cache = options.cache
    ? await ValidationCache.open(cacheFilePath(cwd, options.cache.location), options.cache.version, job)
    : undefined;

  const outcomes: (LintOutcome | undefined)[] = new Array<LintOutcome | undefined>(files.length);
  const misses: { index: number; text: string; absolute: string; key: string }[] = [];
  for (const [index, path] of files.entries()) {
    const absolute = resolve(cwd, path);
    const bytes = await readBytes(absolute);
    if (!(bytes instanceof Uint8Array)) {
      // Unreadable, or (when it changed in between) readable the second time.
      if ('error' in bytes) outcomes[index] = { error: bytes.error };
      else misses.push({ index, text: bytes.text, absolute, key: cache?.keyOf(bytes.text) ?? '' });
      continue;
    }
    // The key is taken from the bytes, so that a plan found in the cache is not even decoded.
    const key = cache?.keyOf(bytes) ?? '';
    const hit = cache?.get(absolute, key);
    if (hit) {
      outcomes[index] = hit;
      continue;
    }
    const read = decodePlan(bytes);
    if ('error' in read) outcomes[index] = { error: read.error };
    else misses.push({ index, text: read.text, absolute, key });
  }

  const validated = await lintAll(
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

  return files.map((path, index) => {
    const outcome = outcomes[index]!;
    return 'error' in outcome ? { path, findings: [], error: outcome.error } : { path, findings: outcome.findings };
  });
}
