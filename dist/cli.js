#!/usr/bin/env node
// Built-in modules through process.getBuiltinModule where Node has it (22.3 and later): at once,
// without the module loader's work for each `import()`.
const load = process.getBuiltinModule ?? ((name) => import(name));
const module = await load('node:module');
const fs = await load('node:fs');
// A checksum finds a damaged cache before V8 reads it. CRC-32: node:zlib loads in half the time
// of node:crypto, which a run without --cache does not otherwise load; SHA-256 before Node 20.15.
const { crc32 } = await load('node:zlib');
const { createHash } = crc32 ? {} : await load('node:crypto');
const SUM = crc32 ? 4 : 32;
const checksum = (data) => {
  if (!crc32) return createHash('sha256').update(data).digest();
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc32(data));
  return sum;
};
const { dirname, join } = await load('node:path');
const { fileURLToPath } = await load('node:url');
const vm = await load('node:vm');
const here = dirname(fileURLToPath(import.meta.url));
const file = join(here, 'cli', 'classic.cjs');
// ASCII only (scripts/build.mjs makes sure): Latin-1 reads it as it is, without decoding UTF-8.
const source = fs.readFileSync(file, 'latin1');
const id = `e596c03cfe8b18a2-${process.version}-${process.arch}`;
// One cache per command: it holds the code the first run of that command compiled.
const command = ['validate', 'progress', 'delta', 'init'].includes(process.argv[2]) ? process.argv[2] : 'other';
const cacheFile = join(here, '..', 'node_modules', '.cache', 'execplan', `cli-${id}-${command}.v8`);
// The file: a checksum of the rest, one byte saying whether the run that wrote it
// validated plans on this thread (`LINTED_HERE`, set by src/cli/worker-pool.ts), the data.
const LINTED_HERE = Symbol.for('execplan.cli.lintedOnMainThread');
let cachedData;
let cachedLintedHere = false;
try {
  const stored = fs.readFileSync(cacheFile);
  if (stored.length > SUM + 1 && checksum(stored.subarray(SUM)).equals(stored.subarray(0, SUM))) {
    cachedLintedHere = stored[SUM] === 1;
    cachedData = stored.subarray(SUM + 1);
  }
} catch {}
const script = new vm.Script(module.wrap(source), { filename: file, cachedData });
const fresh = cachedData === undefined || script.cachedDataRejected;
// After the run, so that the cache holds the functions the run compiled, not only the top level;
// again when a cache written by a run that sent every plan to worker threads lacks the engine.
process.once('exit', () => {
  const lintedHere = globalThis[LINTED_HERE] === true;
  if (!fresh && (cachedLintedHere || !lintedHere)) return;
  try {
    const data = Buffer.concat([Buffer.from([lintedHere ? 1 : 0]), script.createCachedData()]);
    fs.mkdirSync(dirname(cacheFile), { recursive: true });
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, Buffer.concat([checksum(data), data]));
    fs.renameSync(temporary, cacheFile);
    // The caches of earlier builds for this command are of no more use; those of other Node
    // versions are, to whoever switches between them.
    for (const name of fs.readdirSync(dirname(cacheFile)))
      if (name.startsWith('cli-') && !name.startsWith('cli-e596c03cfe8b18a2-') && name.endsWith(`-${command}.v8`))
        fs.rmSync(join(dirname(cacheFile), name), { force: true });
  } catch {}
});
const exports = {};
const cjs = { exports };
script.runInThisContext().call(exports, exports, module.createRequire(file), cjs, file, dirname(file));
