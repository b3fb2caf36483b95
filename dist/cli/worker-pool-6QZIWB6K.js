import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);
import {
  lintOutcome
} from "./chunk-RJW7AALQ.js";
import "./chunk-OCZRQRJC.js";
import "./chunk-VEE3CH6S.js";
import "./chunk-PSCENAST.js";
import "./chunk-KTUVPLMJ.js";
import "./chunk-T6NT5P3X.js";
import "./chunk-LUL3YT75.js";
import "./chunk-OFXZ4FKC.js";

// src/cli/worker-pool.ts
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var PROCESSORS_PER_THREAD = 1.5;
var MIN_PARALLEL_BYTES = 256 * 1024;
var MIN_BYTES_PER_WORKER = 128 * 1024;
var FEW_PROCESSORS_MIN_BYTES = 8 * 1024 * 1024;
var FEW_PROCESSORS_BYTES_PER_WORKER = 4 * 1024 * 1024;
var IN_FLIGHT = 2;
function threadCount(sizes, requested, processors = availableParallelism()) {
  if (requested !== void 0) return Math.max(1, Math.min(Math.floor(requested), sizes.length));
  if (sizes.length < 2) return 1;
  const bytes = sizes.reduce((n, s) => n + s, 0);
  const fed = Math.floor(processors / PROCESSORS_PER_THREAD);
  if (fed >= 2)
    return bytes < MIN_PARALLEL_BYTES ? 1 : Math.min(fed, sizes.length, Math.floor(bytes / MIN_BYTES_PER_WORKER));
  if (bytes < FEW_PROCESSORS_MIN_BYTES) return 1;
  return Math.max(1, Math.min(processors, sizes.length, Math.floor(bytes / FEW_PROCESSORS_BYTES_PER_WORKER)));
}
async function lintAll(texts, job, requested) {
  const threads = threadCount(
    texts.map((t) => t.length),
    requested
  );
  if (threads <= 1) {
    globalThis[/* @__PURE__ */ Symbol.for("execplan.cli.lintedOnMainThread")] = true;
    return texts.map((text) => lintOutcome(text, job));
  }
  const queue = texts.map((_, i) => i).sort((a, b) => texts[b].length - texts[a].length || a - b);
  const outcomes = new Array(texts.length);
  const workers = [];
  const { Worker: WorkerThread } = createRequire(import.meta.url)(
    "node:worker_threads"
  );
  try {
    await new Promise((done, fail) => {
      let pending = texts.length;
      let next = 0;
      const send = (worker) => {
        if (next >= queue.length) return;
        const id = queue[next++];
        worker.postMessage({ id, text: texts[id] });
      };
      for (let w = 0; w < threads; w++) {
        const worker = startWorker(WorkerThread, job);
        workers.push(worker);
        worker.on("message", (reply) => {
          if ("failure" in reply) {
            fail(new Error(`validating ${reply.id + 1} of ${texts.length} failed in a worker: ${reply.failure}`));
            return;
          }
          outcomes[reply.id] = reply.outcome;
          if (--pending === 0) done();
          else send(worker);
        });
        worker.on("error", fail);
        worker.on("exit", (code) => {
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
function startWorker(WorkerThread, job) {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith(".ts")) return new WorkerThread(join(dirname(here), "worker.js"), { workerData: job });
  return new WorkerThread(workerFromSources(here), { eval: true, workerData: job });
}
var bundledWorker;
function workerFromSources(here) {
  if (bundledWorker === void 0) {
    const esbuild = createRequire(here)("esbuild");
    const { outputFiles } = esbuild.buildSync({
      entryPoints: [join(dirname(here), "validate-worker.ts")],
      bundle: true,
      platform: "node",
      format: "cjs",
      write: false,
      logLevel: "silent"
    });
    bundledWorker = outputFiles[0].text;
  }
  return bundledWorker;
}
export {
  lintAll,
  threadCount
};
