import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Finding } from '../core/rule.js';
import type { LintJob, LintOutcome } from './lint-outcome.js';

/**
 * The cache of `validate --cache`: for each plan file (by absolute path), the key of what was
 * validated and the outcome. The key is a BLAKE2b hash of the plan's bytes, the settings (from the
 * configuration), `--strict`, the base version's text if any, the docs link and the tool's version, so an entry
 * is used only when nothing that could change its findings has changed.
 *
 * The file is one header line (a marker, the format, the tool's version and a SHA-256 checksum of
 * the rest) and one line of JSON: a table of strings and one row per plan. A file that is not ours, of another version or format,
 * truncated, edited or holding anything that is not a well-formed outcome is ignored as a whole
 * and rebuilt: the cache is never trusted further than it can be checked.
 */
export const DEFAULT_CACHE_LOCATION = join('node_modules', '.cache', 'execplan');
/** The file inside a cache folder; a `--cache-location` ending in `.json` names the file itself. */
export const CACHE_FILE_NAME = 'validate-cache.json';
const MARKER = 'execplan-validate-cache';
const FORMAT = 4;
/** The hash of each plan's key: BLAKE2b, built into OpenSSL, hashes plan text about twice as fast as SHA-256. */
const KEY_HASH = 'blake2b512';

interface Entry {
  readonly key: string;
  readonly outcome: LintOutcome;
}

export function cacheFilePath(cwd: string, location: string = DEFAULT_CACHE_LOCATION): string {
  const path = resolve(cwd, location);
  return path.endsWith('.json') ? path : join(path, CACHE_FILE_NAME);
}

export class ValidationCache {
  private readonly entries: Map<string, Entry>;
  private readonly common: string;
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly version: string,
    job: LintJob,
    entries: Map<string, Entry>,
  ) {
    this.entries = entries;
    const base = job.base === undefined ? '-' : sha256(job.base);
    this.common = JSON.stringify([MARKER, FORMAT, version, job.settings, job.strict, base, job.docsBaseUrl ?? null]);
  }

  /** Opens the cache file, or starts an empty cache when it is missing or cannot be trusted. */
  static async open(file: string, version: string, job: LintJob): Promise<ValidationCache> {
    const text = await readFile(file, 'utf8').catch(() => undefined);
    return new ValidationCache(file, version, job, (text !== undefined && readEntries(text, version)) || new Map());
  }

  /** The key of one plan's text under this run's settings, base and version. */
  keyOf(content: Uint8Array | string): string {
    return createHash(KEY_HASH).update(this.common).update('\0').update(content).digest('hex');
  }

  /** The cached outcome of `path`, if it was validated with this very key. */
  get(path: string, key: string): LintOutcome | undefined {
    const entry = this.entries.get(path);
    return entry?.key === key ? entry.outcome : undefined;
  }

  set(path: string, key: string, outcome: LintOutcome): void {
    this.entries.set(path, { key, outcome });
    this.changed = true;
  }

  /**
   * Writes the cache if it changed, through a temporary file renamed over it. Findings are stored
   * as arrays, with rule ids and messages in one table of strings: a warm run reads this file
   * whole, and its size is most of that run's time.
   */
  async save(): Promise<void> {
    if (!this.changed) return;
    const strings: string[] = [];
    const indexes = new Map<string, number>();
    const index = (text: string): number => {
      let at = indexes.get(text);
      if (at === undefined) indexes.set(text, (at = strings.push(text) - 1));
      return at;
    };
    const rows = [...this.entries].map(([path, { key, outcome }]) =>
      'error' in outcome
        ? [path, key, outcome.error]
        : [
            path,
            key,
            outcome.findings.map((f) => [
              index(f.ruleId),
              f.severity === 'error' ? 1 : 0,
              f.line,
              f.column,
              f.endLine,
              f.endColumn,
              index(f.message),
              // What the result model carries besides: the docs link of this version, the
              // fingerprints SARIF reports, and the fix that JSON and --fix use.
              index(f.url),
              f.fingerprint ?? '',
              f.lineHash ?? '',
              f.fix ? JSON.stringify(f.fix) : '',
            ]),
          ],
    );
    const body = JSON.stringify({ strings, rows });
    const header = JSON.stringify({ marker: MARKER, format: FORMAT, version: this.version, checksum: sha256(body) });
    await mkdir(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, `${header}\n${body}\n`);
    await rename(temporary, this.file);
    this.changed = false;
  }
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The entries of a cache file's text, or undefined when any part of it fails a check. */
export function readEntries(text: string, version: string): Map<string, Entry> | undefined {
  try {
    const newline = text.indexOf('\n');
    if (newline === -1) return undefined;
    const header = JSON.parse(text.slice(0, newline)) as Record<string, unknown>;
    const body = text.slice(newline + 1).replace(/\n$/, '');
    if (header.marker !== MARKER || header.format !== FORMAT || header.version !== version) return undefined;
    if (header.checksum !== sha256(body)) return undefined;
    const { strings, rows } = JSON.parse(body) as { strings: unknown; rows: unknown };
    if (!Array.isArray(strings) || !Array.isArray(rows) || !strings.every((s) => typeof s === 'string'))
      return undefined;
    const table = strings as string[];
    const ruleIds: (boolean | undefined)[] = [];
    const entries = new Map<string, Entry>();
    for (const row of rows) {
      if (!Array.isArray(row) || row.length !== 3) return undefined;
      const [path, key, value] = row as unknown[];
      if (typeof path !== 'string' || typeof key !== 'string' || !/^[0-9a-f]{128}$/.test(key)) return undefined;
      if (typeof value === 'string') {
        entries.set(path, { key, outcome: { error: value } });
        continue;
      }
      if (!Array.isArray(value)) return undefined;
      const findings: Finding[] = [];
      for (const item of value) {
        const finding = findingOf(item, table, ruleIds);
        if (!finding) return undefined;
        findings.push(finding);
      }
      entries.set(path, { key, outcome: { findings } });
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
