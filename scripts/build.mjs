#!/usr/bin/env node
// Bundles the action (src/index.ts → dist/index.js), the CLI (src/cli.ts → dist/cli/classic.cjs,
// run by the launcher dist/cli.js, with its validation worker src/cli/validate-worker.ts →
// dist/cli/worker.js, its micromark and its YAML parser → dist/cli/micromark.cjs and yaml.cjs
// beside it) and the library (src/lib.ts → dist/lib/index.js, declarations in dist/types/ from
// tsc) with esbuild, so
// that none needs its dependencies installed where it runs. dist/licenses.txt lists the licenses
// of the packages bundled into the action, read from esbuild's metafile.
//
//   node scripts/build.mjs [--out DIR]     (default: dist)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const out = resolve(root, outIndex >= 0 ? process.argv[outIndex + 1] : 'dist');

// ESM output (the library) with CommonJS packages inside: esbuild's `require` shim needs a real
// `require` in scope for the Node built-ins they load.
const banner = {
  js: "import { createRequire as __execplanCreateRequire } from 'node:module';\nconst require = __execplanCreateRequire(import.meta.url);",
};
/**
 * jsonc-parser's modules declare no `sideEffects`, so esbuild keeps all of them, and its
 * formatter's table of 1,200 indentation strings was built on every run that read a JSON
 * configuration (0.5 ms of a one-plan run) though only `parseTree` is used. They have none:
 * each only defines functions and constants.
 */
const jsoncWithoutSideEffects = {
  name: 'jsonc-parser without side effects',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData === 'resolving' || !/[\\/]node_modules[\\/]jsonc-parser[\\/]/.test(args.importer))
        return undefined;
      const resolved = await esbuild.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      return resolved.errors.length ? undefined : { path: resolved.path, sideEffects: false };
    });
  },
};
/**
 * The classic script requires micromark and the YAML parser from files of their own beside it
 * (dist/cli/micromark.cjs, dist/cli/yaml.cjs) instead of holding them: a run whose plans the fast
 * parser reads (nine in ten) and whose configuration is JSON or absent then reads half the script
 * and a smaller code cache, and compiles none of them. Each is required when first needed.
 */
const APART = [
  { filter: /[\\/]micromark-parser\.js$/, file: './micromark.cjs' },
  { filter: /^yaml$/, file: './yaml.cjs' },
];
const apart = {
  name: 'apart',
  setup(esbuild) {
    for (const { filter, file } of APART) esbuild.onResolve({ filter }, () => ({ path: file, external: true }));
  },
};
const common = {
  absWorkingDir: root,
  plugins: [jsoncWithoutSideEffects],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Type errors are reported by `npm run typecheck`; a failed build prints only its messages.
  logLevel: 'silent',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  banner,
  write: false,
  metafile: true,
  // The ESM entry of each package (as Node resolves `import`), not a `browser` or UMD build.
  mainFields: ['module', 'main'],
  conditions: ['node', 'import', 'module', 'default'],
};
// CommonJS for what runs as a program (the action, the CLI and its worker): `dist/` is a CommonJS
// package (dist/package.json), so that `node dist/cli.js` starts without Node's ES module loader,
// 4.5 ms of a 30 ms `node -e 0` on Node 24. `import.meta.url` becomes the file's URL.
// The CLI's version and docs links come from the package.json it is built with (see
// src/cli/installation.ts): 1.3 ms of a one-plan run went to finding, reading and parsing it.
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// With the folder URL of the rule pages worked out from them here, by src/cli/docs-base.ts itself,
// rather than by three regular expressions in every run.
const docsBase = await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/docs-base.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'silent',
  define: { EXECPLAN_BUILT_MANIFEST: JSON.stringify(JSON.stringify(manifest)) },
}).then(async ({ outputFiles }) => {
  const module = `data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString('base64')}`;
  return (await import(module)).cliDocsBase();
});
// As a string: an object would become a module that every bundled module initialises first.
const builtManifest = JSON.stringify(
  JSON.stringify({ version: manifest.version, repository: manifest.repository, docsBase }),
);
const program = {
  format: 'cjs',
  define: { 'import.meta.url': '__execplanUrl', EXECPLAN_BUILT_MANIFEST: builtManifest },
  // Strict mode first: esbuild's own "use strict" comes after the banner, where it does nothing.
  banner: { js: "'use strict';\nconst __execplanUrl = require('node:url').pathToFileURL(__filename).href;" },
};
const bundles = [
  { name: 'action', entryPoints: { index: 'src/index.ts' }, outdir: '.', licenses: true, ...program },
  // The worker that validation threads load from beside the CLI (src/cli/worker-pool.ts).
  // It requires micromark from dist/cli/micromark.cjs beside it, as the classic script does,
  // instead of holding a second copy of it.
  {
    name: 'cli worker',
    entryPoints: { worker: 'src/cli/validate-worker.ts' },
    outdir: 'cli',
    ...program,
    plugins: [...common.plugins, apart],
  },
  // The library stays ESM (dist/lib/package.json says so).
  { name: 'lib', entryPoints: { index: 'src/lib.ts' }, outdir: 'lib' },
  // The CLI, as one classic script: dist/cli.js compiles it with a V8 code cache of its own on
  // every Node (see `launcher` below). `import()` of the CLI's own modules becomes a lazy call, so
  // a command still runs only its code.
  {
    name: 'cli (classic script)',
    entryPoints: { classic: 'src/cli.ts' },
    outdir: 'cli',
    outExtension: { '.js': '.cjs' },
    ...program,
    plugins: [...common.plugins, apart],
    // `import()` of micromark.cjs as `require`: a classic script run by vm.Script has no `import()`.
    supported: { 'dynamic-import': false },
  },
  // micromark, which the CLI loads only for a plan that needs it (src/cli/micromark-on-demand.ts),
  // and the YAML parser, only for a YAML configuration (see `apart`).
  {
    name: 'cli micromark and yaml',
    entryPoints: { micromark: 'src/core/micromark-parser.ts', yaml: 'src/cli/yaml-apart.ts' },
    outdir: 'cli',
    outExtension: { '.js': '.cjs' },
    ...program,
  },
];

