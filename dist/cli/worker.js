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

// src/cli/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var job = workerData;
var port = parentPort;
if (port) {
  port.on("message", ({ id, text }) => {
    let reply;
    try {
      reply = { id, outcome: lintOutcome(text, job) };
    } catch (error) {
      reply = { id, failure: error instanceof Error ? error.stack ?? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
