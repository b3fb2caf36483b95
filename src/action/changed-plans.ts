import pLimit from 'p-limit';
import { decodePlan, type ReadResult } from '../core/decode.js';
import { planMatcher } from '../io/plan-globs.js';
import type { Target } from './event.js';
import {
  compareCommits,
  describeError,
  listPullFiles,
  listTree,
  readBlob,
  readFileAt,
  type ChangedFile,
  type GitHubClient,
} from './github.js';

/** At most this many files are read from GitHub at once. */
export const READ_CONCURRENCY = 32;

/** One changed plan: its head text, and its base text (undefined when the plan is new). */
export interface PlanSource {
  readonly path: string;
  readonly previousPath?: string;
  readonly head: ReadResult;
  readonly base: ReadResult | undefined;
  /** How the base was decided, when that is worth telling the reader. */
  readonly note?: string;
}

export interface ChangedPlans<R> {
  /** What `onPlan` made of each changed plan, in the order of the files list. */
  readonly plans: R[];
  readonly removed: string[];
  /** Whether some changed files could not be listed (a tree of over 100,000 entries). */
  readonly truncated?: boolean;
}

/** GitHub's comparison lists at most this many changed files. */
export const COMPARE_FILES_LIMIT = 300;
/** GitHub's list of a pull request's files stops at this many, without saying so. */
export const PULL_FILES_LIMIT = 3000;

/** The same test of "is this path a plan" as the workspace mode and the CLI (negated globs exclude). */
export { planMatcher };

/**
 * The plans a pull request, a merge group or a push changed, each read at its head and at the
 * merge base and handed to `onPlan` as soon as it is read, so that validating one plan overlaps
 * reading the others. Plans are read as data through the API; nothing from the change is run.
 */
export async function readChangedPlans<R>(
  client: GitHubClient,
  target: Extract<Target, { kind: 'pull_request' | 'commits' }>,
  globs: readonly string[],
  onPlan: (source: PlanSource) => R | Promise<R>,
): Promise<ChangedPlans<R>> {
  const isPlan = planMatcher(globs);
  // One comparison gives the merge base and, up to its limit, the changed files; only when it may
  // have left some out are they listed another way (the pull request's files, or the two trees).
  const compared = await compareCommits(client, target.repo, target.baseSha, target.headSha);
  const mergeBase: string | undefined = compared.mergeBase;
  // Without its files, a comparison would read as "No plan changed": fail instead.
  if (!compared.filesListed)
    throw new Error(
      `GitHub compared ${target.baseSha.slice(0, 7)}...${target.headSha.slice(0, 7)} without listing the changed files, so the changed plans are not known; re-run the job.`,
    );
  let files = compared.files;
  let truncated = false;
  if (files.length >= COMPARE_FILES_LIMIT && target.kind === 'pull_request') {
    files = await listPullFiles(client, target.repo, target.number);
    // That list stops at 3,000 files without saying so: past it, compare the two trees.
    if (files.length >= PULL_FILES_LIMIT || (target.changedFiles ?? 0) > files.length)
      ({ files, truncated } = await changedPlansBetweenTrees(client, target, mergeBase, isPlan));
  } else if (files.length >= COMPARE_FILES_LIMIT) {
    ({ files, truncated } = await changedPlansBetweenTrees(client, target, mergeBase, isPlan));
  }
  const removed = files.filter((f) => f.status === 'removed' && isPlan(f.filename)).map((f) => f.filename);
  const changed = files.filter((f) => f.status !== 'removed' && isPlan(f.filename));

  const limit = pLimit(READ_CONCURRENCY);
  const plans = await Promise.all(
    changed.map(async (file) => onPlan(await limit(() => readPlan(client, target, file, mergeBase)))),
  );
  return { plans, removed, truncated };
}

/**
 * The plans changed between two commits, from their whole trees (two requests): for pushes and
 * merge queues whose comparison lists only its first 300 files, and pull requests whose files
 * list stops at 3,000. Renames read as a removal and an
 * addition. `truncated` when GitHub cut a tree short (over 100,000 entries).
 */
async function changedPlansBetweenTrees(
  client: GitHubClient,
  target: Extract<Target, { kind: 'pull_request' | 'commits' }>,
  base: string,
  isPlan: (path: string) => boolean,
): Promise<{ files: ChangedFile[]; truncated: boolean }> {
  const [before, after] = await Promise.all([
    listTree(client, target.repo, base),
    listTree(client, target.repo, target.headSha),
  ]);
  const files: ChangedFile[] = [];
  for (const [path, sha] of after.files) {
    if (!isPlan(path)) continue;
    const previous = before.files.get(path);
    if (previous === undefined) files.push({ filename: path, status: 'added', sha });
    else if (previous !== sha) files.push({ filename: path, status: 'modified', sha });
  }
  for (const [path, sha] of before.files)
    if (isPlan(path) && !after.files.has(path)) files.push({ filename: path, status: 'removed', sha });
  files.sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0));
  return { files, truncated: before.truncated || after.truncated };
}

/** Reads one changed plan at the head, and at the merge base unless it is new there. */
async function readPlan(
  client: GitHubClient,
  target: Extract<Target, { kind: 'pull_request' | 'commits' }>,
  file: ChangedFile,
  mergeBase: string | undefined,
): Promise<PlanSource> {
  const basePath = file.previousFilename ?? file.filename;
  const common = { path: file.filename, ...(file.previousFilename ? { previousPath: file.previousFilename } : {}) };
  const headRead = readHead(client, target, file);
  if (file.status === 'added' || mergeBase === undefined) return { ...common, head: await headRead, base: undefined };
  // Both versions are read at once.
  const baseRead = readFileAt(client, target.repo, basePath, mergeBase).then(
    (bytes) => ({ bytes }),
    (error: unknown) => ({ error }),
  );
  const [head, base] = await Promise.all([headRead, baseRead]);
  if ('error' in base) {
    const note = `The base version could not be read (${describeError(base.error)}), so the plan is compared as new.`;
    return { ...common, head, base: undefined, note };
  }
  if (base.bytes === undefined) {
    const note = `${basePath} does not exist at the merge base, so the plan is compared as new.`;
    return { ...common, head, base: undefined, note };
  }
  return { ...common, head, base: decodePlan(base.bytes) };
}

async function readHead(
  client: GitHubClient,
  target: Extract<Target, { kind: 'pull_request' | 'commits' }>,
  file: ChangedFile,
): Promise<ReadResult> {
  try {
    const bytes = file.sha
      ? await readBlob(client, target.repo, file.sha)
      : await readFileAt(client, target.repo, file.filename, target.headSha);
    if (bytes === undefined)
      return { error: `could not be read from GitHub at ${target.headSha.slice(0, 7)} (not found).` };
    return decodePlan(bytes);
  } catch (error) {
    return { error: `could not be read from GitHub (${describeError(error)}); re-run the job to try again.` };
  }
}
