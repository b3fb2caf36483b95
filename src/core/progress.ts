import { findSection, inSection, type CheckboxItem, type Plan, type PlanHeading, type Section } from './plan.js';
import { readTimestamp, type ItemTimestamp } from './timestamps.js';
import { DEFAULT_SECTION_NAMES } from './sections.js';
import { trimEnds } from './source.js';
import { milestoneOf } from './milestone-name.js';

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

const COMPLETED_OPENING = /\(\s*completed\s*:/gi;
const REMAINING_LABEL = /;\s*remaining\s*:/i;

/**
 * The "(completed: …; remaining: …)" at the end of an item, read from the last "(completed:".
 * A scan rather than one pattern: a pattern with lazy parts anchored at the end retries from
 * every "(completed:" to the end of the text, which is quadratic on hostile items.
 */
function partialTail(text: string): { index: number; completed: string; remaining: string } | null {
  const end = trimEnds(text, /[\s.]/).length;
  if (text[end - 1] !== ')') return null;
  let index = -1;
  let after = 0;
  COMPLETED_OPENING.lastIndex = 0;
  for (let m = COMPLETED_OPENING.exec(text); m && m.index < end; m = COMPLETED_OPENING.exec(text)) {
    [index, after] = [m.index, m.index + m[0].length];
  }
  if (index === -1) return null;
  const inside = text.slice(after, end - 1);
  const label = REMAINING_LABEL.exec(inside);
  if (!label) return null;
  return {
    index,
    completed: inside.slice(0, label.index).trim(),
    remaining: inside.slice(label.index + label[0].length).trim(),
  };
}

export function progressSection(
  plan: Plan,
  names: readonly string[] = DEFAULT_SECTION_NAMES.Progress,
): Section | undefined {
  return findSection(plan, names);
}

/** The Progress items: checkbox items anywhere in the Progress section, subsections included. */
export function progressItems(plan: Plan, section = progressSection(plan)): ProgressItem[] {
  if (!section) return [];
  return plan.checkboxItems.filter((item) => inSection(section, item.start)).map(toProgressItem);
}

export function toProgressItem(item: CheckboxItem): ProgressItem {
  const stamp = readTimestamp(item.text);
  let text = item.text.slice(stamp.leadingLength);
  const partial = partialTail(text);
  if (partial) text = text.slice(0, partial.index);
  text = text.replace(/\s+/g, ' ').trim();
  const status: ItemStatus = item.checked ? 'done' : partial ? 'partial' : 'todo';
  const milestone = milestoneOf(text);
  return {
    line: item.line,
    text,
    status,
    timestamp: stamp.iso,
    ...(partial && !item.checked ? { completed: partial.completed, remaining: partial.remaining } : {}),
    ...(milestone ? { milestone } : {}),
    item,
    stamp,
  };
}

export function summariseProgress(plan: Plan, names?: readonly string[]): ProgressSummary {
  const items = progressItems(plan, progressSection(plan, names));
  const completed = items.filter((i) => i.status === 'done').length;
  const partial = items.filter((i) => i.status === 'partial').length;
  const total = items.length;
  return {
    title: titleOf(plan)?.text.trim() ?? null,
    total,
    completed,
    partial,
    remaining: total - completed - partial,
    percent: total === 0 ? 0 : Math.round((100 * completed) / total),
    items,
    next: items.find((i) => i.status !== 'done') ?? null,
  };
}

/** The level-1 heading the plan starts with, if it does. */
export function titleOf(plan: Plan): PlanHeading | undefined {
  const first = plan.root.children[plan.firstContentIndex];
  if (first?.type !== 'heading' || first.depth !== 1) return undefined;
  return plan.headings.find((h) => h.node === first);
}
