import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, tempDir } from './helpers.js';

/**
 * The library API as a user gets it: the package packed with `npm pack`, installed from the
 * tarball in a scratch folder, imported by name (`import … from 'execplan'`) and type-checked
 * against its declarations. It needs the built `dist/` (`npm run build`).
 */
const run = (command: string, args: string[], cwd: string) => {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const PLAN = `# Add JWT auth

## Purpose / Big Picture

Users sign in once. The owner is TBD.

## Progress

- [x] (2025-01-20 13:00Z) Wrote the parser.
- [ ] Wire the CLI.
`;

test('npm pack, install the tarball, import { lint, progress, delta, loadConfig } from "execplan"', () => {
  expect(existsSync(join(repoRoot, 'dist', 'lib', 'index.js'))).toBe(true); // else: npm run build
  const scratch = tempDir('execplan-pack-');
  const packed = JSON.parse(
    run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], repoRoot),
  ) as { filename: string; files: { path: string }[] }[];
  const files = packed[0].files.map((f) => f.path);
  expect(files).toEqual(expect.arrayContaining(['dist/lib/index.js', 'dist/types/lib.d.ts', 'dist/cli.js']));
  expect(files).toContain('schema/execplan.schema.json');
  expect(files.some((f) => f.startsWith('src/') || f.startsWith('__tests__/'))).toBe(false);

  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  run(
    npm,
    ['install', join(scratch, packed[0].filename), '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'],
    scratch,
  );
  // Every bundle in dist/ requires only Node's built-ins: installing the package brings only the
  // type packages its declarations import, not the libraries bundled into it.
  const installed = Object.keys(
    (JSON.parse(readFileSync(join(scratch, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> })
      .packages,
  ).filter((key) => key !== '');
  expect(installed.sort()).toEqual([
    'node_modules/@types/mdast',
    'node_modules/@types/unist',
    'node_modules/execplan',
    'node_modules/micromark-util-types',
  ]);
  writeFileSync(join(scratch, 'plan.md'), PLAN);
  writeFileSync(
    join(scratch, 'use.ts'),
    `import { readFileSync } from 'node:fs';
import { delta, lint, loadConfig, progress, type LintReport, type ProgressReport } from 'execplan';

const text = readFileSync('plan.md', 'utf8');
const config = loadConfig('{ "rules": { "undefined-jargon": "off" } }', '.execplan.json');
const report: LintReport = lint(text, { path: '.plans/auth.md', config });
const done: ProgressReport = progress(text, { now: new Date('2025-01-21T13:00:00Z') });
console.log(JSON.stringify({ report, done, delta: delta(null, text) }));
`,
  );
  // The declarations type-check a user's TypeScript (types resolved through `exports`).
  writeFileSync(
    join(scratch, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: ['node'],
        typeRoots: [join(repoRoot, 'node_modules', '@types')],
      },
      files: ['use.ts'],
    }),
  );
  run(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], scratch);
  // And it runs: the same file as JavaScript, importing the installed package by name.
  writeFileSync(
    join(scratch, 'use.mjs'),
    readFileSync(join(scratch, 'use.ts'), 'utf8')
      .replace(', type LintReport, type ProgressReport', '')
      .replace(/: (LintReport|ProgressReport)/g, ''),
  );
  const out = JSON.parse(run(process.execPath, ['use.mjs'], scratch));
  expect(out.report.path).toBe('.plans/auth.md');
  expect(out.report.errors).toBe(
    out.report.findings.filter((f: { severity: string }) => f.severity === 'error').length,
  );
  expect(out.report.findings).toContainEqual(
    expect.objectContaining({ ruleId: 'placeholder', severity: 'error', line: 5, column: 34 }),
  );
  expect(out.report.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('undefined-jargon');
  expect(out.done).toMatchObject({ title: 'Add JWT auth', total: 2, completed: 1, percent: 50 });
  expect(out.done.pace.sinceLastDone).toBe('P1D');
  expect(out.delta).toMatchObject({ new: true, head: { total: 2, completed: 1, percent: 50 } });
  expect(out.delta.added).toHaveLength(2);
  // Importing has no side effects: nothing printed, no exit code set.
  const quiet = spawnSync(process.execPath, ['-e', "import('execplan').then(() => {})"], {
    cwd: scratch,
    encoding: 'utf8',
  });
  expect([quiet.status, quiet.stdout, quiet.stderr]).toEqual([0, '', '']);
}, 240_000);
