import type { Plan } from './plan.js';
import { matchItems, type ComparedItem } from './item-identity.js';
import { identityKey } from './item-similarity.js';
import { summariseProgress, type ItemStatus, type ProgressItem, type ProgressSummary } from './progress.js';
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
export const itemKey = (item: ProgressItem): string => identityKey(item.text);

const counts = (summary: ProgressSummary | undefined): Counts =>
  summary
    ? { total: summary.total, completed: summary.completed, percent: summary.percent }
    : { total: 0, completed: 0, percent: 0 };

const toDeltaItem = (item: ProgressItem, isNew = false): DeltaItem => ({
  line: item.line,
  text: item.text,
  timestamp: item.timestamp,
  ...(isNew ? { isNew } : {}),
});

/** Compares Progress between two versions; a missing base means the plan is new. */
export function progressDelta(base: Plan | undefined, head: Plan, sections?: SectionNames): PlanDelta {
  const baseSummary = base ? summariseProgress(base, sections?.Progress) : undefined;
  return compareProgress(baseSummary, summariseProgress(head, sections?.Progress));
}

/** The same comparison, from Progress summaries already made. */
export function compareProgress(baseSummary: ProgressSummary | undefined, headSummary: ProgressSummary): PlanDelta {
  const baseItems = baseSummary?.items ?? [];
  const headItems = headSummary.items;
  const compared = (i: ProgressItem): ComparedItem =>
    i.completed !== undefined ? { text: i.text, detail: `${i.completed} ${i.remaining ?? ''}` } : { text: i.text };
  const match = matchItems(baseItems.map(compared), headItems.map(compared));
  const counterpart = new Map(match.pairs.map((p) => [p.head, baseItems[p.base]]));

  const completed: DeltaItem[] = [];
  const reopened: DeltaItem[] = [];
  const reworded: RewordedItem[] = [];
  headItems.forEach((item, index) => {
    const before = counterpart.get(index);
    if (item.status === 'done' && before?.status !== 'done') completed.push(toDeltaItem(item, !before));
    if (before?.status === 'done' && item.status !== 'done') reopened.push(toDeltaItem(item));
    if (before && identityKey(before.text) !== identityKey(item.text)) {
      reworded.push({ ...toDeltaItem(item), baseLine: before.line, baseText: before.text, status: item.status });
    }
  });

  return {
    base: counts(baseSummary),
    head: counts(headSummary),
    new: baseSummary === undefined,
    completed,
    reopened,
    added: match.added.map((i) => toDeltaItem(headItems[i], true)),
    removed: match.removed.map((i) => toDeltaItem(baseItems[i])),
    reworded,
  };
}
