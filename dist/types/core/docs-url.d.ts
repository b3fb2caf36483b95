/**
 * Where a rule's documentation page lives, for the version that produced the finding. The engine
 * never guesses it: the command-line tool passes the package's `repository` and version, the
 * action its own repository and ref (`GITHUB_ACTION_REPOSITORY`, `GITHUB_ACTION_REF`).
 */
/** The base used when a caller names none: the package's repository at its default branch. */
export declare const DEFAULT_REPOSITORY = "https://github.com/execplan/execplan";
/**
 * A repository URL as `package.json` writes it (`git+https://github.com/o/r.git`,
 * `github:o/r`, `o/r`, `https://github.com/o/r`) as `https://github.com/o/r`; `undefined` when
 * it is not one of those forms.
 */
export declare function repositoryWebUrl(repository: string): string | undefined;
/** The folder URL of the rule pages at `ref` (a tag such as `v1.2.0`, a branch or a commit), ending in `/`. */
export declare function rulesDocsBase(repositoryUrl: string, ref: string): string;
/** The rule pages of the package's repository at its default branch. */
export declare const DEFAULT_DOCS_BASE_URL: string;
