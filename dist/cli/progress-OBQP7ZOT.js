import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);
import {
  formatProgress,
  formatProgressMarkdown,
  parseOrFail,
  readOrFail,
  toProgressJson
} from "./chunk-PW74B7ZX.js";
import "./chunk-WO66M3XG.js";
import {
  loadConfig
} from "./chunk-VBWXL4SO.js";
import {
  displayPath,
  repositoryRoot
} from "./chunk-6PBQQLDQ.js";
import {
  EXIT_OK,
  PROGRESS_FORMATS,
  UsageError,
  formatOf,
  parseCommand
} from "./chunk-LGYYJPEW.js";
import "./chunk-PPUYP3TJ.js";
import "./chunk-L7GMDCVL.js";
import {
  paceOf
} from "./chunk-OL54AZMW.js";
import {
  summariseProgress
} from "./chunk-KTUVPLMJ.js";
import "./chunk-T6NT5P3X.js";
import "./chunk-LUL3YT75.js";
import "./chunk-OFXZ4FKC.js";

// src/cli/commands/progress.ts
import { resolve } from "node:path";
async function run(args, io) {
  const { values, positionals } = parseCommand("progress", args, {
    json: { type: "boolean", default: false },
    format: { type: "string" },
    config: { type: "string" }
  });
  const format = formatOf("progress", PROGRESS_FORMATS, values);
  if (positionals.length !== 1) throw new UsageError("progress takes exactly one plan file.", "progress");
  const [given] = positionals;
  const { settings } = await loadConfig(values.config, io.cwd);
  const summary = summariseProgress(
    parseOrFail("progress", given, await readOrFail("progress", given, io)),
    settings.sections.Progress
  );
  const pace = paceOf(summary, io.now());
  const path = displayPath(repositoryRoot(io.cwd), resolve(io.cwd, given));
  io.stdout(
    format === "json" ? JSON.stringify(toProgressJson(path, summary, pace), null, 2) + "\n" : format === "markdown" ? formatProgressMarkdown(path, summary, pace) : formatProgress(path, summary, io.colour, pace)
  );
  return EXIT_OK;
}
export {
  run
};