// Bundle everything first, so that a failed build leaves the previous output in place.
const outputs = [];
let licenses = '';
for (const { name, outdir, licenses: withLicenses, ...options } of bundles) {
  const result = await build({ ...common, ...options, outdir: join(out, outdir) }).catch((error) => {
    const messages = (error.errors ?? []).map((e) => `${e.location?.file ?? ''}:${e.location?.line ?? ''} ${e.text}`);
    console.error(`esbuild could not bundle the ${name}:\n${(messages.join('\n') || String(error)).slice(0, 3000)}`);
    process.exit(1);
  });
  for (const file of result.outputFiles) outputs.push({ path: file.path, contents: file.contents });
  if (withLicenses) licenses = licensesOf(result.metafile);
}

/**
 * The third-party licenses of one bundle, in the layout ncc wrote: for each package with code in
 * it (sorted by name), its name, its license and the text of its LICENSE file.
 */
function licensesOf(metafile) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const parts = input.split(/[\\/]/);
    const at = parts.lastIndexOf('node_modules');
    if (at < 0) continue;
    const depth = parts[at + 1].startsWith('@') ? 2 : 1;
    const folder = join(root, ...parts.slice(0, at + 1 + depth));
    if (!packages.has(folder)) packages.set(folder, JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')));
  }
  const entries = [...packages]
    .map(([folder, manifest]) => {
      const file = readdirSafe(folder).find((f) => /^(licen[cs]e|copying)(\.|-|$)/i.test(f));
      const license = typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? '');
      return {
        name: manifest.name,
        version: manifest.version,
        license,
        text: file ? readFileSync(join(folder, file), 'utf8') : '',
      };
    })
    // One entry per package and version (a package bundled from two folders is listed once).
    .filter((e, i, all) => all.findIndex((o) => o.name === e.name && o.version === e.version) === i)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1));
  return entries.map((e) => `${e.name}@${e.version}\n${e.license}\n${e.text.trim()}\n`).join('\n');
}
/** A folder's file names, sorted so that the LICENSE file chosen does not depend on the file system. */
function readdirSafe(folder) {
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}

