import type { PlanResult } from '../core/result.js';
import type { Finding } from '../core/rule.js';
import type { CachedOutcome } from './cache.js';
import { cacheFilePath } from './cache-location.js';
import type { FileStamp } from '../io/plan-files.js';
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
  /** The clock, in ms since the epoch, that says whether a file has been still long enough (`ValidationCache.settled`). */
  readonly now?: () => number;
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
  // Earlier than every read: a stamp is trusted only if the file was still well before it.
  const readAtMs = (options.now ?? Date.now)();
  const cache = options.cache
    ? // Loaded only for --cache, with the hashing and checksum modules it needs.
      (await import('./cache.js')).ValidationCache.open(
        cacheFilePath(cwd, options.cache.location),
        options.cache.version,
        job,
        readAtMs,
      )
    : undefined;

  const kept: PlanFile[] = [];
  const outcomes: (LintOutcome | CachedOutcome)[] = [];
  const misses: { index: number; text: string; absolute: string; digest: string; stamp: FileStamp }[] = [];
  const readPlan = planReader();
  for (const file of files) {
    // Read safely (regular files inside the repository, a size cap, one open file at a time), and
    // synchronously: asynchronous reads one after the other were most of a warm run's time. A
    // plan whose stamp the cache knows passes the same checks but is not opened.
    const read = readPlan(
      file.absolute,
      options.root ?? parse(resolve(file.absolute)).root,
      cache && ((stamp) => cache.unchanged(file.absolute, stamp)),
    );
    if ('skipped' in read && read.skipped) {
      options.onSkipped?.(`execplan: ${file.path} ${read.error} Skipped.\n`);
      continue;
    }
    const index = kept.push(file) - 1;
    if ('unchanged' in read) {
      outcomes[index] = cache!.get(file.absolute)!;
      continue;
    }
    if ('error' in read) {
      outcomes[index] = { error: read.error };
      continue;
    }
    // The key hashes the bytes, so that a hit is neither decoded nor validated; only bytes that
    // decoded and were validated are ever stored. (The bytes are the reader's buffer, valid until
    // the next read: hashed and decoded here, never kept.)
    const digest = cache?.digestOf(read.bytes) ?? '';
    const hit = cache?.get(file.absolute, digest);
    if (hit) {
      outcomes[index] = hit;
      cache!.restamp(file.absolute, read.stamp);
      continue;
    }
    const decoded = decodePlan(read.bytes);
    if ('error' in decoded) outcomes[index] = { error: decoded.error };
    else misses.push({ index, text: decoded.text, absolute: file.absolute, digest, stamp: read.stamp });
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
  if (cache && misses.length > 0) {
    const { findingsJson } = await import('../formatters/json.js');
    for (const [i, miss] of misses.entries()) {
      const outcome = validated[i];
      const json = 'findings' in outcome ? findingsJson(outcome.findings) : undefined;
      cache.set(miss.absolute, miss.digest, miss.stamp, outcome, json);
    }
  }
  for (const [i, miss] of misses.entries()) outcomes[miss.index] = validated[i];
  // A cache that cannot be written costs the next run its speed, never this run its result.
  await cache?.save().catch(() => undefined);

  return kept.map(({ path, absolute }, index) => {
    const outcome = outcomes[index];
    const baselined = options.base === undefined ? {} : { baselined: true };
    if ('error' in outcome) return { path, findings: [], error: outcome.error, ...baselined };
    // From the cache: the findings are rebuilt only if something reads them (a warm JSON run
    // writes the cache's bytes and counts, see formatJsonBytes).
    let findings: readonly Finding[] | undefined;
    const result: PlanResult =
      'load' in outcome
        ? {
            path,
            findingCounts: outcome.totals,
            get findings() {
              return (findings ??= outcome.load());
            },
          }
        : { path, findings: outcome.findings, ...baselined };
    // The cache's JSON of the findings, read from it or made for it in this run: written, not made again.
    const json = cache?.json(absolute);
    if (json) findingsJsonKnown.set(result, json);
    return result;
  });
}

const findingsJsonKnown = new WeakMap<PlanResult, Uint8Array>();

/**
 * A result's findings as the JSON report writes them, UTF-8, when the cache holds them (see
 * `formatJsonBytes`); undefined otherwise.
 */
export const knownFindingsJson = (result: PlanResult): Uint8Array | undefined => findingsJsonKnown.get(result);
