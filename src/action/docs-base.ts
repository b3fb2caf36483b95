import { DEFAULT_DOCS_BASE_URL, rulesDocsBase } from '../core/docs-url.js';

/**
 * The rule pages of the action that is running: GitHub sets `GITHUB_ACTION_REPOSITORY`
 * (`owner/name` of the action) and `GITHUB_ACTION_REF` (the tag, branch or commit in `uses:`),
 * so every link shows the docs of the version that produced the finding. Outside a job (tests,
 * a local run) the package's default branch.
 */
export function actionDocsBase(env: NodeJS.ProcessEnv = process.env): string {
  const repository = env.GITHUB_ACTION_REPOSITORY?.trim();
  const ref = env.GITHUB_ACTION_REF?.trim();
  if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return DEFAULT_DOCS_BASE_URL;
  const server = (env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '');
  return rulesDocsBase(`${server}/${repository}`, ref || 'main');
}
