import { createHash } from 'node:crypto';
import type { PlanResult } from '../core/result.js';
import type { Finding } from '../core/rule.js';
import type { Target } from './event.js';
import { describeError, isPermissionError, statusOf, type GitHubClient } from './github.js';
import { createReview, listPullPatches, listReviewComments, type DraftReviewComment } from './github-reviews.js';
import type { RunResult } from './run-result.js';
import type { Runner } from './runner.js';

/**
 * The action's `suggestions: on`: fixable findings that are new in the pull request and lie on
 * lines it changed become one review whose comments hold GitHub suggestion blocks, so that a
 * reviewer applies a fix with one click. Which findings, which lines and the bodies are decided
 * here; the calls are in `github.ts`.
 */

/** At most this many suggestions in one run (one review). */
export const SUGGESTIONS_PER_RUN = 20;

/** Marks a review comment as ours, with the key of its suggestion, so that no run posts it again. */
export const SUGGESTION_MARKER = 'execplan:suggestion';

const MARKER_PATTERN = new RegExp(`<!-- ${SUGGESTION_MARKER} ([0-9a-f]+) -->`, 'g');

/**
 * Whether a finding is new in this pull request: its `baselineState` against the base version
 * (`baseline.ts`); a plan new in the pull request has only new findings.
 */
export function isNewInPullRequest(finding: Finding): boolean {
  return finding.baselineState !== 'unchanged';
}

/** The head-version lines a unified diff (`patch` of a pull request's file) adds. */
export function addedLines(patch: string): Set<number> {
  const added = new Set<number>();
  let line = 0;
  for (const text of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
      continue;
    }
    if (line === 0) continue;
    if (text.startsWith('+')) added.add(line++);
    else if (text.startsWith(' ') || text === '') line++;
    // `-` lines are the base's; `\ No newline at end of file` is neither.
  }
  return added;
}

/** What identifies a suggestion across runs: the plan, the rule and the lines it would write. */
export function suggestionKey(path: string, finding: Finding): string {
  const text = finding.fix?.lines?.text ?? '';
  return createHash('sha256').update(`${path}\0${finding.ruleId}\0${text}`).digest('hex').slice(0, 20);
}

/** A fence longer than any run of backticks in the text, so the suggestion cannot close early. */
function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** The review comment's body: the finding, the suggestion block, and the hidden key. */
export function suggestionBody(finding: Finding, key: string): string {
  const text = finding.fix?.lines?.text ?? '';
  const fence = fenceFor(text);
  return [
    `**${finding.ruleId}** (${finding.severity}): ${finding.message}`,
    '',
    `${fence}suggestion`,
    text,
    fence,
    '',
    `<!-- ${SUGGESTION_MARKER} ${key} -->`,
  ].join('\n');
}

/** The comments to post: fixable new findings whose lines all were added by the pull request. */
export function pickSuggestions(
  plans: readonly PlanResult[],
  changed: ReadonlyMap<string, ReadonlySet<number>>,
  posted: ReadonlySet<string>,
  limit = SUGGESTIONS_PER_RUN,
): DraftReviewComment[] {
  const comments: DraftReviewComment[] = [];
  const keys = new Set(posted);
  for (const plan of plans) {
    const lines = changed.get(plan.path);
    if (!lines || plan.error !== undefined) continue;
    for (const finding of plan.findings) {
      const replacement = finding.fix?.lines;
      if (!replacement || !isNewInPullRequest(finding)) continue;
      let inDiff = true;
      for (let l = replacement.line; l <= replacement.endLine; l++) if (!lines.has(l)) inDiff = false;
      if (!inDiff) continue;
      const key = suggestionKey(plan.path, finding);
      if (keys.has(key)) continue;
      keys.add(key);
      comments.push({
        path: plan.path,
        body: suggestionBody(finding, key),
        line: replacement.endLine,
        side: 'RIGHT',
        ...(replacement.line < replacement.endLine
          ? { start_line: replacement.line, start_side: 'RIGHT' as const }
          : {}),
      });
      if (comments.length === limit) return comments;
    }
  }
  return comments;
}

/** The review's own text. */
export function reviewBody(count: number): string {
  return `execplan has ${count === 1 ? 'a suggestion' : `${count} suggestions`} for lines this pull request changed: each fixes a finding mechanically, and "Commit suggestion" applies it. \`npx execplan validate --fix\` applies every fix locally.`;
}

/**
 * Posts the suggestions of one run as one review. Anything that keeps it from posting (a fork's
 * read-only token, a refused line) is said once in `notices`; validation results are unaffected.
 */
export async function postSuggestions(
  client: GitHubClient,
  target: Target,
  result: RunResult,
  runner: Runner,
  notices: string[],
): Promise<number> {
  if (target.kind !== 'pull_request') return 0;
  const fixable = result.plans.some((plan) => plan.findings.some((f) => f.fix?.lines !== undefined));
  if (!fixable) return 0;
  try {
    const [files, existing] = await Promise.all([
      listPullPatches(client, target.repo, target.number),
      listReviewComments(client, target.repo, target.number),
    ]);
    const changed = new Map(files.filter((f) => f.patch).map((f) => [f.filename, addedLines(f.patch ?? '')]));
    const posted = new Set(existing.flatMap((c) => [...c.body.matchAll(MARKER_PATTERN)].map((m) => m[1])));
    const comments = pickSuggestions(result.plans, changed, posted);
    if (comments.length === 0) return 0;
    await createReview(client, target.repo, target.number, {
      commitId: target.headSha,
      body: reviewBody(comments.length),
      comments,
    });
    runner.info(`Posted ${comments.length} suggestion${comments.length === 1 ? '' : 's'} as one review.`);
    return comments.length;
  } catch (error) {
    if (isPermissionError(error)) {
      notices.push(
        `Could not post suggestions (${describeError(error)}): the token may not write pull-request reviews, as on a pull request from a fork. The findings are in the check run or the annotations; run \`npx execplan validate --fix\` to apply the fixes.`,
      );
    } else {
      const why = statusOf(error) === 422 ? 'GitHub refused them' : 'the request failed';
      notices.push(`Could not post suggestions (${describeError(error)}): ${why}; the findings are reported as usual.`);
    }
    return 0;
  }
}
