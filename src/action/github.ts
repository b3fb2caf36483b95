import type { Octokit } from '@octokit/rest';
import type { Repo } from './event.js';

/**
 * The GitHub REST calls the action makes, each a small function that takes a client. Every list
 * is read to its last page.
 */
export type GitHubClient = Octokit;

export interface ChangedFile {
  readonly filename: string;
  readonly status: string;
  /** Blob sha of the file at the head commit. */
  readonly sha: string | null;
  readonly previousFilename?: string;
}

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

export interface CheckOutput {
  title: string;
  summary: string;
  annotations?: Annotation[];
}

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly userType: string;
  readonly userLogin: string;
  readonly createdAt: string;
}

/** `GET /repos/{owner}/{repo}/pulls/{number}/files`, all pages. */
export async function listPullFiles(client: GitHubClient, repo: Repo, number: number): Promise<ChangedFile[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, { ...repo, pull_number: number, per_page: 100 });
  return files.map((f) => ({
    filename: f.filename,
    status: f.status,
    sha: f.sha ?? null,
    ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
  }));
}

/** `GET /repos/{owner}/{repo}/git/trees/{sha}?recursive=1`: every file of a commit, with its blob sha. */
export async function listTree(
  client: GitHubClient,
  repo: Repo,
  sha: string,
): Promise<{ files: Map<string, string>; truncated: boolean }> {
  const { data } = await client.rest.git.getTree({ ...repo, tree_sha: sha, recursive: '1' });
  const files = new Map<string, string>();
  for (const entry of data.tree) if (entry.type === 'blob' && entry.path && entry.sha) files.set(entry.path, entry.sha);
  return { files, truncated: data.truncated };
}

/** `GET /repos/{owner}/{repo}/compare/{base}...{head}`: the merge base and the changed files. */
export async function compareCommits(
  client: GitHubClient,
  repo: Repo,
  base: string,
  head: string,
): Promise<{ mergeBase: string; files: ChangedFile[]; filesListed: boolean }> {
  const { data } = await client.rest.repos.compareCommitsWithBasehead({
    ...repo,
    basehead: `${base}...${head}`,
    per_page: 1,
  });
  return {
    mergeBase: data.merge_base_commit.sha,
    filesListed: Array.isArray(data.files),
    files: (data.files ?? []).map((f) => ({
      filename: f.filename,
      status: f.status,
      sha: f.sha ?? null,
      ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
    })),
  };
}

const fromBase64 = (content: string): Uint8Array => Buffer.from(content, 'base64');

/** `GET /repos/{owner}/{repo}/git/blobs/{sha}`: any size up to 100 MB. */
export async function readBlob(client: GitHubClient, repo: Repo, sha: string): Promise<Uint8Array> {
  const { data } = await client.rest.git.getBlob({ ...repo, file_sha: sha });
  return data.encoding === 'base64' ? fromBase64(data.content) : Buffer.from(data.content, 'utf8');
}

/**
 * `GET /repos/{owner}/{repo}/contents/{path}?ref=…`: a file's bytes at a commit, or undefined when
 * it does not exist there. Files over 1 MB come back without content and are read by blob.
 */
export async function readFileAt(
  client: GitHubClient,
  repo: Repo,
  path: string,
  ref: string,
): Promise<Uint8Array | undefined> {
  try {
    const { data } = await client.rest.repos.getContent({ ...repo, path, ref });
    if (Array.isArray(data) || data.type !== 'file') return undefined;
    if (data.encoding === 'base64' && data.content) return fromBase64(data.content);
    return readBlob(client, repo, data.sha);
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/** `GET /repos/{owner}/{repo}/contents/?ref=…`: the names of the files at the top of the repository. */
export async function listRootFiles(client: GitHubClient, repo: Repo, ref: string): Promise<string[]> {
  const { data } = await client.rest.repos.getContent({ ...repo, path: '', ref });
  return Array.isArray(data) ? data.filter((entry) => entry.type === 'file').map((entry) => entry.name) : [];
}

export interface CreatedCheckRun {
  id: number;
  url: string;
  /** The login of the bot user this token writes as, when GitHub names the check run's app. */
  author?: string;
}

/** `POST /repos/{owner}/{repo}/check-runs`, completed, with its first annotations. */
export async function createCheckRun(
  client: GitHubClient,
  repo: Repo,
  params: { name: string; headSha: string; conclusion: 'success' | 'failure'; output: CheckOutput },
): Promise<CreatedCheckRun> {
  const { data } = await client.rest.checks.create({
    ...repo,
    name: params.name,
    head_sha: params.headSha,
    status: 'completed',
    conclusion: params.conclusion,
    completed_at: new Date().toISOString(),
    output: params.output,
  });
  // A GitHub App's token writes comments as `SLUG[bot]`; the check run names the app.
  const slug = data.app?.slug;
  return { id: data.id, url: data.html_url ?? '', ...(slug ? { author: `${slug}[bot]` } : {}) };
}

/** `GET /user`: the login a personal access token writes as (an app's token is refused). */
export async function authenticatedLogin(client: GitHubClient): Promise<string> {
  const { data } = await client.rest.users.getAuthenticated();
  return data.login;
}

/** `PATCH /repos/{owner}/{repo}/check-runs/{id}`: adds annotations (at most 50 a request). */
export async function updateCheckRun(client: GitHubClient, repo: Repo, id: number, output: CheckOutput): Promise<void> {
  await client.rest.checks.update({ ...repo, check_run_id: id, output });
}

/** `GET /repos/{owner}/{repo}/issues/{number}/comments`, all pages. */
export async function listIssueComments(client: GitHubClient, repo: Repo, number: number): Promise<IssueComment[]> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    ...repo,
    issue_number: number,
    per_page: 100,
  });
  return comments.map((c) => ({
    id: c.id,
    body: c.body ?? '',
    userType: c.user?.type ?? '',
    userLogin: c.user?.login ?? '',
    createdAt: c.created_at,
  }));
}

export async function createComment(client: GitHubClient, repo: Repo, number: number, body: string): Promise<number> {
  const { data } = await client.rest.issues.createComment({ ...repo, issue_number: number, body });
  return data.id;
}

export async function updateComment(client: GitHubClient, repo: Repo, id: number, body: string): Promise<void> {
  await client.rest.issues.updateComment({ ...repo, comment_id: id, body });
}

export async function deleteComment(client: GitHubClient, repo: Repo, id: number): Promise<void> {
  await client.rest.issues.deleteComment({ ...repo, comment_id: id });
}

/** A changed file of a pull request with its diff (`patch`, absent for binary or very large files). */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/** An Octokit error in one line for the log and the reports: `HTTP 502, Bad Gateway`. */
export function describeError(error: unknown): string {
  const status = statusOf(error);
  return `${status ? `HTTP ${status}, ` : ''}${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
}

/** Whether an error says the token may not do this (a fork's read-only token, or missing permissions). */
export function isPermissionError(error: unknown): boolean {
  const status = statusOf(error);
  if (status === 401 || status === 404) return true;
  if (status !== 403) return false;
  const message = String((error as Error).message ?? '');
  return !/rate limit/i.test(message);
}
