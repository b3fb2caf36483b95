import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
  type Stats,
} from 'node:fs';
import { lstat, readdir } from './fs-async.js';
import { isAbsolute, join, resolve, sep } from 'node:path';
import pLimit from 'p-limit';

/**
 * Reading plan files from a checked-out repository that a pull request may have filled with traps
 * (issue 10, item 5): a symbolic link to `/dev/zero` (a read without end), to `/` (a walk of the
 * whole file system) or to `/tmp/secret.md` (a file outside the repository, printed in a public
 * job summary). So:
 *
 * - listing never follows a symbolic link to a folder, and lists links to files and special files
 *   (pipes, devices, sockets) whose names match, so that reading can say why it refuses them;
 * - only regular files are read, and only when their real path (links resolved) is inside the
 *   repository, if the path as written is;
 * - the size is checked before reading, and again while reading (a file that grows);
 * - at most `READ_CONCURRENCY` files are open at once, and running out of file handles (EMFILE)
 *   is thrown, never reported as "could not be read".
 */
export const MAX_PLAN_BYTES = 10 * 1024 * 1024;
export const READ_CONCURRENCY = 16;
const IGNORED_FOLDERS = new Set(['node_modules', '.git']);

/**
 * What identifies one version of a file without reading it, as git's index does: device, inode,
 * size, and the times of the last change of content (mtime) and of the inode (ctime, which
 * nothing but the kernel sets, so a rewrite that restores the old mtime still shows).
 */
export type FileStamp = readonly [dev: number, ino: number, size: number, mtimeMs: number, ctimeMs: number];

const stampOf = (info: Stats): FileStamp => [info.dev, info.ino, info.size, info.mtimeMs, info.ctimeMs];

export const sameStamp = (a: FileStamp, b: FileStamp): boolean => a.every((value, i) => value === b[i]);

export type FileRead =
  /** `stamp`: the file as it was opened, for a cache that may skip it next time. */
  | { readonly bytes: Uint8Array; readonly stamp: FileStamp }
  /** `skipped`: a link out of the repository or a special file, which the CLI skips with a message. */
  | { readonly error: string; readonly skipped?: boolean };

const isInside = (root: string, path: string): boolean =>
  path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

function fatal(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EMFILE' || code === 'ENFILE';
}

function reason(error: unknown): string {
  if (fatal(error)) throw error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'ELOOP') return 'a loop of symbolic links';
  return (error as Error).message;
}

/** A file that cannot be read; running out of file handles is the process's state, so `reason` throws it. */
const cannotRead = (error: unknown): FileRead => ({
  error: `cannot read the file (${reason(error)}): check the path and its permissions.`,
});

/**
 * Reads one file as bytes, by the rules above; `root` is the repository (or workspace) folder.
 * The checks are `planReader`'s, so that there is one copy of them; the bytes are the caller's.
 */
export async function readPlanBytes(path: string, root: string, maxBytes = MAX_PLAN_BYTES): Promise<FileRead> {
  return planReader(maxBytes, { reuseBuffer: false })(path, root);
}

/**
 * Reads one plan (see `planReader`); given `unchanged`, it is asked, after every check and before
 * opening, whether the caller knows this very version of the file already.
 */
export interface PlanReader {
  (path: string, root: string): FileRead;
  (path: string, root: string, unchanged?: (stamp: FileStamp) => boolean): FileRead | { readonly unchanged: true };
}

/**
 * Reads plan files by the rules above without the thread pool: `validate`'s warm runs read
 * hundreds of small plans, and asynchronous reads one after the other were most of their time.
 * The reader resolves each root's real path once. With `reuseBuffer` (the default) it reads every
 * file into one buffer: the bytes it returns are valid until the next read (`validate` hashes
 * them, and decodes them only when the cache has no outcome for them); without, each read gets
 * a buffer of its own.
 */
