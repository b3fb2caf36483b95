import { chmodSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureCasesDir as casesDir, repoRoot, runCli, tempDir } from './helpers.js';

const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };

const clean = join(casesDir, '01-clean-plan.md');
const phrases = join(casesDir, '05-phrases-prose-only.md');
const strict = join(casesDir, '15-strict.md');

describe('validate', () => {
  test('stylish: grouped by file, line:col severity message rule-id, a summary; exit 1 on errors', async () => {
    const r = await runCli(['validate', phrases]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('05-phrases-prose-only.md\n');
    expect(r.stdout).toMatch(/^ {2}5:\d+ +error +"TBD" is an unresolved placeholder.* placeholder$/m);
    expect(r.stdout).toMatch(/✖ \d+ problems \(\d+ errors?, \d+ warnings?\) in 1 of 1 plan\n$/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  test('a clean plan exits 0 and says so', async () => {
    const r = await runCli(['validate', clean, '--strict']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✔ 1 plan checked, no problems');
  });

  test('json: the contract shape, findings sorted by line, column, rule id', async () => {
    const r = await runCli(['validate', phrases, clean, '--format', 'json']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['errors', 'warnings', 'files']);
    expect(report.files).toHaveLength(2);
    const file = report.files.find((f: { path: string }) => f.path.endsWith('05-phrases-prose-only.md'));
    expect(file.errors).toBe(file.findings.filter((f: { severity: string }) => f.severity === 'error').length);
    expect(report.errors).toBe(report.files.reduce((n: number, f: { errors: number }) => n + f.errors, 0));
    for (const f of file.findings) {
      expect(Object.keys(f)).toEqual([
        'ruleId',
        'severity',
        'line',
        'column',
        'endLine',
        'endColumn',
        'message',
        'url',
      ]);
      // The docs of the version that ran: the package's repository at the tag of its version.
      expect(f.url).toBe(`https://github.com/execplan/execplan/blob/v${version}/docs/rules/${f.ruleId}.md`);
    }
    const keys = file.findings.map((f: { line: number; column: number; ruleId: string }) => [
      f.line,
      f.column,
      f.ruleId,
    ]);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : 1));
    expect(keys).toEqual(sorted);
  });

  test('sarif: 2.1.0 with rules carrying help URIs and results with physical locations', async () => {
    const r = await runCli(['validate', phrases, '--format', 'sarif']);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('execplan');
    expect(run.tool.driver.rules).toHaveLength(23);
    for (const rule of run.tool.driver.rules) expect(rule.helpUri).toMatch(/^https:\/\/.*\/docs\/rules\/[a-z-]+\.md$/);
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'placeholder');
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('placeholder');
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation.region.startLine).toBe(5);
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toMatch(/05-phrases-prose-only\.md$/);
  });

  test('github: one escaped workflow command per finding', async () => {
    const r = await runCli(['validate', phrases, '--format', 'github']);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBe(
      JSON.parse((await runCli(['validate', phrases, '--format', 'json'])).stdout).files[0].findings.length,
    );
    expect(lines[0]).toMatch(
      /^::(error|warning) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::.+ https:\/\//,
    );
  });

  test('--strict turns warnings into errors and the exit status with them', async () => {
    expect((await runCli(['validate', strict])).status).toBe(0);
    const r = await runCli(['validate', strict, '--strict', '--format', 'json']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).warnings).toBe(0);
  });

  test('a folder validates every *.md below it', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, 'a', 'one.md'), readFileSync(clean));
    writeFileSync(join(dir, 'a', 'b', 'two.md'), readFileSync(clean));
    writeFileSync(join(dir, 'a', 'notes.txt'), 'not a plan');
    const r = await runCli(['validate', 'a', '--format', 'json'], dir);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['a/b/two.md', 'a/one.md']);
  });

  test('a glob is expanded', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'p'));
    writeFileSync(join(dir, 'p', 'x.md'), readFileSync(clean));
    const r = await runCli(['validate', 'p/*.md', '--format', 'json'], dir);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['p/x.md']);
  });

  test('no path means .plans/**/*.md; none there is not an error', async () => {
    const dir = tempDir();
    const none = await runCli(['validate'], dir);
    expect(none.status).toBe(0);
    expect(none.stderr).toContain('no plans found');
    mkdirSync(join(dir, '.plans', 'deep'), { recursive: true });
    writeFileSync(join(dir, '.plans', 'deep', 'p.md'), readFileSync(phrases));
    const some = await runCli(['validate', '--format', 'json'], dir);
    expect(some.status).toBe(1);
    expect(JSON.parse(some.stdout).files[0].path).toBe('.plans/deep/p.md');
  });

  test('a missing file is exit 2, and the other files are still reported', async () => {
    const r = await runCli(['validate', phrases, 'no-such-plan.md', '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no-such-plan.md does not exist');
    expect(JSON.parse(r.stdout).files[0].errors).toBeGreaterThan(0);
  });

  test('a folder without plans is exit 2 with a message', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'empty'));
    const r = await runCli(['validate', 'empty'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('empty is a folder with no *.md files in it');
  });

  test('a file that is not UTF-8, or not text, is exit 2 with its place; other findings are kept', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'latin1.md'), Buffer.from('# T\n\nline two\nabc \xe9t\xe9\n', 'latin1'));
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, 'good.md'), readFileSync(phrases));
    const r = await runCli(['validate', 'latin1.md', 'binary.md', 'good.md', '--format', 'json'], dir);
    expect(r.status).toBe(2);
    const files = JSON.parse(r.stdout).files;
    expect(files.find((f: { path: string }) => f.path === 'latin1.md').error).toMatch(
      /not valid UTF-8 \(first bad byte at line 4, column 5\)/,
    );
    expect(files.find((f: { path: string }) => f.path === 'binary.md').error).toMatch(/not a text file/);
    expect(files.find((f: { path: string }) => f.path === 'good.md').errors).toBeGreaterThan(0);
    const stylish = await runCli(['validate', 'latin1.md', 'good.md'], dir);
    expect(stylish.stdout).toContain('latin1.md\n  error  not valid UTF-8');
    // The one counting rule: the file that could not be validated counts as one error.
    const goodErrors = files.find((f: { path: string }) => f.path === 'good.md').errors;
    expect(stylish.stdout).toContain(`(${goodErrors + 1} errors,`);
    expect(stylish.stdout).toContain('in 2 of 2 plans, 1 of them could not be validated');
  });

  test('an unreadable file is exit 2 with a message, and the others are still reported', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.md'), readFileSync(phrases));
    writeFileSync(join(dir, 'locked.md'), '# T\n');
    chmodSync(join(dir, 'locked.md'), 0o000);
    const asRoot = process.getuid?.() === 0;
    const r = await runCli(['validate', 'good.md', 'locked.md', '--format', 'json'], dir);
    const files = JSON.parse(r.stdout).files;
    expect(files.find((f: { path: string }) => f.path === 'good.md').errors).toBeGreaterThan(0);
    // Root reads any file, so there the lock cannot be tested; a folder given as --base can.
    if (!asRoot) {
      expect(r.status).toBe(2);
      expect(files.find((f: { path: string }) => f.path === 'locked.md').error).toMatch(
        /cannot read the file \(permission denied\)/,
      );
    }
    const base = await runCli(['validate', 'good.md', '--base', '.'], dir);
    expect(base.status).toBe(2);
    expect(base.stderr).toMatch(/cannot read the file \(is a folder\)/);
  });

  test('a plan nested beyond the limits is exit 2 with its line, and the others are still reported', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'deep.md'), '# T\n\n' + '>'.repeat(10_000) + ' x\n');
    writeFileSync(join(dir, 'good.md'), readFileSync(phrases));
    const r = await runCli(['validate', 'deep.md', 'good.md', '--format', 'json'], dir);
    expect(r.status).toBe(2);
    const files = JSON.parse(r.stdout).files;
    expect(files.find((f: { path: string }) => f.path === 'deep.md').error).toMatch(
      /^line 3 nests lists and block quotes 10000 levels deep/,
    );
    expect(files.find((f: { path: string }) => f.path === 'good.md').errors).toBeGreaterThan(0);
    expect((await runCli(['progress', 'deep.md'], dir)).stderr).toMatch(/deep\.md: line 3 nests/);
  });

  test('an invalid configuration is exit 2 naming the file, the line and the key', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.md'), readFileSync(clean));
    writeFileSync(join(dir, 'bad.json'), '{\n  "rules": {\n    "fenced-cod": "off"\n  }\n}\n');
    const unknownRule = await runCli(['validate', 'plan.md', '--config', 'bad.json'], dir);
    expect(unknownRule.status).toBe(2);
    expect(unknownRule.stderr).toContain('bad.json:3: unknown rule id "fenced-cod"');
    writeFileSync(join(dir, '.execplan.yml'), 'rules:\n  placeholder: loud\n');
    const badSeverity = await runCli(['validate', 'plan.md'], dir);
    expect(badSeverity.status).toBe(2);
    expect(badSeverity.stderr).toMatch(/\.execplan\.yml:2: bad severity "loud" for rule "placeholder"/);
    writeFileSync(join(dir, '.execplan.yml'), 'rulez: {}\n');
    expect((await runCli(['validate', 'plan.md'], dir)).stderr).toMatch(/\.execplan\.yml:1: unknown key "rulez"/);
    writeFileSync(join(dir, '.execplan.yml'), 'rules: [\n');
    expect((await runCli(['validate', 'plan.md'], dir)).stderr).toMatch(/\.execplan\.yml:\d+: not valid YAML/);
  });

  test('a discovered configuration applies', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.md'), readFileSync(phrases));
    writeFileSync(
      join(dir, '.execplan.json'),
      '{ "rules": { "placeholder": "off", "external-reference": "off", "outsourced-decision": "off" } }',
    );
    const r = await runCli(['validate', 'plan.md', '--format', 'json'], dir);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain(
      'placeholder',
    );
  });

  test('usage errors are exit 2', async () => {
    expect((await runCli(['frobnicate'])).status).toBe(2);
    expect((await runCli(['validate', '--no-such-flag'])).status).toBe(2);
    expect((await runCli(['validate', clean, '--format', 'xml'])).stderr).toContain('unknown format "xml"');
    expect((await runCli(['progress'])).status).toBe(2);
    expect((await runCli(['--help'])).status).toBe(0);
  });
});

