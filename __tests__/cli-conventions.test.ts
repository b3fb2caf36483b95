import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryWebUrl, rulesDocsBase } from '../src/core/docs-url.js';
import { lintPlan } from '../src/core/lint.js';
import { DEFAULT_SETTINGS } from '../src/core/settings.js';
import { actionDocsBase } from '../src/action/docs-base.js';
import { useColour } from '../src/cli/colour.js';
import { corpusDir, fixtureCasesDir, repoRoot, runCli, tempDir, testShared } from './helpers.js';

/** Issue 14: a command line that follows the conventions of other tools. */
const phrases = readFileSync(join(fixtureCasesDir, '05-phrases-prose-only.md'));
const progressPlan = readFileSync(join(fixtureCasesDir, '04-progress-timestamps.md'));

/** A repository (a folder holding `.git`) with plans in `.plans/`. */
function repository(): string {
  const dir = tempDir();
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, '.plans'));
  writeFileSync(join(dir, '.plans', 'bad.md'), phrases);
  writeFileSync(join(dir, '.plans', 'progress.md'), progressPlan);
  return dir;
}

describe('help', () => {
  test.each(['validate', 'progress', 'delta', 'init'])(
    'execplan %s --help prints usage, options, examples',
    async (command) => {
      for (const flag of ['--help', '-h']) {
        const r = await runCli([command, flag]);
        expect(r.status).toBe(0);
        expect(r.stderr).toBe('');
        expect(r.stdout).toMatch(new RegExp(`^Usage: execplan ${command} `));
        expect(r.stdout).toContain('\nOptions:\n');
        expect(r.stdout).toContain('\nExamples:\n');
        for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
      }
      expect((await runCli(['help', command])).stdout).toBe((await runCli([command, '--help'])).stdout);
    },
  );

  test('execplan --help lists every command; an unknown option names the command and its help', async () => {
    const r = await runCli(['--help']);
    expect(r.status).toBe(0);
    for (const c of ['validate', 'progress', 'delta', 'init']) expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    const bad = await runCli(['validate', '--frob']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^execplan: unknown option --frob for validate\.\n\nUsage: execplan validate /);
    expect(bad.stderr).toContain('More: execplan validate --help');
    expect(bad.stderr).not.toContain("Unknown option '");
  });

  test('an option without its value, a flag with one, and what follows -- are usage errors or positionals', async () => {
    const dir = repository();
    for (const [args, message] of [
      [['validate', '.plans/progress.md', '--format'], '--format needs a value.'],
      [['validate', '.plans/progress.md', '--format', '--strict'], '--format needs a value.'],
      [['validate', '.plans/progress.md', '--strict=yes'], '--strict takes no value.'],
      [['progress', '-x', '.plans/progress.md'], 'unknown option -x for progress.'],
    ] as const) {
      const r = await runCli([...args], dir);
      expect([r.status, r.stderr.split('\n')[0]]).toEqual([2, `execplan: ${message}`]);
    }
    const after = await runCli(['validate', '--format', 'json', '--', '--strict'], dir);
    expect(after.status).toBe(2); // `--strict` after `--` names a file, which does not exist
    expect(JSON.parse(after.stdout).files[0].error).toMatch(/^--strict /);
  });
});

describe('--format and --config on every command', () => {
  test('progress FILE --format json is --json; markdown lists the items', async () => {
    const dir = repository();
    const json = await runCli(['progress', '.plans/progress.md', '--format', 'json'], dir);
    expect(json.status).toBe(0);
    expect(json.stdout).toBe((await runCli(['progress', '.plans/progress.md', '--json'], dir)).stdout);
    expect(JSON.parse(json.stdout)).toMatchObject({ total: 13, completed: 11 });
    const md = await runCli(['progress', '.plans/progress.md', '--format', 'markdown'], dir);
    expect(md.stdout).toMatch(/^### Cache the price list\n/);
    expect(md.stdout).toContain('**11/13 done (85%)**');
    expect(md.stdout).toMatch(/^- \[x\] 2025-01-20T13:00:00Z Measured the current latency/m);
    const wrong = await runCli(['progress', '.plans/progress.md', '--format', 'sarif'], dir);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('unknown format "sarif"; use text, json, markdown.');
  });

  test('delta --format json and markdown', async () => {
    const base = join(fixtureCasesDir, '17-revision-note.base.md');
    const head = join(fixtureCasesDir, '17-revision-note.md');
    const json = await runCli(['delta', base, head, '--format', 'json']);
    expect(json.stdout).toBe((await runCli(['delta', base, head, '--json'])).stdout);
    const md = await runCli(['delta', base, head, '--format', 'markdown']);
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('**1/2 done (50%)**, was 0/1 (0%): +1 done, +1 added');
    expect(md.stdout).toContain('**Completed (1)**');
  });

  test('progress and delta read --config (its sections mapping)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.md'), '# T\n\n## Werkstattbuch\n\n- [x] (2025-01-20 13:00Z) Eins.\n- [ ] Zwei.\n');
    writeFileSync(join(dir, 'conf.json'), '{ "sections": { "Progress": ["werkstattbuch"] } }\n');
    const without = JSON.parse((await runCli(['progress', 'plan.md', '--json'], dir)).stdout);
    expect(without.total).toBe(0);
    const withConfig = JSON.parse(
      (await runCli(['progress', 'plan.md', '--json', '--config', 'conf.json'], dir)).stdout,
    );
    expect(withConfig).toMatchObject({ total: 2, completed: 1 });
    const delta = JSON.parse((await runCli(['delta', '-', 'plan.md', '--json', '--config', 'conf.json'], dir)).stdout);
    expect(delta.head.total).toBe(2);
    const bad = await runCli(['progress', 'plan.md', '--config', 'missing.json'], dir);
    expect(bad.status).toBe(2);
  });
});

