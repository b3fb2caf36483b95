import type { Plan } from './plan.js';
import { type ItemStatus, type ProgressItem, type ProgressSummary } from './progress.js';
import type { SectionNames } from './sections.js';
export interface DeltaItem {
    readonly line: number;
    readonly text: string;
    readonly timestamp?: string | null;
    /** The item has no counterpart in the base (it is also in `added`). */
    readonly isNew?: boolean;
}
/** An item whose text changed between the versions: the same item, reworded. */
export interface RewordedItem extends DeltaItem {
    readonly baseLine: number;
    readonly baseText: string;
    /** Its status in the head version. */
    readonly status: ItemStatus;
}
export interface Counts {
    readonly total: number;
    readonly completed: number;
    readonly percent: number;
}
/** The progress change of one plan from its base version to its head version. */
export interface PlanDelta {
    readonly base: Counts;
    readonly head: Counts;
    /** Whether the plan is absent at the base. */
    readonly new: boolean;
    readonly completed: DeltaItem[];
    readonly reopened: DeltaItem[];
    readonly added: DeltaItem[];
    readonly removed: DeltaItem[];
    /** Items with a counterpart whose text changed (a completed one is also in `completed`). */
    readonly reworded: RewordedItem[];
}
/**
 * The text items are compared by: without timestamp and partial tail, a leading separator,
 * white space folded, case and a final full stop ignored (see `item-identity.ts`).
 */
export declare const itemKey: (item: ProgressItem) => string;
/** Compares Progress between two versions; a missing base means the plan is new. */
export declare function progressDelta(base: Plan | undefined, head: Plan, sections?: SectionNames): PlanDelta;
/** The same comparison, from Progress summaries already made. */
export declare function compareProgress(baseSummary: ProgressSummary | undefined, headSummary: ProgressSummary): PlanDelta;
