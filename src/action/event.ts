/** What a workflow event asks the action to validate. */
export interface Repo {
  readonly owner: string;
  readonly repo: string;
}

export type Target =
  | {
      readonly kind: 'pull_request';
      readonly repo: Repo;
      readonly number: number;
      /** The pull request's head commit: the check run goes there, not on the merge commit. */
      readonly headSha: string;
      readonly baseSha: string;
      readonly fromFork: boolean;
      /** `changed_files` of the event's pull request: more than the files list gave means it was cut. */
      readonly changedFiles?: number;
    }
  | { readonly kind: 'commits'; readonly repo: Repo; readonly baseSha: string; readonly headSha: string }
  | { readonly kind: 'workspace'; readonly repo: Repo; readonly headSha: string };

export class UnsupportedEventError extends Error {}

const ZERO_SHA = /^0+$/;

type Payload = Record<string, unknown>;
const get = (obj: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((o, key) => (o && typeof o === 'object' ? (o as Payload)[key] : undefined), obj);
const str = (obj: unknown, ...path: string[]): string => {
  const v = get(obj, ...path);
  return typeof v === 'string' ? v : '';
};

/** Reads the event name and payload (`GITHUB_EVENT_NAME`, `GITHUB_EVENT_PATH`) into a target. */
export function targetOf(eventName: string, payload: unknown, repo: Repo, sha: string): Target {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = get(payload, 'pull_request');
      const number = Number(get(pr, 'number') ?? get(payload, 'number'));
      const headSha = str(pr, 'head', 'sha');
      const baseSha = str(pr, 'base', 'sha');
      if (!number || !headSha || !baseSha)
        throw new UnsupportedEventError(`the ${eventName} payload has no pull request number, head or base sha.`);
      const headRepo = str(pr, 'head', 'repo', 'full_name');
      return {
        kind: 'pull_request',
        repo,
        number,
        headSha,
        baseSha,
        fromFork: headRepo !== '' && headRepo !== `${repo.owner}/${repo.repo}`,
        ...(typeof get(pr, 'changed_files') === 'number' ? { changedFiles: get(pr, 'changed_files') as number } : {}),
      };
    }
    case 'merge_group': {
      const baseSha = str(payload, 'merge_group', 'base_sha');
      const headSha = str(payload, 'merge_group', 'head_sha');
      if (!baseSha || !headSha) throw new UnsupportedEventError('the merge_group payload has no base_sha or head_sha.');
      return { kind: 'commits', repo, baseSha, headSha };
    }
    case 'push': {
      const before = str(payload, 'before');
      const after = str(payload, 'after') || sha;
      // A new branch has no "before": validate every plan in the checked-out workspace.
      if (!before || ZERO_SHA.test(before)) return { kind: 'workspace', repo, headSha: after };
      return { kind: 'commits', repo, baseSha: before, headSha: after };
    }
    case 'workflow_dispatch':
      return { kind: 'workspace', repo, headSha: sha };
    default:
      throw new UnsupportedEventError(
        `the "${eventName}" event is not supported; run execplan on pull_request, pull_request_target, merge_group, push or workflow_dispatch.`,
      );
  }
}
