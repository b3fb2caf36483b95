import { MicromarkNotLoaded } from '../core/markdown.js';
import { useModuleCompileCache } from './compile-cache.js';

/**
 * Gives the parser micromark. In `dist/` the CLI's micromark is a file of its own beside the
 * classic script (`dist/cli/micromark.cjs`, see scripts/build.mjs): the code cache of a run that
 * needs no micromark then holds none of it (a sixth of the cache) and the script to read is a
 * third shorter.
 */
export async function loadMicromark(): Promise<void> {
  useModuleCompileCache();
  // Loading it gives the parser micromark, as it does for the library and the action.
  await import('../core/micromark.js');
}

/**
 * Runs `work` (a parse or a lint: pure, so running it twice gives the same result) and, when its
 * text needed micromark, runs it again once micromark is loaded. The CLI's main thread loads
 * micromark only for the plans that need it (see `MicromarkNotLoaded`).
 */
export async function withMicromark<T>(work: () => T): Promise<T> {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof MicromarkNotLoaded)) throw error;
    await loadMicromark();
    return work();
  }
}
