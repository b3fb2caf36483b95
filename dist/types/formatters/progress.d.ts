import type { PlanDelta, DeltaItem } from '../core/delta.js';
import { type Pace } from '../core/pace.js';
import type { ProgressSummary } from '../core/progress.js';
/** The contract's `progress --json` shape (with `pace` when given). */
export declare function toProgressJson(path: string, summary: ProgressSummary, pace?: Pace): {
    pace?: {
        firstDone: string | null;
        lastDone: string | null;
        perDay: number | null;
        estimatedDone: string | null;
        sinceLastDone: string | null;
    } | undefined;
    path: string;
    title: string | null;
    total: number;
    completed: number;
    partial: number;
    remaining: number;
    percent: number;
    items: {
        completed?: string | undefined;
        remaining?: string | undefined;
        line: number;
        text: string;
        status: import("../core/progress.js").ItemStatus;
        timestamp: string | null;
    }[];
    next: {
        line: number;
        text: string;
        status: import("../core/progress.js").ItemStatus;
    } | null;
};
/** A text progress bar: `██████░░░░`. */
export declare function progressBar(done: number, total: number, width?: number): string;
/** What the format's parse_progress script shows, readable in a terminal. */
export declare function formatProgress(path: string, summary: ProgressSummary, colour?: boolean, pace?: Pace): string;
/** The contract's `delta --json` shape (plus `new`). */
export declare function toDeltaJson(delta: PlanDelta): {
    base: import("../core/delta.js").Counts;
    head: import("../core/delta.js").Counts;
    new: boolean;
    completed: {
        line: number;
        text: string;
    }[];
    reopened: {
        line: number;
        text: string;
    }[];
    added: {
        line: number;
        text: string;
    }[];
    removed: {
        line: number;
        text: string;
    }[];
    reworded: {
        line: number;
        text: string;
        baseLine: number;
        baseText: string;
    }[];
};
/**
 * The delta with every item in one list only, as text outputs show it: completed (new ones
 * marked), reopened, reworded (neither completed nor reopened), added (not done), removed.
 */
export declare function listEachOnce(delta: PlanDelta): {
    completed: DeltaItem[];
    reopened: DeltaItem[];
    reworded: import("../core/delta.js").RewordedItem[];
    added: DeltaItem[];
    removed: DeltaItem[];
};
/** One line: `+2 done, +1 added, 1 reopened, 1 reworded, 1 removed` (or `no change`); each item counted once. */
export declare function describeChange(delta: PlanDelta): string;
/** A text cut to `max` characters with an ellipsis, for the brief `old → new` of a reworded item. */
export declare function brief(text: string, max?: number): string;
export declare function formatDelta(basePath: string, headPath: string, delta: PlanDelta, colour?: boolean): string;
/** A span of time in words, for "last done 2 hours ago". */
export declare function ago(ms: number): string;
/**
 * The pace in one line: `5 done in 3 days, 1.7 a day; 3 left: about 2 days, around 2026-12-04;
 * last done 2 hours ago`; the parts the estimator cannot know are left out.
 */
export declare function describePace(pace: Pace): string;
