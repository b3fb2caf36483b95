// `npm run bench:hostile`: each hostile input of scripts/hostile-inputs.ts at its full size (scale
// 1; the test measures smaller ones) validated three times, interleaved with a realistic plan of
// the same size (1 MB for inputs refused before parsing);
// the fastest run of each, their ratio against the input's bound, and the outcome. Written to
// bench/hostile.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baselineFor, countAt, HOSTILE_INPUTS, measureOnce } from './hostile-inputs.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 3;

const rows = HOSTILE_INPUTS.map((input) => {
  const text = input.build(countAt(input, 1));
  const baselineText = baselineFor(input, text);
  const runs = Array.from({ length: RUNS }, () => measureOnce(text, baselineText, input.options));
  const last = runs[RUNS - 1];
  const outcome = last.result ? `${last.result.findings.length} findings` : `refused: ${(last.error as Error).message}`;
  const [ms, baseline] = [Math.min(...runs.map((r) => r.inputMs)), Math.min(...runs.map((r) => r.baselineMs))];
  return {
    id: input.id,
    megabytes: +(text.length / 1048576).toFixed(2),
    ms: +ms.toFixed(0),
    baselineMs: +baseline.toFixed(0),
    ratio: +(ms / baseline).toFixed(2),
    bound: input.bound,
    outcome,
  };
});

mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(
  join(root, 'bench', 'hostile.json'),
  JSON.stringify({ machine: { node: process.version }, runs: RUNS, rows }, null, 2) + '\n',
);
console.log(`Hostile input, fastest of ${RUNS} runs, against a realistic plan of the same size\n`);
console.log('input                        MB      ms  baseline ms  ratio  bound  outcome');
for (const r of rows) {
  console.log(
    `${r.id.padEnd(26)} ${String(r.megabytes).padStart(5)} ${String(r.ms).padStart(7)} ${String(r.baselineMs).padStart(12)} ${r.ratio.toFixed(2).padStart(6)} ${String(r.bound).padStart(6)}  ${r.outcome.slice(0, 60)}`,
  );
}
