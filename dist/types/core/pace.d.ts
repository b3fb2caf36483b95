import type { ProgressSummary } from './progress.js';
/**
 * The pace of a plan, from the timestamps of its done items ("Use timestamps to measure rates of
 * progress", the format says). The estimator:
 *
 * - `firstDone` and `lastDone` are the earliest and the latest timestamp of a done item, as the
 *   items give them (a date alone counts as its midnight UTC, a time with no zone as UTC);
 * - `days` counts the calendar days (UTC) from the first to the last, both included, and
 *   `perDay` is the number of dated done items over `days`, to one decimal;
 * - `estimatedDone` is the date when the items not done (to do and partial) would be done at that
 *   rate, counted from today (or from the last completion, if that is later): today plus
 *   `ceil(left / rate)` days;
 * - `sinceLastDone` is the time from the last completion to now, as an ISO 8601 duration in whole
 *   minutes (`PT2H`, `P3DT4H30M`).
 *
 * It says nothing (null) where it cannot know: all of it with no dated done item; `perDay` and
 * `estimatedDone` when the dated completions fall on fewer than two different days;
 * `estimatedDone` when nothing is left; `estimatedDone` and `sinceLastDone` when the dates are out
 * of order, that is a completion is dated after now.
 */
export interface Pace {
    readonly firstDone: string | null;
    readonly lastDone: string | null;
    readonly perDay: number | null;
    readonly estimatedDone: string | null;
    readonly sinceLastDone: string | null;
    /** Done items with a timestamp. */
    readonly dated: number;
    /** Calendar days from the first completion to the last, both included (0 when none). */
    readonly days: number;
    /** Items not done. */
    readonly left: number;
    /** Days the items left would take at `perDay`, rounded up; null when `estimatedDone` is. */
    readonly daysLeft: number | null;
    /** Milliseconds from the last completion to now; null when `sinceLastDone` is. */
    readonly sinceLastDoneMs: number | null;
}
/** Milliseconds since the epoch of a normalised item timestamp, read as UTC when it has no zone. */
export declare function timestampMs(iso: string): number;
/** An ISO 8601 duration in whole minutes: `PT0M`, `PT2H`, `P3DT4H30M`. */
export declare function isoDuration(ms: number): string;
export declare function paceOf(summary: ProgressSummary, now: Date): Pace;
/** The contract's `pace` object. */
export declare const paceJson: (pace: Pace) => {
    firstDone: string | null;
    lastDone: string | null;
    perDay: number | null;
    estimatedDone: string | null;
    sinceLastDone: string | null;
};
