import type { PlanDelta } from './delta.js';
import { type Pace } from './pace.js';
import type { ItemStatus, ProgressSummary } from './progress.js';
import type { Finding } from './rule.js';
/**
 * What validating one plan produced: the one model that every formatter, the comment, the check
 * run, the job summary, the outputs and the JSON report read.
 */
export interface PlanResult {
    /** Repository-relative (or as given), with forward slashes. */
    readonly path: string;
    /** The path at the base, when the change renamed the plan. */
    readonly previousPath?: string;
    readonly title?: string | null;
    readonly findings: readonly Finding[];
    /**
     * `findings` counted by severity, when they are known before the findings are read (a plan
     * from `validate --cache`, whose findings are rebuilt only when read): `totalsOf` takes them.
     */
    readonly findingCounts?: Totals;
    /** Why the plan could not be validated (unreadable, not text, beyond the limits); it then has no findings. */
    readonly error?: string;
    /** Progress at this version, when it was measured. */
    readonly progress?: ProgressDigest;
    /** The progress change from the base version, when there is one to compare with. */
    readonly delta?: PlanDelta;
    /** Something the reader should know about how the plan was compared, e.g. an unreadable base. */
    readonly note?: string;
    /** Whether it was compared with a base version: every finding has `baselineState`. */
    readonly baselined?: boolean;
    /** The pace of its Progress (`progress --json`'s `pace`), when it was measured. */
    readonly pace?: Pace;
    /** No Progress section was recognised, but this heading holds checkbox items (see `plan-outline.ts`). */
    readonly unmappedProgress?: {
        readonly heading: string;
        readonly items: number;
    };
}
export interface Totals {
    readonly errors: number;
    readonly warnings: number;
}
/** Counts findings by severity. */
export declare function countFindings(findings: readonly Finding[]): Totals;
/**
 * The one counting rule: a plan's findings by severity, and a plan that could not be validated
 * counts as one error (it can never pass unseen).
 */
export declare function totalsOf(result: PlanResult): Totals;
/** The totals of several plans: the sum of `totalsOf` over them. */
export declare function totalsOfAll(results: readonly PlanResult[]): Totals;
/**
 * The counts with the new ones among them: a finding is new when its `baselineState` is `new`,
 * and a plan that could not be validated counts as one new error: nothing shows it was there
 * before. `unchanged` is the rest. The one rule for new counts: JSON, stylish, the action.
 */
export interface FindingCounts extends Totals {
    readonly newErrors: number;
    readonly newWarnings: number;
}
export declare function countsOf(result: PlanResult): FindingCounts;
export declare function countsOfAll(results: readonly PlanResult[]): FindingCounts;
/** What `fail-on` counts: every finding, or with `onlyNew` only those the change introduced. */
export declare function failingTotals(results: readonly PlanResult[], onlyNew: boolean): Totals;
/**
 * The two progress numbers, named apart everywhere they are shown: `completedInChange`, the
 * items this change completed (the deltas' `completed`), and `doneAtHead` of `totalAtHead`, the
 * items done at the head version (the `completed` and `total` outputs).
 */
export interface ProgressTotals {
    readonly completedInChange: number;
    readonly doneAtHead: number;
    readonly totalAtHead: number;
}
export declare function progressTotalsOfAll(results: readonly PlanResult[]): ProgressTotals;
/** Whether a result holds an error: what fails a validation run. */
export declare const hasErrors: (result: PlanResult) => boolean;
/** What reports show of a plan's Progress: plain data, so that results of many plans stay small. */
export interface ProgressDigest {
    readonly total: number;
    readonly completed: number;
    readonly percent: number;
    readonly next: {
        readonly text: string;
        readonly status: ItemStatus;
        readonly remaining?: string;
    } | null;
    /** Per milestone named by Progress items (`Milestone 2: …`), in order of first mention. */
    readonly milestones: readonly {
        readonly name: string;
        readonly done: number;
        readonly total: number;
    }[];
    /** Dated completions per UTC day (`2026-11-28`), in date order: the pace chart's data. */
    readonly completions?: readonly {
        readonly date: string;
        readonly count: number;
    }[];
}
export declare function digestProgress(summary: ProgressSummary): ProgressDigest;
