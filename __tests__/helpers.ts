import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli as runCliInProcess } from '../src/cli/main.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const sharedDir = join(repoRoot, '..', 'shared');
export const corpusDir = join(sharedDir, 'corpus');
export const casesDir = join(sharedDir, 'conformance', 'cases');
export const cliPath = join(repoRoot, 'dist', 'cli.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in this process (`runCli` of src/cli/main.ts) with an in-memory terminal: what it
 * prints and its exit status, as a subprocess would give them.
 */
export async function runCli(args: string[], cwd = repoRoot, options: { colour?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await runCliInProcess(args, {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    colour: options.colour ?? false,
    now: () => new Date(),
  });
  return { status, stdout, stderr };
}

/** Runs the bundled CLI as a user would: `node dist/cli.js …`, as a subprocess. */
export function runBundledCli(args: string[], cwd = repoRoot): CliRun {
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const tempDir = (prefix = 'execplan-test-'): string => mkdtempSync(join(tmpdir(), prefix));
