import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { lintOutcome, type LintJob, type LintOutcome } from './lint-outcome.js';
import { withMicromark } from './micromark-on-demand.js';
import type { WorkerReply, WorkerRequest } from './validate-worker.js';

/**
 * How many processors one engine thread keeps busy: V8 compiles and collects garbage on threads
 * of its own. Measured here: the corpus on one thread took 3.1 s pinned to one processor and 1.9 s
 * with two (docs/performance.md, "Every processor"). More threads than the processors can feed
 * only compete with those helpers.
 */
const PROCESSORS_PER_THREAD = 1.5;
/** With processors for two threads or more: workers from this much text, one per this much. */
const MIN_PARALLEL_BYTES = 256 * 1024;
const MIN_BYTES_PER_WORKER = 128 * 1024;
/**
 * With fewer (two processors): two workers took 1.1 to 1.2 times as long as one thread at 1.5, 3
 * and 6 MB, about as long at 10 MB and 0.92 to 0.96 times as long at 15 MB.
 */
const FEW_PROCESSORS_MIN_BYTES = 8 * 1024 * 1024;
const FEW_PROCESSORS_BYTES_PER_WORKER = 4 * 1024 * 1024;
/** Requests sent ahead to each worker, so that it never waits for the main thread between plans. */
const IN_FLIGHT = 2;

/**
 * How many threads validate `sizes` (the texts' lengths) on `processors`: 1 means in this thread.
 * `requested` (the `--workers` option) overrides the choice: 0 or 1 is one thread, more is that
 * many workers (at most one per plan).
 */
export function threadCount(sizes: readonly number[], requested?: number, processors?: number): number {
  if (requested !== undefined) return Math.max(1, Math.min(Math.floor(requested), sizes.length));
  if (sizes.length < 2) return 1;
  // node:os only when there is a choice to make: loading it was 0.4 ms of a one-plan run.
  processors ??= process.getBuiltinModule('node:os').availableParallelism();
  const bytes = sizes.reduce((n, s) => n + s, 0);
  const fed = Math.floor(processors / PROCESSORS_PER_THREAD);
  if (fed >= 2)
    return bytes < MIN_PARALLEL_BYTES ? 1 : Math.min(fed, sizes.length, Math.floor(bytes / MIN_BYTES_PER_WORKER));
  if (bytes < FEW_PROCESSORS_MIN_BYTES) return 1;
  return Math.max(1, Math.min(processors, sizes.length, Math.floor(bytes / FEW_PROCESSORS_BYTES_PER_WORKER)));
}

/**
 * Validates every text, on worker threads when there is enough to share (see `threadCount`),
 * and returns the outcomes in the order of `texts`, whatever order the workers finish in. An
 * unexpected failure in a worker fails the whole run, as it would in one thread.
 */
export async function lintAll(texts: readonly string[], job: LintJob, requested?: number): Promise<LintOutcome[]> {
  const threads = threadCount(
    texts.map((t) => t.length),
    requested,
  );
  if (threads <= 1) {
    // Tells dist/cli.js's code cache (Node 20) that this run compiled the engine on this thread.
    (globalThis as Record<symbol, unknown>)[Symbol.for('execplan.cli.lintedOnMainThread')] = true;
    const outcomes: LintOutcome[] = [];
    for (const text of texts) outcomes.push(await withMicromark(() => lintOutcome(text, job)));
    return outcomes;
  }

  // The largest first, so that one big plan does not finish alone at the end.
  const queue = texts.map((_, i) => i).sort((a, b) => texts[b].length - texts[a].length || a - b);
  const outcomes: LintOutcome[] = new Array<LintOutcome>(texts.length);
  const workers: Worker[] = [];
  // Loaded here: a run on one thread (one plan, say) does not pay for the module.
  const { Worker: WorkerThread } = process.getBuiltinModule('node:worker_threads');
  try {
    await new Promise<void>((done, fail) => {
      let pending = texts.length;
      let next = 0;
      const send = (worker: Worker): void => {
        if (next >= queue.length) return;
        const id = queue[next++];
        worker.postMessage({ id, text: texts[id] } satisfies WorkerRequest);
      };
      for (let w = 0; w < threads; w++) {
        const worker = startWorker(WorkerThread, job);
        workers.push(worker);
        worker.on('message', (reply: WorkerReply) => {
          if ('failure' in reply) {
            fail(new Error(`validating ${reply.id + 1} of ${texts.length} failed in a worker: ${reply.failure}`));
            return;
          }
          outcomes[reply.id] = reply.outcome;
          if (--pending === 0) done();
          else send(worker);
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (pending > 0)
            fail(new Error(`a validation worker stopped (exit code ${code}) before its plans were done.`));
        });
        for (let k = 0; k < IN_FLIGHT; k++) send(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes;
}

/**
 * Starts one worker. From the bundle (`dist/cli/classic.cjs`) the worker is `dist/cli/worker.js`,
 * bundled beside it by `scripts/build.mjs`. From the sources (`node --import tsx src/cli.ts`, and
 * the tests), `validate-worker.ts` is bundled here by esbuild (a development dependency), once per
 * process, and run from memory: a worker does not inherit tsx, and registering tsx in each worker
 * cost about half a second of processor time per worker, against about 0.1 s for the one bundle.
 */
function startWorker(WorkerThread: typeof Worker, job: LintJob): Worker {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.ts')) return new WorkerThread(join(dirname(here), 'worker.js'), { workerData: job });
  return new WorkerThread(workerFromSources(here), { eval: true, workerData: job });
}

let bundledWorker: string | undefined;
function workerFromSources(here: string): string {
  if (bundledWorker === undefined) {
    const esbuild = process.getBuiltinModule('node:module').createRequire(here)('esbuild') as typeof import('esbuild');
    const { outputFiles } = esbuild.buildSync({
      entryPoints: [join(dirname(here), 'validate-worker.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      logLevel: 'silent',
    });
    bundledWorker = outputFiles[0].text;
  }
  return bundledWorker;
}
