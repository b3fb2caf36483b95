import type { PlanResult } from '../core/result.js';

/** What one run of the action validated: the model the check run, comment, summary and outputs read. */
export interface RunResult {
  /** The changed plans (or the workspace's), each validated against its base version. */
  readonly plans: readonly PlanResult[];
  /** Plans the change deleted: not validated, only listed. */
  readonly removed: readonly string[];
  readonly headSha: string;
  /** Some changed files may not have been listed (GitHub cut a tree short): the run fails. */
  readonly truncated?: boolean;
}
