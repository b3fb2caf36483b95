import pLimit from 'p-limit';
import { decodePlan } from '../core/decode.js';
import { parsePlan } from '../core/plan.js';
import { contextPaths, pathMentions } from '../core/plan-outline.js';
import type { LintSettings } from '../core/settings.js';
import { planMatcher, READ_CONCURRENCY } from './changed-plans.js';
import type { Target } from './event.js';
import { describeError, listTree, readBlob, type GitHubClient } from './github.js';
import type { Runner } from './runner.js';
// Parses plans: micromark for the text the fast parser leaves to it (see `MicromarkNotLoaded`).
import '../core/micromark.js';

/**
 * Stale plans: plans a change does not touch whose Context names files it changes. They are the
 * most common way plans rot (the code moves on, the plan does not), so the comment lists them as
 * "may need an update"; they never fail the run.
 *
 * Reading unchanged plans costs requests, so the search has a budget. When the workspace holds
 * the head commit (its `.git/HEAD` is the head sha, as after `actions/checkout` with
 * `ref: ${{ github.event.pull_request.head.sha }}`), the plans are read from the workspace, for
 * free. Otherwise it makes at most one tree request (`GET /git/trees/{head}?recursive=1`) and
 * reads at most `STALE_PLAN_READS` plans by blob, in path order; when that leaves plans unread,
 * or GitHub truncated the tree, the result says so and the comment tells the reader.
 */
export const STALE_PLAN_READS = 100;

export interface StalePlan {
  readonly path: string;
  readonly title: string | null;
  /** The changed files its Context names (the first few). */
  readonly changed: readonly string[];
  /** How many changed files its Context names in all. */
  readonly changedCount: number;
}

export interface StalePlans {
  readonly plans: readonly StalePlan[];
  /** Where the plans were read: the workspace, or the API within the budget. */
  readonly source: 'workspace' | 'api';
  /** Unchanged plans read, and unchanged plans there are (when known). */
  readonly searched: number;
  readonly candidates: number;
  /** Why the search is incomplete, when it is (the budget, a truncated tree, an error). */
  readonly incomplete?: string;
}

const SHOWN_FILES = 3;

/** The stale plans among the given unchanged plan texts. */
export function stalePlansAmong(
  texts: readonly { path: string; text: string }[],
  changedFiles: readonly string[],
  settings: LintSettings,
): StalePlan[] {
  const found: StalePlan[] = [];
  for (const { path, text } of texts) {
    let plan;
    try {
      plan = parsePlan(text);
    } catch {
      continue;
    }
    const paths = contextPaths(plan, settings.sections.Context);
    if (!paths.length) continue;
    const changed = changedFiles.filter((file) => file !== path && paths.some((p) => pathMentions(p, file)));
    if (!changed.length) continue;
    const title = plan.headings.find((h) => h.depth === 1)?.text ?? null;
    found.push({ path, title, changed: changed.slice(0, SHOWN_FILES), changedCount: changed.length });
  }
  return found;
}

async function workspaceHoldsHead(runner: Runner, headSha: string): Promise<boolean> {
  const head = await runner.readWorkspaceFile('.git/HEAD').catch(() => undefined);
  return head !== undefined && new TextDecoder().decode(head).trim() === headSha;
}

export async function findStalePlans(
  client: GitHubClient,
  target: Extract<Target, { kind: 'pull_request' | 'commits' }>,
  runner: Runner,
  options: {
    readonly globs: readonly string[];
    readonly changedFiles: readonly string[];
    /** Whether only the changed plans are known of the changed files (a comparison over 300 files). */
    readonly changedFilesPartial?: boolean;
    /** The plans the change touches (changed, renamed from or removed): never stale. */
    readonly touched: ReadonlySet<string>;
    readonly settings: LintSettings;
  },
): Promise<StalePlans> {
  const isPlan = planMatcher(options.globs);
  const changedFiles = options.changedFiles.filter((f) => !isPlan(f));
  const empty = (source: 'workspace' | 'api'): StalePlans => ({ plans: [], source, searched: 0, candidates: 0 });
  if (options.changedFilesPartial)
    return {
      ...empty('api'),
      incomplete: `GitHub lists only the first 300 files of a comparison, so the changed files are not known`,
    };
  if (await workspaceHoldsHead(runner, target.headSha)) {
    if (!changedFiles.length) return empty('workspace');
    const files = (await runner.workspacePlans(options.globs)).filter((f) => !options.touched.has(f.path));
    const texts: { path: string; text: string }[] = [];
    for (const f of files) {
      if (!f.bytes) continue;
      const read = decodePlan(f.bytes);
      if ('text' in read) texts.push({ path: f.path, text: read.text });
    }
    return {
      plans: stalePlansAmong(texts, changedFiles, options.settings),
      source: 'workspace',
      searched: texts.length,
      candidates: files.length,
    };
  }
  // Nothing but plans changed: no plan can be stale, and no request is spent.
  if (!changedFiles.length) return empty('api');
  try {
    const tree = await listTree(client, target.repo, target.headSha);
    const candidates = [...tree.files]
      .filter(([path]) => isPlan(path) && !options.touched.has(path))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const read = candidates.slice(0, STALE_PLAN_READS);
    const limit = pLimit(READ_CONCURRENCY);
    const texts = (
      await Promise.all(
        read.map(([path, sha]) =>
          limit(async () => {
            try {
              const decoded = decodePlan(await readBlob(client, target.repo, sha));
              return 'text' in decoded ? { path, text: decoded.text } : undefined;
            } catch {
              return undefined;
            }
          }),
        ),
      )
    ).filter((t): t is { path: string; text: string } => t !== undefined);
    const reasons: string[] = [];
    if (candidates.length > read.length)
      reasons.push(
        `read ${read.length} of ${candidates.length} unchanged plans, the most one run reads through the API (check out the head commit to search them all)`,
      );
    if (tree.truncated) reasons.push('GitHub listed the repository tree only in part');
    if (texts.length < read.length) reasons.push(`${read.length - texts.length} could not be read`);
    return {
      plans: stalePlansAmong(texts, changedFiles, options.settings),
      source: 'api',
      searched: texts.length,
      candidates: candidates.length,
      ...(reasons.length ? { incomplete: reasons.join('; ') } : {}),
    };
  } catch (error) {
    return { ...empty('api'), incomplete: `the repository tree could not be listed (${describeError(error)})` };
  }
}
