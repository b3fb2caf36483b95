#!/usr/bin/env node
// Bundles the action (src/index.ts → dist/index.js), the CLI (src/cli.ts → dist/cli/index.js,
// started by dist/cli.js, with its validation worker src/cli/validate-worker.ts → dist/cli/worker.js
// beside it) and the library (src/lib.ts → dist/lib/index.js, declarations in dist/types/ from
// tsc) with ncc, so that none needs its dependencies installed where it runs.
//
//   node scripts/build.mjs [--out DIR]     (default: dist)
import ncc from '@vercel/ncc';
import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const out = resolve(root, outIndex >= 0 ? process.argv[outIndex + 1] : 'dist');

const bundles = [
  { entry: 'src/index.ts', dir: '.', license: 'licenses.txt' },
  { entry: 'src/cli.ts', dir: 'cli' },
  // The worker threads of `validate` (src/cli/worker-pool.ts) load this file beside the CLI's.
  { entry: 'src/cli/validate-worker.ts', dir: 'cli', file: 'worker.js' },
  { entry: 'src/lib.ts', dir: 'lib' },
];

// Bundle everything first, so that a failed build leaves the previous output in place.
const outputs = [];
for (const bundle of bundles) {
  const { code, assets } = await ncc(join(root, bundle.entry), {
    // Type errors are reported by `npm run typecheck`; a failed build prints only its message.
    license: bundle.license,
    quiet: true,
    minify: false,
    sourceMap: false,
    cache: false,
  }).catch((error) => {
    console.error(`ncc could not bundle ${bundle.entry}:\n${String(error?.message ?? error).slice(0, 3000)}`);
    process.exit(1);
  });
  outputs.push({ dir: join(out, bundle.dir), file: bundle.file ?? 'index.js', code, assets: assets ?? {} });
}
// The library's declarations, type-checked on the way.
const typesOut = join(out, '.types-next');
const tsc = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.lib.json'), '--outDir', typesOut],
  { cwd: root, stdio: 'inherit' },
);
if (tsc.status !== 0) {
  console.error('tsc could not write the library declarations.');
  process.exit(1);
}
const { readdir, readFile } = await import('node:fs/promises');
const types = [];
for (const entry of await readdir(typesOut, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const path = join(entry.parentPath ?? entry.path, entry.name);
  types.push({ rel: path.slice(typesOut.length + 1), text: await readFile(path) });
}
await rm(typesOut, { recursive: true, force: true });
await rm(out, { recursive: true, force: true });
for (const { dir, file, code, assets } of outputs) {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, file), code);
  for (const [name, asset] of Object.entries(assets)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), asset.source);
  }
}
for (const { rel, text } of types) {
  await mkdir(dirname(join(out, 'types', rel)), { recursive: true });
  await writeFile(join(out, 'types', rel), text);
}
// The package's `bin` and the contract's `node dist/cli.js`. Node 22.1 and later keep the
// bundle's compiled code between runs (the module compile cache), so later runs start faster.
await writeFile(
  join(out, 'cli.js'),
  [
    '#!/usr/bin/env node',
    "import module from 'node:module';",
    'module.enableCompileCache?.();',
    "await import('./cli/index.js');",
    '',
  ].join('\n'),
  { mode: 0o755 },
);
await writeFile(join(out, 'package.json'), JSON.stringify({ type: 'module' }) + '\n');
console.log(`built ${bundles.map((b) => b.entry).join(', ')} into ${out}`);
