/**
 * The file system calls of the command line, as promises over Node's callback API. Not
 * `node:fs/promises`: loading it loads the line reader and the REPL's history too, 1.5 ms of the
 * 70 that validating one plan takes, for nothing the command line uses.
 */
// By name, not `* as`: a bundle copies every export of node:fs into a namespace object for that.
import {
  lstat as lstatCallback,
  mkdir as mkdirCallback,
  readdir as readdirCallback,
  readFile as readFileCallback,
  rename as renameCallback,
  writeFile as writeFileCallback,
} from 'node:fs';
import { promisify } from 'node:util';

/**
 * The function `make()` returns, made on its first call rather than on loading: six promisify
 * calls were 0.2 ms of a one-plan run, which calls none of them.
 */
function lazily<F>(make: () => F): F {
  let made: F | undefined;
  return ((...args: unknown[]) => ((made ??= make()) as (...args: unknown[]) => unknown)(...args)) as F;
}

export const lstat = lazily(() => promisify(lstatCallback));
export const mkdir = lazily(() => promisify(mkdirCallback));
export const readdir = lazily(() => promisify(readdirCallback));
export const readFile = lazily(() => promisify(readFileCallback));
export const rename = lazily(() => promisify(renameCallback));
export const writeFile = lazily(() => promisify(writeFileCallback));
