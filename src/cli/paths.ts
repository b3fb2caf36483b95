import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * The repository root: the nearest folder at or above `cwd` that holds `.git` (a folder, or the
 * file of a worktree or submodule); the working folder when there is none.
 */
export function repositoryRoot(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

/** What `resolve` never writes: an empty, `.` or `..` segment, or a separator at the end. */
const UNRESOLVED = /[\\/](?:\.\.?)?(?:[\\/]|$)/;

/** Whether `resolve(cwd, path)` would only put `cwd` in front of `path` (relative, no `.`, `..` or empty segment). */
export const isPlainRelative = (path: string): boolean =>
  path !== '' && !isAbsolute(path) && !UNRESOLVED.test('/' + path);

/**
 * How a file is named in every output format: relative to the repository root with forward
 * slashes, so that code scanning and workflow annotations attach to the file wherever the
 * command ran; a file outside the root keeps its absolute path.
 */
export function displayPath(root: string, file: string): string {
  // A file below the root, as `resolve` writes it: the rest of its path, without `relative`'s
  // work (a warm run names hundreds of plans); anything else through `relative`.
  const prefix = root.endsWith(sep) ? root : root + sep;
  const below = file.startsWith(prefix) && !UNRESOLVED.test(file);
  const rel = below ? file.slice(prefix.length) : relative(root, file);
  return (rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel).split(sep).join('/');
}
