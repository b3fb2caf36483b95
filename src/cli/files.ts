import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { decodePlan, type ReadResult } from '../core/decode.js';

export { decodePlan, type ReadResult };

export const DEFAULT_PLAN_GLOB = '.plans/**/*.md';
const IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface Expansion {
  /** Plan files found, as paths relative to the working folder (forward slashes), sorted. */
  readonly files: string[];
  /** Arguments that named nothing: a missing file, or a folder or glob without plans. */
  readonly unmatched: { readonly arg: string; readonly reason: string }[];
}

const toDisplay = (cwd: string, file: string): string => {
  // Most files lie below the working folder: a prefix, where `relative` would resolve both paths
  // again for each of hundreds of files.
  if (file.startsWith(cwd) && file[cwd.length] === sep)
    return file
      .slice(cwd.length + 1)
      .split(sep)
      .join('/');
  const rel = relative(cwd, file);
  return (rel.startsWith('..') || isAbsolute(rel) ? file : rel).split(sep).join('/');
};

/** Expands each argument: a file, a folder (every `*.md` below it) or a glob. */
export async function expandPlanPaths(args: readonly string[], cwd: string): Promise<Expansion> {
  const found = new Set<string>();
  const unmatched: { arg: string; reason: string }[] = [];
  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isFile()) {
      found.add(toDisplay(cwd, absolute));
    } else if (info?.isDirectory()) {
      const files = await glob('**/*.md', { cwd: absolute, ignore: IGNORED, absolute: true, dot: true });
      if (files.length === 0) unmatched.push({ arg, reason: 'is a folder with no *.md files in it' });
      for (const file of files) found.add(toDisplay(cwd, file));
    } else if (isDynamicPattern(arg)) {
      const files = await glob(arg, { cwd, ignore: IGNORED, absolute: true, dot: true });
      const plans = files.filter((f) => f.endsWith('.md'));
      if (plans.length === 0) unmatched.push({ arg, reason: 'matches no *.md file' });
      for (const file of plans) found.add(toDisplay(cwd, file));
    } else {
      unmatched.push({ arg, reason: 'does not exist' });
    }
  }
  return { files: [...found].sort(), unmatched };
}

/** Reads a plan as UTF-8 text; a missing, unreadable or binary file gives an error to report. */
export async function readPlanFile(path: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'is a folder'
            : String((error as Error).message);
    return { error: `cannot read the file (${why}): check the path and its permissions.` };
  }
  return decodePlan(bytes);
}
