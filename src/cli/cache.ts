import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as zlib from 'node:zlib';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Finding } from '../core/rule.js';
import { sameStamp, type FileStamp } from '../io/plan-files.js';
import { countFindings, type Totals } from '../core/result.js';
import { DamagedCacheError } from './cache-location.js';
import type { LintJob, LintOutcome } from './lint-outcome.js';

export { CACHE_FILE_NAME, DEFAULT_CACHE_LOCATION, DamagedCacheError, cacheFilePath } from './cache-location.js';

/**
 * The cache of `validate --cache`: for each plan file (by absolute path), a BLAKE2b hash of the
 * bytes that were validated (its digest) and the outcome, under the settings of one run (from the
 * configuration), `--strict`, the base version if any, the docs link and the tool's version,
 * kept in the header: a run under others starts the cache anew, so an entry is used only when
 * nothing that could change its findings has changed. Each entry also keeps the file's stamp (`FileStamp`: device, inode, size, mtime,
 * ctime) when it was read: a file whose stamp is unchanged is not even read again, as git trusts
 * its index, and one whose stamp changed is read and hashed, and a hit if its bytes are the same.
 *
 * The file is one header line (a marker, the format, the tool's version and a checksum of the
 * rest, and the settings), one line of JSON (one row per plan: path, digest, stamp, its error or its counts
 * of errors and warnings, and where its two blocks are), then the blocks: each plan's findings as
 * the JSON report writes them (`findingsJson`), and as compact arrays with a table of their
 * strings. A warm `--format json` run reads only the rows and writes the first blocks as they are;
 * the findings themselves are rebuilt, and checked, only when something asks for them.
 *
 * A file that is missing, not ours, of another version or format, truncated or edited (the
 * checksum) is ignored as a whole and rebuilt. Its rows are checked when it is read; a block that
 * was not written by this tool yet carries a valid checksum can only have been forged by someone
 * who can as well replace the tool in `node_modules`, and is reported when it is rebuilt
 * (`DamagedCacheError`), never used as findings.
 */
