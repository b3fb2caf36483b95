import { lstatSync } from 'node:fs';
import { parse, resolve } from 'node:path';
import { decodePlan, type ReadResult } from '../core/decode.js';
import { listPlanFiles, readPlanBytes } from '../io/plan-files.js';
import { displayPath, isPlainRelative } from './paths.js';

export { decodePlan, type ReadResult };

/**
 * The argument's own status, or nothing. At once: an asynchronous call would start libuv's thread
 * pool, and for one plan this is the only call that would.
 */
const statOrNothing = (absolute: string) => {
  try {
    return lstatSync(absolute);
  } catch {
    return undefined;
  }
};

export const DEFAULT_PLAN_GLOB = '.plans/**/*.md';

export interface Expansion {
  /** Plan files found, as paths relative to the working folder (forward slashes), sorted. */
  readonly files: string[];
  /** Arguments that named nothing: a missing file, or a folder or glob without plans. */
  readonly unmatched: { readonly arg: string; readonly reason: string; readonly always?: boolean }[];
}

/**
 * Expands each argument: a file, a folder (every `*.md` below it) or a glob. Links to folders are
 * not followed; links and special files that match are listed, and reading decides about them
 * (see `src/io/plan-files.ts`).
 */
export async function expandPlanPaths(args: readonly string[], cwd: string): Promise<Expansion> {
  const found = new Set<string>();
  const unmatched: { arg: string; reason: string; always?: boolean }[] = [];
  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    const info = statOrNothing(absolute);
    const folder = info?.isDirectory() || (info?.isSymbolicLink() && arg.endsWith('/'));
    if (info && !folder) {
      found.add(displayPath(cwd, absolute));
    } else if (folder) {
      const files = (await listPlanFiles(absolute, ['**/*.md'])).map((f) => displayPath(cwd, resolve(absolute, f)));
      if (files.length === 0) unmatched.push({ arg, reason: 'is a folder with no *.md files in it' });
      for (const file of files) found.add(file);
    } else if ((await import('../io/plan-globs.js')).isDynamicPattern(arg)) {
      const badName = (path: string): void => {
        unmatched.push({
          arg: path,
          reason: 'has a file name that is not valid UTF-8, so it cannot be read: rename it',
          always: true,
        });
      };
      // The walk's paths are relative to cwd already: only one with `.` or `..` in it is renamed.
      const plans = (await listPlanFiles(cwd, [arg], badName))
        .map((f) => (isPlainRelative(f) ? f : displayPath(cwd, resolve(cwd, f))))
        .filter((f) => f.endsWith('.md'));
      if (plans.length === 0) unmatched.push({ arg, reason: 'matches no *.md file' });
      for (const file of plans) found.add(file);
    } else {
      unmatched.push({ arg, reason: 'does not exist' });
    }
  }
  return { files: [...found].sort(), unmatched };
}

/**
 * Reads a plan as UTF-8 text; a missing, unreadable, binary or too large file gives an error to
 * report. `skipped` marks a link out of `root` (the repository; by default any folder, for the
 * files named to `progress`, `delta` and `--base`) or a special file.
 */
export async function readPlanFile(
  path: string,
  root = parse(resolve(path)).root,
): Promise<ReadResult | { readonly error: string; readonly skipped?: boolean }> {
  const read = await readPlanBytes(path, root);
  if ('error' in read) return read;
  return decodePlan(read.bytes);
}
