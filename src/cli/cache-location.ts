import { join, resolve } from 'node:path';

/**
 * Where `validate --cache` keeps its file, and the error of a damaged one: apart from the cache
 * itself (`cache.ts`), which loads the hashing and checksum modules, so that a run without
 * `--cache` loads neither.
 */
export const DEFAULT_CACHE_LOCATION = join('node_modules', '.cache', 'execplan');
/** The file inside a cache folder; a `--cache-location` ending in `.json` names the file itself. */
export const CACHE_FILE_NAME = 'validate-cache.json';
export function cacheFilePath(cwd: string, location: string = DEFAULT_CACHE_LOCATION): string {
  const path = resolve(cwd, location);
  return path.endsWith('.json') ? path : join(path, CACHE_FILE_NAME);
}

/** A stored block that passed the file's checksum but is not what this tool writes. */
export class DamagedCacheError extends Error {}
