import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixText } from '../../src/core/fix.js';
import { lintPlan } from '../../src/core/lint.js';
import type { Finding } from '../../src/core/rule.js';
import { lineText } from '../../src/core/source.js';

/**
 * Results that several test files compute on the same corpus plans (a plan's findings, its fixed
 * text), made once in a run of Jest and kept for the other files of the run, in the run's own
 * temporary folder (made by global-setup.mjs, removed by global-teardown.mjs; without it, as when
 * a script imports this, nothing is kept). Each is keyed by the content of everything it depends
 * on: the engine's sources, the template, the dependencies' lock file, this file, the Node
 * version, what is computed and its input; so a kept result is the one the test would compute.
 *
 * A result is kept as JSON: what reads it must use only what JSON keeps (a property whose value
 * is `undefined` is left out, which `toEqual` does not tell apart).
 */
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

const filesBelow = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();

let sources: string | undefined;
/** The hash of everything a kept result depends on besides its input. */
function sourcesHash(): string {
  if (sources === undefined) {
    const hash = createHash('sha256').update(process.version);
    const files = [
      ...filesBelow(join(root, 'src')),
      ...filesBelow(join(root, 'templates')),
      join(root, 'package-lock.json'),
      fileURLToPath(import.meta.url),
    ];
    for (const file of files) hash.update(`\0${file.slice(root.length)}\0`).update(readFileSync(file));
    sources = hash.digest('hex');
  }
  return sources;
}

/**
 * The result of `compute` for `input`: kept from a file before in this run, or computed and kept.
 * The same `kind` must always name the same computation. Either way the result has been through JSON.
 */
export function sharedResult<T>(kind: string, input: unknown, compute: () => T): T {
  const folder = process.env.EXECPLAN_TEST_RESULTS;
  if (!folder) return JSON.parse(JSON.stringify(compute())) as T;
  const key = createHash('sha256')
    .update(sourcesHash())
    .update(`\0${kind}\0`)
    .update(JSON.stringify(input))
    .digest('hex');
  const path = join(folder, `${key}.json`);
  let kept: string | undefined;
  try {
    kept = readFileSync(path, 'utf8');
  } catch {
    // Not computed yet in this run.
  }
  if (kept === undefined) {
    kept = JSON.stringify(compute());
    try {
      // Written whole under another name, then renamed: a reader never sees part of a result.
      const partial = `${path}.${process.pid}.tmp`;
      writeFileSync(partial, kept);
      renameSync(partial, path);
    } catch {
      // Not kept: only a later reader's time is lost.
    }
  }
  return JSON.parse(kept) as T;
}

export interface LintWithLines {
  readonly findings: Finding[];
  /** The text of each finding's line, in the plan as the engine read it. */
  readonly lineTexts: string[];
}

/** A plan's findings with default settings (and its base, for a pair's head), with their lines' text. */
export function lintWithLines(text: string, base?: string): LintWithLines {
  const { plan, findings } = lintPlan(text, base === undefined ? {} : { base });
  return { findings, lineTexts: findings.map((f) => lineText(plan.source, f.line)) };
}

/** `lintWithLines`, made once for all the test files that read it. */
export const sharedLint = (text: string, base?: string): LintWithLines =>
  sharedResult('lintWithLines', [text, base ?? null], () => lintWithLines(text, base));

const template = readFileSync(join(root, 'templates', 'plan.md'), 'utf8');

/**
 * The text `fixText` makes of a plan with the template (as `validate --fix` runs it), made once
 * for all the test files that read it. `known`: the same text, computed already by the caller.
 */
export const sharedFixedText = (raw: string, known?: () => string): string =>
  sharedResult('fixText with the template', raw, known ?? (() => fixText(raw, { template }).text));
