import type { Plan } from './plan.js';
import { summariseProgress, type ProgressItem, type ProgressSummary } from './progress.js';
import type { SectionNames } from './sections.js';

export interface DeltaItem {
  readonly line: number;
  readonly text: string;
  readonly timestamp?: string | null;
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
}

/**
 * How items are matched between versions: text without timestamp and partial tail, white space
 * folded, and a final full stop ignored (an item that becomes partial often loses it).
 */
export const itemKey = (item: ProgressItem): string =>
  item.text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*\.$/, '');

const counts = (summary: ProgressSummary | undefined): Counts =>
  summary
    ? { total: summary.total, completed: summary.completed, percent: summary.percent }
    : { total: 0, completed: 0, percent: 0 };

const toDeltaItem = (item: ProgressItem): DeltaItem => ({
  line: item.line,
  text: item.text,
  timestamp: item.timestamp,
});

/** Compares Progress between two versions; a missing base means the plan is new. */
export function progressDelta(base: Plan | undefined, head: Plan, sections?: SectionNames): PlanDelta {
  const baseSummary = base ? summariseProgress(base, sections?.Progress) : undefined;
  return compareProgress(baseSummary, summariseProgress(head, sections?.Progress));
}

/** The same comparison, from Progress summaries already made. */
export function compareProgress(baseSummary: ProgressSummary | undefined, headSummary: ProgressSummary): PlanDelta {
  // Several items may share a text; match them in order.
  const unmatchedBase = new Map<string, ProgressItem[]>();
  for (const item of baseSummary?.items ?? []) {
    const key = itemKey(item);
    const list = unmatchedBase.get(key);
    if (list) list.push(item);
    else unmatchedBase.set(key, [item]);
  }

  const completed: DeltaItem[] = [];
  const reopened: DeltaItem[] = [];
  const added: DeltaItem[] = [];
  for (const item of headSummary.items) {
    const before = unmatchedBase.get(itemKey(item))?.shift();
    if (!before) added.push(toDeltaItem(item));
    if (item.status === 'done' && before?.status !== 'done') completed.push(toDeltaItem(item));
    if (before?.status === 'done' && item.status !== 'done') reopened.push(toDeltaItem(item));
  }
  const removed = [...unmatchedBase.values()]
    .flat()
    .sort((a, b) => a.line - b.line)
    .map(toDeltaItem);

  return {
    base: counts(baseSummary),
    head: counts(headSummary),
    new: baseSummary === undefined,
    completed,
    reopened,
    added,
    removed,
  };
}
