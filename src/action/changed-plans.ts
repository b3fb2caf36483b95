import pLimit from 'p-limit';
import picomatch from 'picomatch';
import { decodePlan, type ReadResult } from '../core/decode.js';
import type { Target } from './event.js';
import {
  compareCommits,
  listPullFiles,
  readBlob,
  readFileAt,
  statusOf,
  type ChangedFile,
  type GitHubClient,
} from './github.js';

/** At most this many files are read from GitHub at once. */
export const READ_CONCURRENCY = 8;

/** One changed plan: its head text, and its base text (undefined when the plan is new). */
export interface PlanSource {
  readonly path: string;
  readonly previousPath?: string;
  readonly head: ReadResult;
  readonly base: ReadResult | undefined;
  /** How the base was decided, when that is worth telling the reader. */
  readonly note?: string;
}

export interface ChangedPlans {
  readonly plans: PlanSource[];
  readonly removed: string[];
}

export function planMatcher(globs: readonly string[]): (path: string) => boolean {
  return picomatch([...globs], { dot: true });
}

const describe = (error: unknown): string => {
  const status = statusOf(error);
  return `${status ? `HTTP ${status}: ` : ''}${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
};

/**
 * The plans a pull request, a merge group or a push changed, each read at its head and at the
 * merge base. Plans are read as data through the API; nothing from the change is run.
 */
export async function readChangedPlans(
  client: GitHubClient,
  target: Extract<Target, { kind: 'pull_request' | 'commits' }>,
  globs: readonly string[],
): Promise<ChangedPlans> {
  const isPlan = planMatcher(globs);
  let files: ChangedFile[];
  let mergeBase: string | undefined;
  if (target.kind === 'pull_request') {
    files = await listPullFiles(client, target.repo, target.number);
  } else {
    const compared = await compareCommits(client, target.repo, target.baseSha, target.headSha);
    files = compared.files;
    mergeBase = compared.mergeBase;
  }
  const removed = files.filter((f) => f.status === 'removed' && isPlan(f.filename)).map((f) => f.filename);
  const changed = files.filter((f) => f.status !== 'removed' && isPlan(f.filename));

  // The merge base is needed only when some plan existed before the change.
  if (mergeBase === undefined && changed.some((f) => f.status !== 'added')) {
    mergeBase = (await compareCommits(client, target.repo, target.baseSha, target.headSha)).mergeBase;
  }

  const limit = pLimit(READ_CONCURRENCY);
  const plans = await Promise.all(
    changed.map((file) =>
      limit(async (): Promise<PlanSource> => {
        const head = await readHead(client, target, file);
        const basePath = file.previousFilename ?? file.filename;
        const common = {
          path: file.filename,
          ...(file.previousFilename ? { previousPath: file.previousFilename } : {}),
        };
        if (file.status === 'added' || mergeBase === undefined) return { ...common, head, base: undefined };
        try {
          const bytes = await readFileAt(client, target.repo, basePath, mergeBase);
          if (bytes === undefined) {
            return {
              ...common,
              head,
              base: undefined,
              note: `${basePath} does not exist at the merge base, so the plan is compared as new.`,
            };
          }
          return { ...common, head, base: decodePlan(bytes) };
        } catch (error) {
          return {
            ...common,
            head,
            base: undefined,
            note: `The base version could not be read (${describe(error)}), so the plan is compared as new.`,
          };
        }
      }),
    ),
  );
  return { plans, removed };
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
    return { error: `could not be read from GitHub (${describe(error)}); re-run the job to try again.` };
  }
}
