import { ConfigError } from '../core/config.js';
import { loadConfigFrom, type ConfigStore } from '../core/config-discovery.js';
import type { LintSettings } from '../core/settings.js';
import { createFailedCheck } from './check-run.js';
import type { Target } from './event.js';
import { listRootFiles, readFileAt, type GitHubClient } from './github.js';
import type { ActionInputs } from './inputs.js';
import { escapeText } from './markdown.js';
import type { Runner } from './runner.js';

/** The repository at one commit, read through the API: only its root is searched. */
function apiStore(client: GitHubClient, target: Extract<Target, { baseSha: string }>): ConfigStore {
  return {
    list: (folder) => (folder === '' ? listRootFiles(client, target.repo, target.baseSha) : Promise.resolve([])),
    read: (path) => readFileAt(client, target.repo, path, target.baseSha),
    parent: () => undefined,
    join: (_folder, name) => name,
    where: ' at the base commit',
  };
}

/** The checked-out workspace: only its root is searched, as on the API. */
function workspaceStore(runner: Runner): ConfigStore {
  return {
    list: (folder) => (folder === '' ? runner.listWorkspaceFolder('') : Promise.resolve([])),
    read: (path) => runner.readWorkspaceFile(path),
    parent: () => undefined,
    join: (_folder, name) => name,
    where: ' in the workspace',
  };
}

/**
 * The lint settings of the run. On a pull request or a push they are read at the base commit,
 * so that a change cannot relax the rules that judge it; for the workspace, from the workspace.
 */
export async function loadSettings(
  client: GitHubClient,
  inputs: ActionInputs,
  target: Target,
  runner: Runner,
): Promise<LintSettings> {
  const store = target.kind === 'workspace' ? workspaceStore(runner) : apiStore(client, target);
  const explicit = inputs.config === undefined ? undefined : { path: inputs.config, givenIn: 'the "config" input' };
  return (await loadConfigFrom(store, '', explicit)).settings;
}

/**
 * An invalid configuration fails the run; it also gets a failing check run, so that a required
 * check reports why instead of staying pending, and an annotation on the configuration file.
 */
export async function reportConfigError(
  client: GitHubClient,
  inputs: ActionInputs,
  target: Target,
  runner: Runner,
  error: ConfigError,
): Promise<void> {
  runner.annotate('error', error.detail, {
    file: error.file,
    startLine: error.line ?? 1,
    endLine: error.line ?? 1,
    title: 'execplan configuration',
  });
  const where = target.kind === 'workspace' ? 'in the workspace' : "at the pull request's base commit";
  await createFailedCheck(client, inputs, target, {
    title: 'Invalid configuration',
    summary: `${escapeText(error.message, 2000)}\n\nNo plan was validated. Fix the configuration file; execplan reads it ${where}, so a pull request cannot change the rules that judge it.`,
  });
}
