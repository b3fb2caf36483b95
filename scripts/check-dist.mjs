#!/usr/bin/env node
// Fails when dist/ is not the build of the current sources: rebuilds into a temporary folder
// and compares every file. Run `npm run build` and commit dist/ to fix a failure.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fresh = mkdtempSync(join(tmpdir(), 'execplan-dist-'));
const list = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? list(path) : [path];
  });
try {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--out', fresh], { stdio: 'inherit' });
  const committed = new Set(list(join(root, 'dist')).map((p) => relative(join(root, 'dist'), p)));
  const built = new Set(list(fresh).map((p) => relative(fresh, p)));
  const problems = [];
  for (const name of built) {
    if (!committed.has(name)) problems.push(`dist/${name} is missing`);
    else if (!readFileSync(join(fresh, name)).equals(readFileSync(join(root, 'dist', name))))
      problems.push(`dist/${name} differs from a fresh build`);
  }
  for (const name of committed) if (!built.has(name)) problems.push(`dist/${name} is not produced by the build`);
  if (problems.length) {
    console.error(problems.join('\n') + '\nRun `npm run build` and commit dist/.');
    process.exit(1);
  }
  console.log(`dist/ matches a fresh build (${built.size} files)`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
