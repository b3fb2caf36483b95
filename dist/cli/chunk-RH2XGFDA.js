import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);

// src/cli/cache-location.ts
import { join, resolve } from "node:path";
var DEFAULT_CACHE_LOCATION = join("node_modules", ".cache", "execplan");
var CACHE_FILE_NAME = "validate-cache.json";
function cacheFilePath(cwd, location = DEFAULT_CACHE_LOCATION) {
  const path = resolve(cwd, location);
  return path.endsWith(".json") ? path : join(path, CACHE_FILE_NAME);
}
var DamagedCacheError = class extends Error {
};

export {
  DEFAULT_CACHE_LOCATION,
  CACHE_FILE_NAME,
  cacheFilePath,
  DamagedCacheError
};
