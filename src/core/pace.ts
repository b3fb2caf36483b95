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

const DAY = 86_400_000;

/** Milliseconds since the epoch of a normalised item timestamp, read as UTC when it has no zone. */
export function timestampMs(iso: string): number {
  const withZone = /Z$|[+-]\d{2}:?\d{2}$/.test(iso) ? iso : iso.length === 10 ? `${iso}T00:00:00Z` : `${iso}Z`;
  return Date.parse(withZone);
}

const utcDay = (ms: number): number => Math.floor(ms / DAY);
const dateOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** An ISO 8601 duration in whole minutes: `PT0M`, `PT2H`, `P3DT4H30M`. */
export function isoDuration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  const [d, h, m] = [Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60];
  const time = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}`;
  if (!d) return `PT${time || '0M'}`;
  return `P${d}D${time ? `T${time}` : ''}`;
}

export function paceOf(summary: ProgressSummary, now: Date): Pace {
  const left = summary.total - summary.completed;
  const stamps = summary.items
    .filter((i) => i.status === 'done' && i.timestamp !== null)
    .map((i) => ({ iso: i.timestamp as string, ms: timestampMs(i.timestamp as string) }))
    .filter((s) => Number.isFinite(s.ms));
  if (stamps.length === 0) {
    return {
      firstDone: null,
      lastDone: null,
      perDay: null,
      estimatedDone: null,
      sinceLastDone: null,
      dated: 0,
      days: 0,
      left,
      daysLeft: null,
      sinceLastDoneMs: null,
    };
  }
  const first = stamps.reduce((a, b) => (b.ms < a.ms ? b : a));
  const last = stamps.reduce((a, b) => (b.ms > a.ms ? b : a));
  const days = utcDay(last.ms) - utcDay(first.ms) + 1;
  const rate = days >= 2 ? stamps.length / days : null;
  const inOrder = last.ms <= now.getTime();
  const daysLeft = rate !== null && left > 0 && inOrder ? Math.ceil(left / rate) : null;
  const from = Math.max(utcDay(now.getTime()), utcDay(last.ms));
  return {
    firstDone: first.iso,
    lastDone: last.iso,
    perDay: rate === null ? null : Math.round(rate * 10) / 10,
    estimatedDone: daysLeft === null ? null : dateOf(from + daysLeft),
    sinceLastDone: inOrder ? isoDuration(now.getTime() - last.ms) : null,
    dated: stamps.length,
    days,
    left,
    daysLeft,
    sinceLastDoneMs: inOrder ? now.getTime() - last.ms : null,
  };
}

/** The contract's `pace` object. */
export const paceJson = (pace: Pace) => ({
  firstDone: pace.firstDone,
  lastDone: pace.lastDone,
  perDay: pace.perDay,
  estimatedDone: pace.estimatedDone,
  sinceLastDone: pace.sinceLastDone,
});
