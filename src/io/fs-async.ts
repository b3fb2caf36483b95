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

export const lstat = promisify(lstatCallback);
export const mkdir = promisify(mkdirCallback);
export const readdir = promisify(readdirCallback);
export const readFile = promisify(readFileCallback);
export const rename = promisify(renameCallback);
export const writeFile = promisify(writeFileCallback);
