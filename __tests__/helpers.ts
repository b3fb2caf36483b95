import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli as runCliInProcess } from '../src/cli/main.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
/** `../shared` beside the checkout; `EXECPLAN_SHARED_DIR` names another place (or none, to try the skips). */
export const sharedDir = process.env.EXECPLAN_SHARED_DIR ?? join(repoRoot, '..', 'shared');
export const corpusDir = join(sharedDir, 'corpus');
export const casesDir = join(sharedDir, 'conformance', 'cases');
export const cliPath = join(repoRoot, 'dist', 'cli.js');
/** The repository's own copies of the conformance cases that the CLI tests use. */
export const fixtureCasesDir = join(repoRoot, '__tests__', 'fixtures', 'cases');

/**
 * Whether `../shared` (the conformance cases and the corpus of real plans) is beside the
 * checkout. It is on the project's machines and in CI; a plain clone has no such folder, and the
 * tests that read it are then skipped, each file saying so on one line.
 */
export const sharedAvailable = existsSync(casesDir) && existsSync(corpusDir);

let skipNoticeGiven = false;
function noticeSkipped(): void {
  if (skipNoticeGiven) return;
  skipNoticeGiven = true;
  const path = (expect.getState().testPath as string | undefined) ?? 'a test file';
  process.stderr.write(
    `execplan tests: skipped the tests of ${basename(path)} that read ../shared (the conformance cases and the corpus): it is not beside the checkout.\n`,
  );
}

/** `describe` for tests that read `../shared`: skipped with a one-line notice when it is not there. */
export function describeShared(name: string, body: () => void): void {
  if (sharedAvailable) {
    describe(name, body);
    return;
  }
  noticeSkipped();
  // Declared skipped under the same names, so that their snapshots count as skipped, not obsolete.
  describe.skip(name, body);
}

/** `test` for one test that reads `../shared`: skipped with a one-line notice when it is not there. */
export function testShared(name: string, body: () => unknown, timeout?: number): void {
  if (sharedAvailable) {
    test(name, body as jest.ProvidesCallback, timeout);
    return;
  }
  noticeSkipped();
  test.skip(`${name} (needs ../shared beside the checkout)`, () => undefined);
}

/** Reads a file of `../shared`; empty when it is not there (its tests are skipped then). */
export const readShared = (path: string): string => (sharedAvailable ? readFileSync(path, 'utf8') : '');

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
