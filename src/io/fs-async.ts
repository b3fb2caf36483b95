/**
 * The file system calls of the command line, as promises over Node's callback API. Not
 * `node:fs/promises`: loading it loads the line reader and the REPL's history too, 1.5 ms of the
 * 70 that validating one plan takes, for nothing the command line uses.
 */
import * as callbacks from 'node:fs';
import { promisify } from 'node:util';

export const lstat = promisify(callbacks.lstat);
export const mkdir = promisify(callbacks.mkdir);
export const readdir = promisify(callbacks.readdir);
export const readFile = promisify(callbacks.readFile);
export const rename = promisify(callbacks.rename);
export const writeFile = promisify(callbacks.writeFile);
