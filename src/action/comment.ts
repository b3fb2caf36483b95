import {
  describeError,
  isPermissionError,
  createComment,
  deleteComment,
  listIssueComments,
  statusOf,
  updateComment,
  type GitHubClient,
  type IssueComment,
} from './github.js';
import { renderComment, type CommentOptions } from './comment-render.js';
import { commentAuthor, commentMarker, isOurComment } from './comment-owner.js';
import type { Target } from './event.js';
import type { ActionInputs } from './inputs.js';
import type { RunResult } from './run-result.js';

type PullRequest = Extract<Target, { kind: 'pull_request' }>;
/** How this run's comment is told apart: its first line, and the user who wrote it. */
interface CommentOwner {
  readonly marker: string;
  readonly login: string;
}

/**
 * Writes the progress comment on a pull request: edits the existing one, or creates one when
 * the run has something to say (`comment: changes` posts nothing while no plan changed, but
 * corrects an earlier comment). `checkRunAuthor` is the bot user the created check run names,
 * if any. What could not be done goes to `notices`.
 */
export async function writeComment(
  client: GitHubClient,
  inputs: ActionInputs,
  target: Target,
  result: RunResult,
  options: CommentOptions,
  notices: string[],
  checkRunAuthor?: string,
): Promise<void> {
  if (target.kind !== 'pull_request' || inputs.comment === 'off') return;
  const marker = commentMarker(inputs.checkName);
  const owner = { marker, login: await commentAuthor(client, checkRunAuthor) };
  const create = result.plans.length > 0 || result.removed.length > 0 || inputs.comment === 'always';
  try {
    await upsertComment(
      client,
      target,
      (existing) => renderComment(result, { ...options, previously: existing, marker }),
      create,
      notices,
      owner,
    );
  } catch (error) {
    notices.push(
      isPermissionError(error)
        ? `Could not write the progress comment (${describeError(error)}): the token may not write pull-request comments, as on a pull request from a fork. The same report is in the job summary. Give the job "permissions: pull-requests: write" to get the comment.`
        : `Could not write the progress comment (${describeError(error)}); the same report is in the job summary.`,
    );
  }
}

/**
 * Keeps one comment: edits the oldest marked bot comment (only when its body would change),
 * deletes its duplicates, and creates one when there is none and `create` is set.
 */
async function upsertComment(
  client: GitHubClient,
  target: PullRequest,
  bodyFor: (existing: boolean) => string,
  create: boolean,
  notices: string[],
  owner: CommentOwner,
): Promise<void> {
  const edited = bodyFor(true);
  const keep = await keepOldestComment(client, target, notices, owner);
  if (keep) {
    if (keep.body !== edited) await updateComment(client, target.repo, keep.id, edited);
  } else if (create) {
    const created = await createComment(client, target.repo, target.number, bodyFor(false));
    // Another run on this pull request may have created one at the same moment: look again (one
    // request, only on the run that creates the comment), keep the oldest, and make it say ours.
    try {
      const oldest = await keepOldestComment(client, target, notices, owner);
      if (oldest && oldest.id !== created && oldest.body !== edited)
        await updateComment(client, target.repo, oldest.id, edited);
    } catch (error) {
      notices.push(`Could not check for a second progress comment written at the same time (${describeError(error)}).`);
    }
  }
}

/** Lists this action's comments on the pull request and deletes all but the oldest. */
async function keepOldestComment(
  client: GitHubClient,
  target: PullRequest,
  notices: string[],
  owner: CommentOwner,
): Promise<IssueComment | undefined> {
  const mine = (await listIssueComments(client, target.repo, target.number))
    .filter((c) => isOurComment(c, owner.marker, owner.login))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
  const [keep, ...duplicates] = mine;
  for (const duplicate of duplicates) {
    await deleteComment(client, target.repo, duplicate.id).catch((error) => {
      // Already deleted by the other run.
      if (statusOf(error) !== 404)
        notices.push(`Could not delete a duplicate progress comment (${describeError(error)}).`);
    });
  }
  return keep;
}
