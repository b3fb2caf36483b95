import { MicromarkNotLoaded } from '../core/markdown.js';

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
    await import('../core/micromark.js');
    return work();
  }
}