const MARKER = 'execplan-validate-cache';
const FORMAT = 7;
/** The hash of each plan's bytes: BLAKE2b, built into OpenSSL. */
const DIGEST = 'blake2b512';
/** node:crypto, loaded when first needed: a warm run that reads no plan hashes nothing. */
let crypto: typeof import('node:crypto') | undefined;
const hash = (algorithm: string, data: string | Uint8Array): string =>
  (crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'))
    .createHash(algorithm)
    .update(data)
    .digest('hex');

/**
 * What the cache holds of a plan: why it could not be validated, or its findings, either as
 * objects (validated in this run) or still as the stored block (`load` rebuilds and checks them).
 */
export type CachedOutcome =
  | { readonly error: string }
  | { readonly totals: Totals; readonly findings: readonly Finding[] }
  | { readonly totals: Totals; readonly load: () => Finding[]; readonly block: Uint8Array };

interface Entry {
  /** The hash of the plan's bytes. */
  readonly digest: string;
  /** The file as it was read, when it had been still long enough to trust (see `settled`). */
  readonly stamp: FileStamp | undefined;
  readonly outcome: CachedOutcome;
  /** The findings as the JSON report writes them (`findingsJson`), UTF-8. */
  readonly json: Uint8Array | undefined;
}

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

export class ValidationCache {
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly version: string,
    /** This run's settings, `--strict`, base, docs link and version: the cache holds entries under these only. */
    private readonly settings: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  /** Opens the cache file, or starts an empty cache when it is missing, cannot be trusted or holds other settings. */
  static open(file: string, version: string, job: LintJob): ValidationCache {
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
    return new ValidationCache(file, version, settings, entries);
  }

  /** `stamp` if the file had been still long enough before `readAtMs` to be trusted later (`SETTLED_MS`). */
  settled(stamp: FileStamp, readAtMs: number): FileStamp | undefined {
    return Math.max(stamp[3], stamp[4]) < readAtMs - SETTLED_MS ? stamp : undefined;
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

  /** A newer stamp for a plan found unchanged by its digest. */
  restamp(path: string, stamp: FileStamp | undefined): void {
    const entry = this.entries.get(path);
    if (!entry || stamp === undefined || (entry.stamp !== undefined && sameStamp(entry.stamp, stamp))) return;
    this.entries.set(path, { ...entry, stamp });
    this.changed = true;
  }

  /** Records a plan's outcome, validated in this run (`json`: its findings as the JSON report writes them). */
  set(path: string, digest: string, stamp: FileStamp | undefined, outcome: LintOutcome, json?: string): void {
    const stored: CachedOutcome =
      'error' in outcome ? outcome : { totals: countFindings(outcome.findings), findings: outcome.findings };
    const bytes = json === undefined ? undefined : Buffer.from(json);
    this.entries.set(path, { digest, stamp, outcome: stored, json: bytes });
    this.changed = true;
  }

  /**
   * Writes the cache if it changed, through a temporary file renamed over it. A block read from
   * the old file and not used is written back as it was, unread.
   */
  async save(): Promise<void> {
    if (!this.changed) return;
    const blocks: Uint8Array[] = [];
    let offset = 0;
    const place = (block: Uint8Array | undefined): [number, number] => {
      if (!block || block.length === 0) return [0, 0];
      blocks.push(block);
      offset += block.length;
      return [offset - block.length, block.length];
    };
    const rows = [...this.entries].map(([path, { digest, stamp, outcome, json }]) => {
      const head = [path, digest, stamp ?? null];
      if ('error' in outcome) return [...head, outcome.error, 0, 0, 0, 0, 0, 0];
      const block = 'block' in outcome ? outcome.block : Buffer.from(compactBlock(outcome.findings));
      return [...head, null, outcome.totals.errors, outcome.totals.warnings, ...place(json), ...place(block)];
    });
    const body = Buffer.concat([Buffer.from(JSON.stringify(rows) + '\n'), ...blocks]);
    const header = JSON.stringify({
      marker: MARKER,
      format: FORMAT,
      version: this.version,
      checksum: checksumOf(body),
      settings: this.settings,
    });
    await mkdir(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, Buffer.concat([Buffer.from(`${header}\n`), body]));
    await rename(temporary, this.file);
    this.changed = false;
  }
}

/**
 * One plan's findings as arrays, with rule ids, messages and links in a table of their own, so
 * that the block can be kept as it is when another plan's entry changes.
 */
function compactBlock(findings: readonly Finding[]): string {
  const strings: string[] = [];
  const indexes = new Map<string, number>();
  const index = (text: string): number => {
    let at = indexes.get(text);
    if (at === undefined) indexes.set(text, (at = strings.push(text) - 1));
    return at;
  };
  const rows = findings.map((f) => [
    index(f.ruleId),
    f.severity === 'error' ? 1 : 0,
    f.line,
    f.column,
    f.endLine,
    f.endColumn,
    index(f.message),
    // What the result model carries besides: the docs link of this version, the fingerprints
    // SARIF reports, and the fix that JSON and --fix use.
    index(f.url),
    f.fingerprint ?? '',
    f.lineHash ?? '',
    f.fix ? JSON.stringify(f.fix) : '',
  ]);
  return JSON.stringify([strings, rows]);
}

/** The findings of a compact block, checked; a block this tool did not write is `DamagedCacheError`. */
export function findingsOfBlock(block: Uint8Array, totals: Totals, file: string): Finding[] {
  const damaged = () =>
    new DamagedCacheError(
      `the cache file ${file} holds findings this tool did not write, under a valid checksum: delete it.`,
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(block.buffer, block.byteOffset, block.byteLength).toString('utf8'));
  } catch {
    throw damaged();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw damaged();
  const [strings, rows] = parsed as unknown[];
  if (!Array.isArray(strings) || !Array.isArray(rows) || !strings.every((s) => typeof s === 'string')) throw damaged();
  const ruleIds: (boolean | undefined)[] = [];
  const findings: Finding[] = [];
  for (const row of rows) {
    const finding = findingOf(row, strings as string[], ruleIds);
    if (!finding) throw damaged();
    findings.push(finding);
  }
  const counted = countFindings(findings);
  if (counted.errors !== totals.errors || counted.warnings !== totals.warnings) throw damaged();
  return findings;
}

// Looked up, not imported by name: Node before 20.15 has no `crc32`.
const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/**
 * The file's checksum, which finds damage (a truncated or edited file), not forgery (anyone who
 * can write the file can compute any checksum): CRC-32 (`zlib.crc32`, Node 20.15 and 22.2), 1.5 ms
 * for 6 MB on the benchmark's machine against 3.5 ms for SHA-256; SHA-256 on a Node without it.
 */
const checksumOf = (data: Uint8Array): string => (crc32 ? `crc32-${crc32(data).toString(16)}` : hash('sha256', data));

const HASH = /^[0-9a-f]{128}$/;
const isStamp = (value: unknown): value is FileStamp =>
  Array.isArray(value) && value.length === 5 && value.every((n) => typeof n === 'number' && Number.isFinite(n));
const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

/** The entries of a cache file, or undefined when any part of it fails a check. */
export function readEntries(
  file: Uint8Array,
  version: string,
  settings: string,
  name = 'the cache file',
): Map<string, Entry> | undefined {
  try {
    const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
    const newline = bytes.indexOf(0x0a);
    if (newline === -1) return undefined;
    const header = JSON.parse(bytes.toString('utf8', 0, newline)) as Record<string, unknown>;
    if (header.marker !== MARKER || header.format !== FORMAT || header.version !== version) return undefined;
    if (header.settings !== settings) return undefined;
    const body = bytes.subarray(newline + 1);
    if (header.checksum !== checksumOf(body)) return undefined;
    const end = body.indexOf(0x0a);
    if (end === -1) return undefined;
    const rows = JSON.parse(body.toString('utf8', 0, end)) as unknown;
    if (!Array.isArray(rows)) return undefined;
    const blocks = body.subarray(end + 1);
    const blockAt = (at: unknown, length: unknown): Uint8Array | undefined | false => {
      if (!isCount(at) || !isCount(length) || at + length > blocks.length) return false;
      return length === 0 ? undefined : blocks.subarray(at, at + length);
    };
    const entries = new Map<string, Entry>();
    for (const row of rows) {
      if (!Array.isArray(row) || row.length !== 10) return undefined;
      const [path, digest, stamp, error, errors, warnings, jsonAt, jsonLength, at, length] = row as unknown[];
      if (typeof path !== 'string' || typeof digest !== 'string' || !HASH.test(digest)) return undefined;
      if (stamp !== null && !isStamp(stamp)) return undefined;
      const common = { digest, stamp: stamp ?? undefined };
      if (typeof error === 'string') {
        entries.set(path, { ...common, outcome: { error }, json: undefined });
        continue;
      }
      const [json, block] = [blockAt(jsonAt, jsonLength), blockAt(at, length)];
      if (error !== null || !isCount(errors) || !isCount(warnings) || json === false || !block) return undefined;
      // What JSON output writes as it is: the checksum says it is the text this tool wrote.
      if (json && (json[0] !== 0x5b || json[json.length - 1] !== 0x5d)) return undefined;
      const totals = { errors, warnings };
      const load = () => findingsOfBlock(block, totals, name);
      entries.set(path, { ...common, outcome: { totals, load, block }, json });
    }
    return entries;
  } catch {
    return undefined;
  }
}

const isPosition = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 1;
const RULE_ID = /^[a-z][a-z0-9-]*$/;

/** A finding rebuilt from its stored array, or undefined if anything in it is malformed. */
function findingOf(item: unknown, strings: readonly string[], ruleIds: (boolean | undefined)[]): Finding | undefined {
  if (!Array.isArray(item) || item.length !== 11) return undefined;
  const [rule, severity, line, column, endLine, endColumn, message, link, fingerprint, lineHash, fix] =
    item as unknown[];
  const ruleId = Number.isSafeInteger(rule) ? strings[rule as number] : undefined;
  const text = Number.isSafeInteger(message) ? strings[message as number] : undefined;
  const url = Number.isSafeInteger(link) ? strings[link as number] : undefined;
  if (ruleId === undefined || text === undefined || url === undefined) return undefined;
  // Each string of the table is checked as a rule id once, not once per finding.
  if (!(ruleIds[rule as number] ??= RULE_ID.test(ruleId))) return undefined;
  if (typeof fingerprint !== 'string' || typeof lineHash !== 'string' || typeof fix !== 'string') return undefined;
  const parsedFix = fix === '' ? undefined : (JSON.parse(fix) as Finding['fix']);
  if (parsedFix !== undefined && !Array.isArray(parsedFix?.edits)) return undefined;
  if (severity !== 0 && severity !== 1) return undefined;
  if (!isPosition(line) || !isPosition(column) || !isPosition(endLine) || !isPosition(endColumn)) return undefined;
  const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
    ruleId,
    severity: severity === 1 ? 'error' : 'warning',
    line,
    column,
    endLine,
    endColumn,
    message: text,
    url,
  };
  if (fingerprint) finding.fingerprint = fingerprint;
  if (lineHash) finding.lineHash = lineHash;
  if (parsedFix) finding.fix = parsedFix;
  return finding;
}
