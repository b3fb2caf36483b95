import { parentPort, workerData } from 'node:worker_threads';
import { lintOutcome, type LintJob } from './lint-outcome.js';
// Parses plans: micromark for the text the fast parser leaves to it (see `MicromarkNotLoaded`).
import '../core/micromark.js';

/**
 * A worker thread of `validate` (see `worker-pool.ts`): it loads the engine once, then validates
 * each text it is sent and answers with the outcome under the same id. An unexpected failure is
 * sent back as its stack, so that the main thread fails the run the way it would have in-thread.
 */
export interface WorkerRequest {
  readonly id: number;
  readonly text: string;
}

export type WorkerReply =
  | { readonly id: number; readonly outcome: ReturnType<typeof lintOutcome> }
  | { readonly id: number; readonly failure: string };

const job = workerData as LintJob;
const port = parentPort;
if (port) {
  port.on('message', ({ id, text }: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { id, outcome: lintOutcome(text, job) };
    } catch (error) {
      reply = { id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
}
