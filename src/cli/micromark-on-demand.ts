import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MicromarkNotLoaded, provideMicromark } from '../core/markdown.js';

/** Where dist/cli.js keeps its code cache, from the package's folder (scripts/build.mjs). */
const CACHE_FOLDER = join('node_modules', '.cache', 'execplan');

/**
 * Gives the parser micromark. In `dist/` the CLI's micromark is a file of its own beside the
 * classic script (`dist/cli/micromark.cjs`, see scripts/build.mjs): the code cache of a run that
 * needs no micromark then holds none of it (a sixth of the cache) and the script to read is a
 * third shorter.
 */
export async function loadMicromark(): Promise<void> {
  // From dist/, with Node's module compile cache (Node 22.1 and later), kept beside the launcher's
  // code cache: micromark.cjs, which that cache does not hold, compiled 5.6 ms faster (Node 24).
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.cjs')) {
    // Typed here: @types/node of Node 20, which has no compile cache, is the one installed.
    const nodeModule = process.getBuiltinModule('node:module') as { enableCompileCache?: (folder: string) => unknown };
    nodeModule.enableCompileCache?.(join(dirname(here), '..', '..', CACHE_FOLDER));
  }
  provideMicromark((await import('../core/micromark-parser.js')).parseWithMicromark);
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
