/**
 * The library API of the `execplan` package: `import { lint, progress, delta, loadConfig } from
 * 'execplan'`. Plain functions over text that return the contract's JSON shapes (those of
 * `validate --format json`, `progress --json` and `delta --json`); no file system, network or
 * environment, and nothing happens on import. Built to `dist/lib/index.js` with its declarations
 * in `dist/types/lib.d.ts` (scripts/build.mjs). The shapes below are stable within a major version.
 */
import { lintAgainstBase, withFingerprints } from './core/baseline.js';
import { parseConfig } from './core/config.js';
import { progressDelta } from './core/delta.js';
import { DEFAULT_DOCS_BASE_URL } from './core/docs-url.js';
import { lintPlan } from './core/lint.js';
import { PlanLimitError } from './core/limits.js';
import { paceOf } from './core/pace.js';
import { parsePlan } from './core/plan.js';
import { summariseProgress } from './core/progress.js';
import type { PlanResult } from './core/result.js';
import { DEFAULT_SETTINGS, type LintSettings } from './core/settings.js';
import { toJsonReport } from './formatters/json.js';
import { toDeltaJson, toProgressJson } from './formatters/progress.js';
// Parses plans: micromark for the text the fast parser leaves to it (see `MicromarkNotLoaded`).
import './core/micromark.js';

export { ConfigError, CONFIG_FILE_NAMES } from './core/config.js';
export { loadConfigFrom, type ConfigStore, type LoadedConfig } from './core/config-discovery.js';
export { repositoryWebUrl, rulesDocsBase } from './core/docs-url.js';
export { RULE_IDS } from './core/rules/index.js';
export { DEFAULT_SETTINGS, type LintSettings };

/** Settings from `loadConfig`; `DEFAULT_SETTINGS` when a repository has no configuration file. */
export type Config = LintSettings;

export type Severity = 'error' | 'warning';

/** One finding, as `validate --format json` writes it. */
export interface JsonFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** 1-based, as are the columns; `endColumn` is one past the last character. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
  /** The rule's docs page. */
  readonly url: string;
  /** Only with `base`: whether the base version already had this finding. */
  readonly baselineState?: 'new' | 'unchanged';
  readonly fingerprint?: string;
}

/** One plan's entry of `validate --format json`. */
export interface LintReport {
  readonly path: string;
  readonly errors: number;
  readonly warnings: number;
  /** Only with `base`: the findings the base version did not have. */
  readonly newErrors?: number;
  readonly newWarnings?: number;
  /** Why the plan could not be validated (beyond the engine's limits); it then has no findings. */
  readonly error?: string;
  /** Sorted by line, then column, then rule id. */
  readonly findings: readonly JsonFinding[];
}

export interface LintOptions {
  /** The path to report (default `plan.md`). */
  readonly path?: string;
  /** From `loadConfig`; the built-in defaults when absent. */
  readonly config?: Config;
  /** Every warning counts as an error. */
  readonly strict?: boolean;
  /** The base version's text: enables `revision-note` and each finding's `baselineState`. */
  readonly base?: string;
  /** Where the findings' `url`s point: the folder URL of the rule pages, ending in `/`. */
  readonly docsBaseUrl?: string;
}

/** Validates one plan's text. Never throws for a plan: one beyond the limits comes back with `error`. */
export function lint(text: string, options: LintOptions = {}): LintReport {
  const path = options.path ?? 'plan.md';
  const settings = options.config ?? DEFAULT_SETTINGS;
  const lintOptions = {
    settings,
    strict: options.strict ?? false,
    docsBaseUrl: options.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL,
  };
  let result: PlanResult;
  try {
    if (options.base === undefined) {
      const linted = lintPlan(text, lintOptions);
      result = { path, findings: withFingerprints(linted.plan, linted.findings) };
    } else {
      result = { path, findings: lintAgainstBase(text, options.base, lintOptions).findings, baselined: true };
    }
  } catch (error) {
    if (!(error instanceof PlanLimitError)) throw error;
    result = { path, findings: [], error: error.message };
  }
  return toJsonReport([result]).files[0] as LintReport;
}

export type ItemStatus = 'done' | 'partial' | 'todo';

export interface ProgressItemJson {
  readonly line: number;
  readonly text: string;
  readonly status: ItemStatus;
  /** UTC ISO 8601 where time and zone are known, otherwise as far as known; null when undated. */
  readonly timestamp: string | null;
  /** Only for partial items: the `(completed: …; remaining: …)` tail. */
  readonly completed?: string;
  readonly remaining?: string;
}

export interface PaceJson {
  readonly firstDone: string | null;
  readonly lastDone: string | null;
  readonly perDay: number | null;
  readonly estimatedDone: string | null;
  readonly sinceLastDone: string | null;
}

/** The shape of `progress --json`. */
export interface ProgressReport {
  readonly path: string;
  readonly title: string | null;
  readonly total: number;
  readonly completed: number;
  readonly partial: number;
  readonly remaining: number;
  readonly percent: number;
  readonly items: readonly ProgressItemJson[];
  readonly next: { readonly line: number; readonly text: string; readonly status: ItemStatus } | null;
  readonly pace: PaceJson;
}

export interface ProgressOptions {
  readonly path?: string;
  readonly config?: Config;
  /** The time `pace.sinceLastDone` counts to (default: now). */
  readonly now?: Date;
}

/** A plan's Progress: what `execplan progress --json` prints. */
export function progress(text: string, options: ProgressOptions = {}): ProgressReport {
  const settings = options.config ?? DEFAULT_SETTINGS;
  const summary = summariseProgress(parsePlan(text), settings.sections.Progress);
  const report = toProgressJson(options.path ?? 'plan.md', summary, paceOf(summary, options.now ?? new Date()));
  return report as unknown as ProgressReport;
}

export interface DeltaItemJson {
  readonly line: number;
  readonly text: string;
}

/** The shape of `delta --json`. */
export interface DeltaReport {
  readonly base: { readonly total: number; readonly completed: number; readonly percent: number };
  readonly head: { readonly total: number; readonly completed: number; readonly percent: number };
  /** The plan is new: there was no base version. */
  readonly new: boolean;
  readonly completed: readonly DeltaItemJson[];
  readonly reopened: readonly DeltaItemJson[];
  readonly added: readonly DeltaItemJson[];
  readonly removed: readonly DeltaItemJson[];
  readonly reworded: readonly (DeltaItemJson & { readonly baseLine: number; readonly baseText: string })[];
}

/** What moved in Progress from `base` (null: a new plan) to `head`: what `execplan delta --json` prints. */
export function delta(base: string | null, head: string, options: { readonly config?: Config } = {}): DeltaReport {
  const settings = options.config ?? DEFAULT_SETTINGS;
  const result = progressDelta(base === null ? undefined : parsePlan(base), parsePlan(head), settings.sections);
  return toDeltaJson(result) as DeltaReport;
}

/**
 * Settings from a configuration file's text (`.execplan.json`, `.execplan.yml` or
 * `.execplan.yaml`; `file` names it in messages and chooses JSON or YAML). Throws `ConfigError`
 * naming the file, the line and the key for an unknown rule, key or severity.
 */
export function loadConfig(text: string, file = '.execplan.json'): Config {
  return parseConfig(text, file);
}