export function planReader(maxBytes = MAX_PLAN_BYTES, { reuseBuffer = true } = {}): PlanReader {
  // Each root as written (resolved) and as it really is (links resolved), found once.
  const roots = new Map<string, { readonly resolved: string; readonly real: string }>();
  const rootOf = (root: string) => {
    let found = roots.get(root);
    if (found === undefined) {
      let real: string;
      try {
        real = realpathSync.native(root);
      } catch {
        real = resolve(root);
      }
      roots.set(root, (found = { resolved: resolve(root), real }));
    }
    return found;
  };
  let scratch = new Uint8Array(0);
  return ((path: string, root: string, unchanged?: (stamp: FileStamp) => boolean) => {
    const full = resolve(path);
    let real: string;
    try {
      // One system call (realpath(3)), where the JavaScript version stats every folder on the way;
      // it fails as a stat would (no such file, permission denied, a loop), and a link left
      // dangling is told apart below.
      real = realpathSync.native(full);
      const { resolved, real: realRootPath } = rootOf(root);
      if (isInside(resolved, full) && !isInside(realRootPath, real))
        return { error: 'is a symbolic link to a file outside the repository: not read.', skipped: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && lstatSync(full, { throwIfNoEntry: false }))
        return { error: 'is a symbolic link to a file that does not exist: not read.', skipped: true };
      return cannotRead(error);
    }
    let fd: number | undefined;
    try {
      const info = statSync(real);
      if (info.isDirectory()) return cannotRead(Object.assign(new Error('is a folder'), { code: 'EISDIR' }));
      if (!info.isFile())
        return { error: 'is not a regular file (a device, a pipe or a socket): not read.', skipped: true };
      if (info.size > maxBytes) return tooLarge(info.size, maxBytes);
      // After every check, before opening: the caller knows this very version already.
      if (unchanged?.(stampOf(info))) return { unchanged: true };
      // O_NOFOLLOW and O_NONBLOCK: a link or a pipe put in place since the checks above is not read.
      fd = openSync(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
      const opened = fstatSync(fd);
      if (!opened.isFile()) return { error: 'is not a regular file: not read.', skipped: true };
      const size = Math.min(opened.size, maxBytes) + 1;
      if (!reuseBuffer) scratch = new Uint8Array(size);
      else if (scratch.length < size) scratch = new Uint8Array(Math.max(size, 64 * 1024, scratch.length * 2));
      const buffer = scratch.subarray(0, size);
      let length = 0;
      for (;;) {
        const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === buffer.length) {
          if (length > maxBytes) return tooLarge(maxBytes, maxBytes, true);
          break;
        }
      }
      return { bytes: buffer.subarray(0, length), stamp: stampOf(opened) };
    } catch (error) {
      return cannotRead(error);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }) as PlanReader;
}

const tooLarge = (size: number, maxBytes: number, growing = false): FileRead => ({
  error: `is ${growing ? 'over ' : ''}${size} bytes; plans of more than ${maxBytes} bytes are not read.`,
});

/**
 * The files under `cwd` that match `globs` (negated globs exclude), as paths relative to `cwd`
 * with forward slashes, sorted. Regular files, links and special files are listed; links to
 * folders and `node_modules`/`.git` are not entered. A glob that reaches out of `cwd` (`../x`,
 * an absolute path) is listed by tinyglobby without following links.
 */
export async function listPlanFiles(
  cwd: string,
  globs: readonly string[],
  /** Called with each matching path whose file name is not valid UTF-8 (shown with U+FFFD). */
  onBadName?: (path: string) => void,
): Promise<string[]> {
  // The matcher (picomatch) and tinyglobby are loaded only when there is a folder or glob to walk.
  const { globBase, planMatcher } = await import('./plan-globs.js');
  const isPlan = planMatcher(globs);
  const found = new Set<string>();
  const walked = new Set<string>();
  const walk = async (folder: string): Promise<void> => {
    if (walked.has(folder)) return;
    walked.add(folder);
    let entries;
    try {
      entries = await readdir(join(cwd, folder), { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      if (fatal(error)) throw error;
      return;
    }
    for (const entry of entries) {
      const raw = entry.name as unknown as Buffer;
      const name = raw.toString('utf8');
      const path = folder ? `${folder}/${name}` : name;
      // A name that is not UTF-8 cannot be opened by its decoded text: say so rather than "missing".
      const badName = !Buffer.from(name, 'utf8').equals(raw);
      if (entry.isDirectory()) {
        if (!IGNORED_FOLDERS.has(name) && !badName) await walk(path);
      } else if (isPlan(path)) {
        if (badName) onBadName?.(path);
        else found.add(path);
      }
    }
  };
  for (const glob of globs) {
    if (glob.startsWith('!')) continue;
    const base = globBase(glob);
    if (isAbsolute(glob) || base.split('/').includes('..')) {
      const { glob: tinyglob } = await import('tinyglobby');
      for (const path of await tinyglob([glob], { cwd, dot: true, followSymbolicLinks: false })) found.add(path);
      continue;
    }
    const info = await lstat(join(cwd, base)).catch((error: unknown) => {
      if (fatal(error)) throw error;
      return undefined;
    });
    if (info?.isDirectory()) await walk(base.replace(/\/$/, ''));
    else if (info && isPlan(base)) found.add(base);
  }
  return [...found].sort();
}

/** Runs `read` on each path with at most `READ_CONCURRENCY` at once, in order. */
export function readAll<T>(paths: readonly string[], read: (path: string) => Promise<T>): Promise<T[]> {
  const limit = pLimit(READ_CONCURRENCY);
  return Promise.all(paths.map((path) => limit(() => read(path))));
}

/** The workspace mode of the action: every plan in the workspace, each read by the rules above. */
export async function readWorkspacePlans(
  workspace: string,
  globs: readonly string[],
  warn: (message: string) => void,
): Promise<{ path: string; bytes: Uint8Array | undefined }[]> {
  const paths = await listPlanFiles(workspace, globs, (path) =>
    warn(`${path} has a file name that is not valid UTF-8, so it was not read: rename it.`),
  );
  return readAll(paths, async (path) => {
    const read = await readPlanBytes(join(workspace, path), workspace);
    if ('error' in read) {
      warn(`${path} ${read.error}`);
      return { path, bytes: undefined };
    }
    return { path, bytes: read.bytes };
  });
}

/** One file of the workspace (the configuration), by the same rules; undefined when absent. */
export async function readWorkspaceFile(workspace: string, path: string): Promise<Uint8Array | undefined> {
  const full = resolve(workspace, path);
  if (!isInside(resolve(workspace), full)) throw new Error(`${path} is outside the workspace.`);
  const read = await readPlanBytes(full, workspace);
  return 'bytes' in read ? read.bytes : undefined;
}
