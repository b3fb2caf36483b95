/**
 * Where a rule's documentation page lives, for the version that produced the finding. The engine
 * never guesses it: the command-line tool passes the package's `repository` and version, the
 * action its own repository and ref (`GITHUB_ACTION_REPOSITORY`, `GITHUB_ACTION_REF`).
 */

/** The base used when a caller names none: the package's repository at its default branch. */
export const DEFAULT_REPOSITORY = 'https://github.com/execplan/execplan';

/**
 * A repository URL as `package.json` writes it (`git+https://github.com/o/r.git`,
 * `github:o/r`, `o/r`, `https://github.com/o/r`) as `https://github.com/o/r`; `undefined` when
 * it is not one of those forms.
 */
export function repositoryWebUrl(repository: string): string | undefined {
  const trimmed = repository.trim();
  const short = /^(?:github:)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(trimmed);
  if (short) return `https://github.com/${short[1]}/${short[2]}`;
  const url = /^(?:git\+)?(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/:]+)[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(
    trimmed,
  );
  if (url) return `https://${url[1]}/${url[2]}/${url[3]}`;
  const scp = /^git@([^:]+):([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(trimmed);
  if (scp) return `https://${scp[1]}/${scp[2]}/${scp[3]}`;
  return undefined;
}

/** The folder URL of the rule pages at `ref` (a tag such as `v1.2.0`, a branch or a commit), ending in `/`. */
export function rulesDocsBase(repositoryUrl: string, ref: string): string {
  return `${repositoryUrl.replace(/\/+$/, '')}/blob/${encodeURI(ref)}/docs/rules/`;
}

/** The rule pages of the package's repository at its default branch. */
export const DEFAULT_DOCS_BASE_URL = rulesDocsBase(DEFAULT_REPOSITORY, 'main');
