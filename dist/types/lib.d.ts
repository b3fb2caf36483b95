import { DEFAULT_SETTINGS, type LintSettings } from './core/settings.js';
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
export declare function lint(text: string, options?: LintOptions): LintReport;
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
    readonly next: {
        readonly line: number;
        readonly text: string;
        readonly status: ItemStatus;
    } | null;
    readonly pace: PaceJson;
}
export interface ProgressOptions {
    readonly path?: string;
    readonly config?: Config;
    /** The time `pace.sinceLastDone` counts to (default: now). */
    readonly now?: Date;
}
/** A plan's Progress: what `execplan progress --json` prints. */
export declare function progress(text: string, options?: ProgressOptions): ProgressReport;
export interface DeltaItemJson {
    readonly line: number;
    readonly text: string;
}
/** The shape of `delta --json`. */
export interface DeltaReport {
    readonly base: {
        readonly total: number;
        readonly completed: number;
        readonly percent: number;
    };
    readonly head: {
        readonly total: number;
        readonly completed: number;
        readonly percent: number;
    };
    /** The plan is new: there was no base version. */
    readonly new: boolean;
    readonly completed: readonly DeltaItemJson[];
    readonly reopened: readonly DeltaItemJson[];
    readonly added: readonly DeltaItemJson[];
    readonly removed: readonly DeltaItemJson[];
    readonly reworded: readonly (DeltaItemJson & {
        readonly baseLine: number;
        readonly baseText: string;
    })[];
}
/** What moved in Progress from `base` (null: a new plan) to `head`: what `execplan delta --json` prints. */
export declare function delta(base: string | null, head: string, options?: {
    readonly config?: Config;
}): DeltaReport;
/**
 * Settings from a configuration file's text (`.execplan.json`, `.execplan.yml` or
 * `.execplan.yaml`; `file` names it in messages and chooses JSON or YAML). Throws `ConfigError`
 * naming the file, the line and the key for an unknown rule, key or severity.
 */
export declare function loadConfig(text: string, file?: string): Config;
