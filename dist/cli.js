#!/usr/bin/env node
'use strict';
// CommonJS, with only the built-in modules Node's own start has already loaded, and vm (not
// node:module, which loads the ES module loader: 0.6 ms).
const fs = require('node:fs');
const { dirname, join } = require('node:path');
const vm = require('node:vm');
const file = join(__dirname, 'cli', 'classic.cjs');
// ASCII only (scripts/build.mjs makes sure): Latin-1 reads it as it is, without decoding UTF-8.
const source = fs.readFileSync(file, 'latin1');
const id = `f16372551fcfb85e-${process.version}-${process.arch}`;
// One cache per command: it holds the code the first run of that command compiled.
const command = ['validate', 'progress', 'delta', 'init'].includes(process.argv[2]) ? process.argv[2] : 'other';
const cacheFile = join(__dirname, '..', 'node_modules', '.cache', 'execplan', `cli-${id}-${command}.v8`);
// The file holds its content twice, so that a damaged file is found before V8 reads it (V8
// checks the version, flags, source length and size, not the bytes): comparing the halves costs
// less than the checksum of node:zlib or node:crypto, which would load 3 to 7 ms of modules. The
// content: one byte saying whether the run that wrote it validated plans on this thread
// (`LINTED_HERE`, set by src/cli/worker-pool.ts), then V8's data.
const LINTED_HERE = Symbol.for('execplan.cli.lintedOnMainThread');
let cachedData;
let cachedLintedHere = false;
try {
  const stored = fs.readFileSync(cacheFile);
  const half = stored.length / 2;
  if (half > 1 && Number.isInteger(half) && stored.subarray(0, half).equals(stored.subarray(half))) {
    cachedLintedHere = stored[0] === 1;
    cachedData = stored.subarray(1, half);
  }
} catch {}
// The script is a function expression (the build wraps it as Node wraps a CommonJS module).
const script = new vm.Script(source, { filename: file, cachedData });
const fresh = cachedData === undefined || script.cachedDataRejected;
// After the run, so that the cache holds the functions the run compiled, not only the top level;
// again when a cache written by a run that sent every plan to worker threads lacks the engine.
process.once('exit', () => {
  const lintedHere = globalThis[LINTED_HERE] === true;
  if (!fresh && (cachedLintedHere || !lintedHere)) return;
  try {
    const content = Buffer.concat([Buffer.from([lintedHere ? 1 : 0]), script.createCachedData()]);
    fs.mkdirSync(dirname(cacheFile), { recursive: true });
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, Buffer.concat([content, content]));
    fs.renameSync(temporary, cacheFile);
    // The caches of earlier builds for this command are of no more use; those of other Node
    // versions are, to whoever switches between them.
    for (const name of fs.readdirSync(dirname(cacheFile)))
      if (name.startsWith('cli-') && !name.startsWith('cli-f16372551fcfb85e-') && name.endsWith(`-${command}.v8`))
        fs.rmSync(join(dirname(cacheFile), name), { force: true });
  } catch {}
});
const classic = { exports: {} };
// This file's `require`, for a path from the classic script's folder (micromark.cjs, yaml.cjs).
const requireFromCli = (id) => require(id.startsWith('./') ? join(dirname(file), id) : id);
script.runInThisContext().call(classic.exports, classic.exports, requireFromCli, classic, file, dirname(file));
