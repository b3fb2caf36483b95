import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from '../io/fs-async.js';
import { dirname } from 'node:path';
import { countFindings } from '../core/result.js';
import { sameStamp, type FileStamp } from '../io/plan-files.js';
import { DIGEST, cacheFileBytes, hash, readEntries, type CachedOutcome, type Entry } from './cache-file.js';
import type { LintJob, LintOutcome } from './lint-outcome.js';

export { readEntries, type CachedOutcome } from './cache-file.js';

export { CACHE_FILE_NAME, DEFAULT_CACHE_LOCATION, DamagedCacheError, cacheFilePath } from './cache-location.js';

/**
 * A file's times count only if they are this much older than the moment it was read: a change
 * made later then always moves its mtime and ctime, whatever their granularity (2 s on FAT, 1 s
 * on some network file systems), the "racy" case that git's index guards against the same way.
 */
const SETTLED_MS = 2_000;

/** What, besides a plan's bytes and the tool's version, decides its findings: the cache holds entries under one of these. */
export function settingsOf(job: LintJob): string {
  const base = job.base === undefined ? null : hash('sha256', job.base);
  return JSON.stringify([job.settings, job.strict, base, job.docsBaseUrl ?? null]);
}

/**
 * The cache of `validate --cache`: for each plan file (by absolute path), a BLAKE2b hash of the
 * bytes that were validated (its digest) and the outcome, under the settings of one run (from the
 * configuration), `--strict`, the base version if any, the docs link and the tool's version: a
 * run under others starts the cache anew, so an entry is used only when nothing that could change
 * its findings has changed. Each entry also keeps the file's stamp (`FileStamp`: device, inode,
 * size, mtime, ctime) as it was read: a file whose stamp is unchanged is not even read again, as
 * git trusts its index, and one whose stamp changed is read and hashed, and a hit if its bytes are
 * the same. A warm `--format json` run writes each plan's findings as the cache holds them, and
 * findings are rebuilt, and checked, only when something reads them.
 *
 * The file (`cache-file.ts`) is ignored as a whole and rebuilt when it is missing, not ours, of
 * another version, format or settings, truncated or edited (its checksum). A block of findings
 * under a valid checksum that this tool did not write can only have been forged by someone who
 * can as well replace the tool in `node_modules`; it is reported when it is rebuilt
 * (`DamagedCacheError`), never used as findings.
 */
export class ValidationCache {
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly version: string,
    /** This run's settings, `--strict`, base, docs link and version: the cache holds entries under these only. */
    private readonly settings: string,
    private readonly entries: Map<string, Entry>,
    /** When this run began reading plans: a stamp is kept only if its file was still well before (`SETTLED_MS`). */
    private readonly readAtMs: number,
  ) {}

  /**
   * Opens the cache file, or starts an empty cache when it is missing, cannot be trusted or holds
   * other settings. `readAtMs`: a moment no later than this run's first read of a plan.
   */
  static open(file: string, version: string, job: LintJob, readAtMs: number): ValidationCache {
    const settings = settingsOf(job);
    // Synchronously: nothing else can go on meanwhile, and waiting for the thread pool was a warm run's idle time.
    let bytes: Buffer | undefined;
    try {
      bytes = readFileSync(file);
    } catch {
      bytes = undefined;
    }
    const entries = (bytes !== undefined && readEntries(bytes, version, settings, file)) || new Map<string, Entry>();
    // Entries under other settings are of no use to this run, nor kept: every one would be validated again.
    return new ValidationCache(file, version, settings, entries, readAtMs);
  }

  /** The hash of a plan's bytes (or text). */
  digestOf(content: Uint8Array | string): string {
    return hash(DIGEST, content);
  }

  /** Whether `stamp` is the very version of `path` that was validated (no reading, no hashing). */
  unchanged(path: string, stamp: FileStamp): boolean {
    const entry = this.entries.get(path);
    return entry?.stamp !== undefined && sameStamp(entry.stamp, stamp);
  }

  /** The outcome of a plan known unchanged by `unchanged`, or validated with the bytes of `digest`. */
  get(path: string, digest?: string): CachedOutcome | undefined {
    const entry = this.entries.get(path);
    if (!entry || (digest !== undefined && entry.digest !== digest)) return undefined;
    return entry.outcome;
  }

  /** The cached `findingsJson` of a plan, as bytes, when its entry holds one. */
  json(path: string): Uint8Array | undefined {
    return this.entries.get(path)?.json;
  }

  /** `stamp`, if its file had been still long enough before this run to be trusted later. */
  private settled(stamp: FileStamp): FileStamp | undefined {
    return Math.max(stamp[3], stamp[4]) < this.readAtMs - SETTLED_MS ? stamp : undefined;
  }

  /** The stamp a plan found unchanged by its digest was read with, if the entry lacks it. */
  restamp(path: string, read: FileStamp): void {
    const entry = this.entries.get(path);
    const stamp = this.settled(read);
    if (!entry || stamp === undefined || (entry.stamp !== undefined && sameStamp(entry.stamp, stamp))) return;
    this.entries.set(path, { ...entry, stamp });
    this.changed = true;
  }

  /**
   * Records a plan's outcome, validated in this run from the bytes of `digest`, read with `read`
   * (`json`: its findings as the JSON report writes them).
   */
  set(path: string, digest: string, read: FileStamp, outcome: LintOutcome, json?: string): void {
    const stored: CachedOutcome =
      'error' in outcome ? outcome : { totals: countFindings(outcome.findings), findings: outcome.findings };
    const bytes = json === undefined ? undefined : Buffer.from(json);
    this.entries.set(path, { digest, stamp: this.settled(read), outcome: stored, json: bytes });
    this.changed = true;
  }

  /**
   * Writes the cache if it changed, through a temporary file renamed over it. A block read from
   * the old file and not used is written back as it was, unread.
   */
  async save(): Promise<void> {
    if (!this.changed) return;
    const bytes = cacheFileBytes(this.entries, this.version, this.settings);
    await mkdir(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, this.file);
    this.changed = false;
  }
}