describe('progress', () => {
  const plan = join(casesDir, '04-progress-timestamps.md');
  test('--json has the contract shape', async () => {
    const r = await runCli(['progress', plan, '--json']);
    expect(r.status).toBe(0);
    const p = JSON.parse(r.stdout);
    expect(p).toMatchObject({
      title: 'Cache the price list',
      total: 13,
      completed: 11,
      partial: 1,
      remaining: 1,
      percent: 85,
    });
    expect(p.items[0]).toEqual({
      line: 9,
      text: 'Measured the current latency with `bench/price.sh`.',
      status: 'done',
      timestamp: '2025-01-20T13:00:00Z',
    });
    expect(p.items[3].timestamp).toBe('2025-01-21T08:00:00Z');
    expect(p.items[12]).toMatchObject({
      status: 'partial',
      completed: 'callers migrated',
      remaining: 'delete `src/legacy/price.ts`',
    });
    expect(p.next).toEqual({ line: 20, text: 'Ship to production.', status: 'todo' });
  });
  test('text: a bar, the counts, completed with timestamps, partial with what remains, the next item', async () => {
    const r = await runCli(['progress', plan]);
    expect(r.stdout).toMatch(/█+░+ 85% {2}11\/13 done, 1 partial, 1 to do/);
    expect(r.stdout).toContain('✓ 2025-01-20T13:00:00Z  Measured the current latency');
    expect(r.stdout).toContain('remaining: delete `src/legacy/price.ts`');
    expect(r.stdout).toContain('Next: Ship to production. (line 20)');
  });
  test('a missing file is exit 2', async () => {
    const r = await runCli(['progress', 'nope.md']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('nope.md: cannot read the file (no such file)');
  });
});

describe('delta', () => {
  const base = join(casesDir, '17-revision-note.base.md');
  const head = join(casesDir, '17-revision-note.md');
  test('--json has the contract shape and its counts agree with the lists', async () => {
    const r = await runCli(['delta', base, head, '--json']);
    expect(r.status).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(Object.keys(d)).toEqual(['base', 'head', 'new', 'completed', 'reopened', 'added', 'removed', 'reworded']);
    expect(d.head.total - d.base.total).toBe(d.added.length - d.removed.length);
  });
  test('"-" as the base means a new plan: every item is added', async () => {
    const d = JSON.parse((await runCli(['delta', '-', head, '--json'])).stdout);
    expect(d.new).toBe(true);
    expect(d.added).toHaveLength(d.head.total);
  });
  test('text output says what moved', async () => {
    const r = await runCli([
      'delta',
      join(casesDir, '17-revision-note.base.md'),
      join(casesDir, '17-revision-note.md'),
    ]);
    // "Write the archive job." became "Wrote the archive job in `jobs/archive.ts`.": the same item.
    expect(r.stdout).toContain('1/2 done (50%), was 0/1 (0%): +1 done, +1 added');
    expect(r.stdout).toContain('Completed (1):');
  });
});

describe('init', () => {
  test('writes a plan that passes the structural rules, and refuses to overwrite it', async () => {
    const dir = tempDir();
    const r = await runCli(['init', '.plans/sub/demo.md', 'Demo', '--purpose', 'People can see a demo.'], dir);
    expect(r.status).toBe(0);
    const path = join(dir, '.plans', 'sub', 'demo.md');
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/^# Demo\n/);
    expect(text).toContain('People can see a demo.');
    expect(text).toMatch(/- \[x\] \(\d{4}-\d\d-\d\d \d\d:\d\dZ\) Created this plan\./);

    const report = JSON.parse((await runCli(['validate', '.plans/sub/demo.md', '--format', 'json'], dir)).stdout);
    const ids = report.files[0].findings.map((f: { ruleId: string }) => f.ruleId);
    for (const id of [
      'required-sections',
      'title',
      'progress-checklist',
      'progress-timestamp',
      'timestamp-format',
      'outcomes-when-done',
    ]) {
      expect(ids).not.toContain(id);
    }
    expect(report.errors).toBe(0);

    const again = await runCli(['init', '.plans/sub/demo.md', 'Demo'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(path, 'utf8')).toBe(text);

    expect((await runCli(['init', '.plans/sub/demo.md', 'Other', '--force'], dir)).status).toBe(0);
    expect(readFileSync(path, 'utf8')).toMatch(/^# Other\n/);
  });

  test('without a purpose, the Purpose section holds only guidance', async () => {
    const dir = tempDir();
    await runCli(['init', 'p.md', 'Demo'], dir);
    expect(existsSync(join(dir, 'p.md'))).toBe(true);
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).not.toContain('{{');
  });
});