describe('summaries agree with the exit status', () => {
  test('a missing file: listed as an error in stylish, JSON and SARIF, never "no problems"', async () => {
    const dir = repository();
    const stylish = await runCli(['validate', 'nonexist.md'], dir);
    expect(stylish.status).toBe(2);
    expect(stylish.stdout).not.toContain('no problems');
    expect(stylish.stdout).toContain('✖ 1 problem (1 error, 0 warnings) in 1 of 1 plan');
    const json = JSON.parse((await runCli(['validate', 'nonexist.md', '--format', 'json'], dir)).stdout);
    expect(json.errors).toBe(1);
    expect(json.files).toEqual([
      { path: 'nonexist.md', errors: 1, warnings: 0, error: 'nonexist.md does not exist.', findings: [] },
    ]);
    const sarif = JSON.parse((await runCli(['validate', 'nonexist.md', '--format', 'sarif'], dir)).stdout);
    const invocation = sarif.runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'nonexist.md',
    );
  });

  test('a file that is not UTF-8 counts as one error in the summary', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'latin1.md'), Buffer.from('# T\n\nabc \xe9t\xe9\n', 'latin1'));
    const r = await runCli(['validate', 'latin1.md'], dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings\) in 1 of 1 plan, 1 of them could not be validated\n$/);
  });
});

describe('paths are relative to the repository root in every format', () => {
  test('from inside .plans/: sarif, github, json, stylish and progress name .plans/bad.md', async () => {
    const dir = repository();
    const inside = join(dir, '.plans');
    const sarif = JSON.parse((await runCli(['validate', 'bad.md', '--format', 'sarif'], inside)).stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('.plans/bad.md');
    const github = (await runCli(['validate', 'bad.md', '--format', 'github'], inside)).stdout;
    expect(github).toMatch(/^::error file=\.plans\/bad\.md,line=/);
    expect(
      JSON.parse((await runCli(['validate', '.', '--format', 'json'], inside)).stdout).files.map(
        (f: { path: string }) => f.path,
      ),
    ).toEqual(['.plans/bad.md', '.plans/progress.md']);
    expect((await runCli(['validate', 'bad.md'], inside)).stdout).toMatch(/^\.plans\/bad\.md\n/);
    expect(JSON.parse((await runCli(['progress', 'progress.md', '--json'], inside)).stdout).path).toBe(
      '.plans/progress.md',
    );
  });

  test('without .git, the working folder is the root', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'p.md'), phrases);
    const json = JSON.parse((await runCli(['validate', 'p.md', '--format', 'json'], join(dir, 'sub'))).stdout);
    expect(json.files[0].path).toBe('p.md');
  });
});

