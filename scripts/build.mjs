#!/usr/bin/env node
// Bundles the action (src/index.ts → dist/index.js) and the CLI (src/cli.ts → dist/cli/index.js,
// started by dist/cli.js, with its validation worker src/cli/validate-worker.ts → dist/cli/worker.js
// beside it) with ncc, so that neither needs `npm install` where it runs.
//
//   node scripts/build.mjs [--out DIR]     (default: dist)
import ncc from '@vercel/ncc';
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
await rm(out, { recursive: true, force: true });
for (const { dir, file, code, assets } of outputs) {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, file), code);
  for (const [name, asset] of Object.entries(assets)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), asset.source);
  }
}
// The package's `bin` and the contract's `node dist/cli.js`.
await writeFile(join(out, 'cli.js'), "#!/usr/bin/env node\nimport './cli/index.js';\n", { mode: 0o755 });
await writeFile(join(out, 'package.json'), JSON.stringify({ type: 'module' }) + '\n');
console.log(`built ${bundles.map((b) => b.entry).join(', ')} into ${out}`);
