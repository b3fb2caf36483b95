import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CACHE_LOCATION } from './cache-location.js';

/**
 * From dist/, Node's module compile cache (Node 22.1 and later) for the files the classic script
 * requires beside it only when needed (micromark.cjs, yaml.cjs: see scripts/build.mjs), which its
 * own code cache does not hold; kept beside that cache. micromark.cjs compiled 5.6 ms faster with
 * it (Node 24). A cache that cannot be written costs nothing but the speed.
 */
export function useModuleCompileCache(): void {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.cjs')) return;
  // Typed here: @types/node of Node 20, which has no compile cache, is the one installed.
  const nodeModule = process.getBuiltinModule('node:module') as { enableCompileCache?: (folder: string) => unknown };
  // The folder where dist/cli.js keeps its code cache, from the package's folder (scripts/build.mjs).
  nodeModule.enableCompileCache?.(join(dirname(here), '..', '..', DEFAULT_CACHE_LOCATION));
}
