import * as zlib from 'node:zlib';
import type { Finding } from '../core/rule.js';
import { countFindings, type Totals } from '../core/result.js';
import type { FileStamp } from '../io/plan-files.js';
import { DamagedCacheError } from './cache-location.js';

/**
 * The bytes of `validate --cache`'s file (see `cache.ts` for what it is for): a header line (a
 * marker, the format, the tool's version, the settings and a checksum of the rest), one line of
 * JSON with a row per plan (path, digest, stamp, its error or its counts of errors and warnings,
 * and where its two blocks are), then the blocks: each plan's findings as the JSON report writes
 * them, and as compact arrays with a table of their strings.
 */
const MARKER = 'execplan-validate-cache';
const FORMAT = 7;
/** The hash of each plan's bytes: BLAKE2b, built into OpenSSL. */
export const DIGEST = 'blake2b512';
/** node:crypto, loaded when first needed: a warm run that reads no plan hashes nothing. */
let crypto: typeof import('node:crypto') | undefined;
export const hash = (algorithm: string, data: string | Uint8Array): string =>
  (crypto ??= process.getBuiltinModule('node:crypto')).createHash(algorithm).update(data).digest('hex');

/**
 * What the cache holds of a plan: why it could not be validated, or its findings, either as
 * objects (validated in this run) or still as the stored block (`load` rebuilds and checks them).
 */
export type CachedOutcome =
  | { readonly error: string }
  | { readonly totals: Totals; readonly findings: readonly Finding[] }
  | { readonly totals: Totals; readonly load: () => Finding[]; readonly block: Uint8Array };

export interface Entry {
  /** The hash of the plan's bytes. */
  readonly digest: string;
  /** The file as it was read, when it had been still long enough to trust (see `settled`). */
  readonly stamp: FileStamp | undefined;
  readonly outcome: CachedOutcome;
  /** The findings as the JSON report writes them (`findingsJson`), UTF-8. */
  readonly json: Uint8Array | undefined;
}

/** The whole file for these entries. Blocks read from an older file are written back as they were. */
export function cacheFileBytes(entries: ReadonlyMap<string, Entry>, version: string, settings: string): Buffer {
  const blocks: Uint8Array[] = [];
  let offset = 0;
  const place = (block: Uint8Array | undefined): [number, number] => {
    if (!block || block.length === 0) return [0, 0];
    blocks.push(block);
    offset += block.length;
    return [offset - block.length, block.length];
  };
  const rows = [...entries].map(([path, { digest, stamp, outcome, json }]) => {
    const head = [path, digest, stamp ?? null];
    if ('error' in outcome) return [...head, outcome.error, 0, 0, 0, 0, 0, 0];
    const block = 'block' in outcome ? outcome.block : Buffer.from(compactBlock(outcome.findings));
    return [...head, null, outcome.totals.errors, outcome.totals.warnings, ...place(json), ...place(block)];
  });
  const body = Buffer.concat([Buffer.from(JSON.stringify(rows) + '\n'), ...blocks]);
  const header = JSON.stringify({ marker: MARKER, format: FORMAT, version, checksum: checksumOf(body), settings });
  return Buffer.concat([Buffer.from(`${header}\n`), body]);
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
    new DamagedCacheError(`the cache file ${file} holds findings this tool did not write, under a valid checksum`);
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
