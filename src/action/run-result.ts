import type { PlanResult } from '../core/result.js';
import type { StalePlans } from './stale-plans.js';

/** What one run of the action validated: the model the check run, comment, summary and outputs read. */
export interface RunResult {
  /** The changed plans (or the workspace's), each validated against its base version. */
  readonly plans: readonly PlanResult[];
  /** Plans the change deleted: not validated, only listed. */
  readonly removed: readonly string[];
  readonly headSha: string;
  /** Some changed files may not have been listed (GitHub cut a tree short): the run fails. */
  readonly truncated?: boolean;
  /** Unchanged plans whose Context names files the change touches (`stale-plans: comment`). */
  readonly stale?: StalePlans;
  /** Days without a completion after which a plan with items left is stalled (`stale-after`). */
  readonly staleAfterDays?: number;
}
