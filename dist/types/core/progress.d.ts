import { type CheckboxItem, type Plan, type PlanHeading, type Section } from './plan.js';
import { type ItemTimestamp } from './timestamps.js';
export type ItemStatus = 'done' | 'partial' | 'todo';
export interface ProgressItem {
    readonly line: number;
    /** The item's text without its leading timestamp and `(completed: …; remaining: …)` tail. */
    readonly text: string;
    readonly status: ItemStatus;
    readonly timestamp: string | null;
    readonly completed?: string;
    readonly remaining?: string;
    /** Milestone the item names (`Milestone 2: …`), if any. */
    readonly milestone?: string;
    readonly item: CheckboxItem;
    readonly stamp: ItemTimestamp;
}
export interface ProgressSummary {
    readonly title: string | null;
    readonly total: number;
    readonly completed: number;
    readonly partial: number;
    readonly remaining: number;
    readonly percent: number;
    readonly items: readonly ProgressItem[];
    readonly next: ProgressItem | null;
}
export declare function progressSection(plan: Plan, names?: readonly string[]): Section | undefined;
/** The Progress items: checkbox items anywhere in the Progress section, subsections included. */
export declare function progressItems(plan: Plan, section?: Section | undefined): ProgressItem[];
export declare function toProgressItem(item: CheckboxItem): ProgressItem;
export declare function summariseProgress(plan: Plan, names?: readonly string[]): ProgressSummary;
/** The level-1 heading the plan starts with, if it does. */
export declare function titleOf(plan: Plan): PlanHeading | undefined;