describe('colour', () => {
  test('FORCE_COLOR and NO_COLOR as supports-color and Node read them', () => {
    expect(useColour({}, true)).toBe(true);
    expect(useColour({}, false)).toBe(false);
    expect(useColour({ TERM: 'dumb' }, true)).toBe(false);
    expect(useColour({ NO_COLOR: '1' }, true)).toBe(false);
    expect(useColour({ NO_COLOR: '' }, true)).toBe(true);
    expect(useColour({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(useColour({ FORCE_COLOR: '' }, false)).toBe(true);
    expect(useColour({ FORCE_COLOR: '3', NO_COLOR: '1' }, false)).toBe(true);
    expect(useColour({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(useColour({ FORCE_COLOR: 'false' }, true)).toBe(false);
  });
});

describe('docs links show the version that ran', () => {
  test("the CLI's links point at the package's repository at its version's tag", async () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const r = JSON.parse(
      (await runCli(['validate', join(fixtureCasesDir, '05-phrases-prose-only.md'), '--format', 'json'])).stdout,
    );
    expect(r.files[0].findings[0].url).toMatch(
      new RegExp(
        `^https://github\\.com/[\\w.-]+/[\\w.-]+/blob/v${version.replace(/\./g, '\\.')}/docs/rules/[a-z-]+\\.md$`,
      ),
    );
  });

  test("the action's links use GITHUB_ACTION_REPOSITORY and GITHUB_ACTION_REF", () => {
    const base = actionDocsBase({ GITHUB_ACTION_REPOSITORY: 'acme/execplan', GITHUB_ACTION_REF: 'v1' });
    expect(base).toBe('https://github.com/acme/execplan/blob/v1/docs/rules/');
    const finding = lintPlan('# T\n\nTBD\n', { docsBaseUrl: base }).findings.find((f) => f.ruleId === 'placeholder');
    expect(finding?.url).toBe('https://github.com/acme/execplan/blob/v1/docs/rules/placeholder.md');
    expect(actionDocsBase({})).toBe('https://github.com/execplan/execplan/blob/main/docs/rules/');
    expect(actionDocsBase({ GITHUB_ACTION_REPOSITORY: 'a/b; rm', GITHUB_ACTION_REF: 'v1' })).toMatch(
      /execplan\/execplan/,
    );
  });

  test('repository URLs as package.json writes them', () => {
    for (const form of [
      'git+https://github.com/o/r.git',
      'https://github.com/o/r',
      'github:o/r',
      'o/r',
      'git@github.com:o/r.git',
    ])
      expect(repositoryWebUrl(form)).toBe('https://github.com/o/r');
    expect(repositoryWebUrl('not a url')).toBeUndefined();
    expect(rulesDocsBase('https://github.com/o/r/', 'v1.2.0')).toBe('https://github.com/o/r/blob/v1.2.0/docs/rules/');
  });
});

describe('a fresh plan and short messages', () => {
  test('a fresh init plan reports each empty section once', async () => {
    const dir = tempDir();
    await runCli(['init', 'p.md', 'Demo'], dir);
    const findings = JSON.parse((await runCli(['validate', 'p.md', '--format', 'json'], dir)).stdout).files[0]
      .findings as { line: number; ruleId: string }[];
    const lines = findings.map((f) => f.line);
    expect(new Set(lines).size).toBe(lines.length);
    expect(findings.map((f) => f.ruleId)).not.toContain('context-paths');
    expect(findings.map((f) => f.ruleId)).not.toContain('validation-commands');
  });

  test('with empty-section off, the Context and Validation findings come back', () => {
    const text = '# T\n\n## Context\n\n## Validation\n';
    const ids = (rules: Record<string, 'off'>) =>
      lintPlan(text, { settings: { ...DEFAULT_SETTINGS, severities: rules } }).findings.map((f) => f.ruleId);
    expect(ids({})).not.toContain('context-paths');
    expect(ids({ 'empty-section': 'off' })).toEqual(expect.arrayContaining(['context-paths', 'validation-commands']));
  });
});

describe('every stylish line fits 100 columns', () => {
  // The one exception: a missing Progress section names the heading that looks like it and the
  // mapping to copy, as the contract asks, whatever the heading's length.
  const isProgressLookalike = (line: string) => /No Progress section: the checkboxes under/.test(line);
  const widest = async (paths: string[]) => {
    const r = await runCli(['validate', ...paths]);
    const lines = r.stdout.split('\n').filter((line) => !isProgressLookalike(line));
    return Math.max(...lines.map((line) => [...line].length));
  };
  test("on the rules' own fixtures and docs examples", async () => {
    expect(
      await widest([join(repoRoot, '__tests__', 'fixtures', 'rules'), join(repoRoot, 'docs', 'examples')]),
    ).toBeLessThanOrEqual(100);
  });
  testShared('on the corpus of real plans', async () => {
    // On this thread: worker threads give the same outcomes, so the same output in any format
    // (workers-and-cache.test.ts shows it on this folder); starting them would only cost time here.
    expect(await widest([join(corpusDir, 'plans'), '--workers', '1'])).toBeLessThanOrEqual(100);
  });
});