// The library's declarations. --noCheck: `npm run typecheck` (the first step of `npm test`) checks
// the same sources with the tests; checking them here again took 3 s of CPU, for the same files.
const typesOut = join(out, '.types-next');
const tsc = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
    '-p',
    join(root, 'tsconfig.lib.json'),
    '--outDir',
    typesOut,
    '--noCheck',
  ],
  { cwd: root, stdio: 'inherit' },
);
if (tsc.status !== 0) {
  console.error('tsc could not write the library declarations.');
  process.exit(1);
}
const types = [];
for (const entry of await readdir(typesOut, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const path = join(entry.parentPath ?? entry.path, entry.name);
  types.push({ rel: path.slice(typesOut.length + 1), text: await readFile(path) });
}
await rm(typesOut, { recursive: true, force: true });
await rm(out, { recursive: true, force: true });
// The classic script in ASCII only, so that the launcher reads it as Latin-1 (half the time of
// UTF-8 for its 1 MB): esbuild leaves non-ASCII characters in regular expressions and comments,
// and `\uXXXX` means the same code unit there as in strings (in a `u` expression a pair of
// surrogates is one code point, as the character was). No backslash may come before one, where
// the escape would change what it escapes, and no template literal may hold one (String.raw).
const classicOutput = outputs.find((o) => o.path.endsWith(`${sep}classic.cjs`));
if (!classicOutput) throw new Error('the build wrote no classic.cjs');
const classicText = Buffer.from(classicOutput.contents).toString('utf8');
classicText.split('\n').forEach((line, i) => {
  if (/^\s*(?:\*|\/\/)/.test(line)) return;
  if (/\\[\u0080-\uffff]|`[^`]*[\u0080-\uffff][^`]*`/.test(line))
    throw new Error(`classic.cjs:${i + 1}: a non-ASCII character that cannot be escaped as it is`);
});
// Written already wrapped as Node wraps a CommonJS module, so that the launcher compiles the text
// it reads: wrapping it there made a second copy of its 450 KB (a young-generation string, which
// brought a run's second scavenge forward).
classicOutput.contents = Buffer.from(
  `(function (exports, require, module, __filename, __dirname) { ${classicText.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n});`,
  'latin1',
);
for (const { path, contents } of outputs) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, contents);
}
await writeFile(join(out, 'licenses.txt'), licenses);
for (const { rel, text } of types) {
  await mkdir(dirname(join(out, 'types', rel)), { recursive: true });
  await writeFile(join(out, 'types', rel), text);
}
// The package's `bin` and the contract's `node dist/cli.js`, on every Node: it runs
// dist/cli/classic.cjs through `vm.Script` with a V8 code cache kept beside the package in
// node_modules/.cache/execplan: one file per bundle text, Node version, architecture and command,
// holding what the first run of that command compiled (written again once if that run validated
// no plan on the main thread and a later run does), stored twice over to find damage; a
// missing, stale, damaged or rejected cache is ignored and written again after the run, and a
// cache that cannot be written is no error. The cache changes how fast the code compiles, never
// what it does. Node 22's module compile cache
// (`module.enableCompileCache`) with the module bundle was slower on Node 24 (one plan: 103 to
// 105 ms against 75 to 89 ms): it keeps what a module compiles when it is loaded, not the
// functions compiled while it runs, which are most of a command's code.
// The cache's name holds a hash of the classic script, taken here, so that no run hashes it.
const classicHash = createHash('sha256').update(classicOutput.contents).digest('hex').slice(0, 16);
const launcher = `#!/usr/bin/env node
'use strict';
// CommonJS, with only the built-in modules Node's own start has already loaded, and vm (not
// node:module, which loads the ES module loader: 0.6 ms).
const fs = require('node:fs');
const { dirname, join } = require('node:path');
const vm = require('node:vm');
const file = join(__dirname, 'cli', 'classic.cjs');
// ASCII only (scripts/build.mjs makes sure): Latin-1 reads it as it is, without decoding UTF-8.
const source = fs.readFileSync(file, 'latin1');
const id = \`${classicHash}-\${process.version}-\${process.arch}\`;
// One cache per command: it holds the code the first run of that command compiled.
const command = ['validate', 'progress', 'delta', 'init'].includes(process.argv[2]) ? process.argv[2] : 'other';
const cacheFile = join(__dirname, '..', 'node_modules', '.cache', 'execplan', \`cli-\${id}-\${command}.v8\`);
// The file holds its content twice, so that a damaged file is found before V8 reads it (V8
// checks the version, flags, source length and size, not the bytes): comparing the halves costs
// less than the checksum of node:zlib or node:crypto, which would load 3 to 7 ms of modules. The
// content: one byte saying whether the run that wrote it validated plans on this thread
// (\`LINTED_HERE\`, set by src/cli/worker-pool.ts), then V8's data.
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
    const temporary = \`\${cacheFile}.\${process.pid}.tmp\`;
    fs.writeFileSync(temporary, Buffer.concat([content, content]));
    fs.renameSync(temporary, cacheFile);
    // The caches of earlier builds for this command are of no more use; those of other Node
    // versions are, to whoever switches between them.
    for (const name of fs.readdirSync(dirname(cacheFile)))
      if (name.startsWith('cli-') && !name.startsWith('cli-${classicHash}-') && name.endsWith(\`-\${command}.v8\`))
        fs.rmSync(join(dirname(cacheFile), name), { force: true });
  } catch {}
});
const classic = { exports: {} };
// This file's \`require\`, for a path from the classic script's folder (micromark.cjs, yaml.cjs).
const requireFromCli = (id) => require(id.startsWith('./') ? join(dirname(file), id) : id);
script.runInThisContext().call(classic.exports, classic.exports, requireFromCli, classic, file, dirname(file));
`;
await writeFile(join(out, 'cli.js'), launcher, { mode: 0o755 });
// dist/ is CommonJS (the launcher, the action, the CLI's worker); the library and its
// declarations are ESM.
await writeFile(join(out, 'package.json'), JSON.stringify({ type: 'commonjs' }) + '\n');
await writeFile(join(out, 'lib', 'package.json'), JSON.stringify({ type: 'module' }) + '\n');
await writeFile(join(out, 'types', 'package.json'), JSON.stringify({ type: 'module' }) + '\n');
console.log(
  `built ${[...new Set(bundles.flatMap((b) => Object.values(b.entryPoints)))].join(', ')} into ${relative(root, out).split(sep).join('/') || '.'}`,
);
