import type { GitHubClient } from './github.js';
import type { Repo } from './event.js';

// The pull-request review calls of `suggestions: on` (src/action/suggestions.ts).

export interface PullFilePatch {
  readonly filename: string;
  readonly status: string;
  readonly patch?: string;
}

/** `GET /repos/{owner}/{repo}/pulls/{number}/files`, all pages, with each file's diff: which lines the pull request changed. */
export async function listPullPatches(client: GitHubClient, repo: Repo, number: number): Promise<PullFilePatch[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, { ...repo, pull_number: number, per_page: 100 });
  return files.map((f) => ({ filename: f.filename, status: f.status, ...(f.patch ? { patch: f.patch } : {}) }));
}

export interface ReviewComment {
  readonly id: number;
  readonly body: string;
  readonly path: string;
}

/** `GET /repos/{owner}/{repo}/pulls/{number}/comments`: every review comment of the pull request, all pages. */
export async function listReviewComments(client: GitHubClient, repo: Repo, number: number): Promise<ReviewComment[]> {
  const comments = await client.paginate(client.rest.pulls.listReviewComments, {
    ...repo,
    pull_number: number,
    per_page: 100,
  });
  return comments.map((c) => ({ id: c.id, body: c.body ?? '', path: c.path }));
}

/** A review comment on lines of the head version (`side: RIGHT`), over `start_line` to `line`. */
export interface DraftReviewComment {
  path: string;
  body: string;
  line: number;
  side: 'RIGHT';
  start_line?: number;
  start_side?: 'RIGHT';
}

/** `POST /repos/{owner}/{repo}/pulls/{number}/reviews`: one submitted review (`COMMENT`) with its comments. */
export async function createReview(
  client: GitHubClient,
  repo: Repo,
  number: number,
  params: { commitId: string; body: string; comments: DraftReviewComment[] },
): Promise<number> {
  const { data } = await client.rest.pulls.createReview({
    ...repo,
    pull_number: number,
    commit_id: params.commitId,
    body: params.body,
    event: 'COMMENT',
    comments: params.comments,
  });
  return data.id;
}

/** The HTTP status of an Octokit error, if it has one. */
