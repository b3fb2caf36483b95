import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixText } from '../src/core/fix.js';
import { corpusDir, repoRoot, runCli, tempDir, testShared } from './helpers.js';
import { sharedFixedText } from './support/shared-results.js';

/** `execplan validate --fix` and `--fix-dry-run` through the CLI, on files and in a git repository. */
const template = readFileSync(join(repoRoot, 'templates', 'plan.md'), 'utf8');

const PLAN = [
  '# Fix me',
  '## Purpose',
  '',
  'Show the fixes.',
  '',
  '## Progress',
  '',
  '- [x] 2025-01-20T15:00+02:00 - Wrote the parser.',
  '- [ ] Wire the CLI.',
  '',
  '## Surprises & Discoveries',
  '',
  'None yet.',
  '',
  '## Decision Log',
  '',
  'None yet.',
  '',
  '## Outcomes & Retrospective',
  '',
  '<!-- later -->',
  '',
  '## Context',
  '',
  'See `src/cli/main.ts`:',
  '```sh',
  'npm test',
  '```',
  '',
  '## Validation',
  '',
  'Run `npm test`.',
  '',
].join('\n');

describe('validate --fix-dry-run', () => {
  test('prints a unified diff of every fix, changes no file, and says what it would fix and what is left', async () => {
    const dir = tempDir();
    const path = join(dir, 'plan.md');
    writeFileSync(path, PLAN);
    const r = await runCli(['validate', 'plan.md', '--fix-dry-run'], dir);
    expect(readFileSync(path, 'utf8')).toBe(PLAN);
    expect(r.stdout).toBe(
      [
        '===================================================================',
        '--- a/plan.md',
        '+++ b/plan.md',
        '@@ -1,11 +1,12 @@',
        ' # Fix me',
        '+',
        ' ## Purpose',
        ' ',
        ' Show the fixes.',
        ' ',
        ' ## Progress',
        ' ',
        '-- [x] 2025-01-20T15:00+02:00 - Wrote the parser.',
        '+- [x] (2025-01-20 13:00Z) Wrote the parser.',
        ' - [ ] Wire the CLI.',
        ' ',
        ' ## Surprises & Discoveries',
        '@@ -20,13 +21,14 @@',
        ' ',
        ' <!-- later -->',
        ' ',
        '+None yet.',
        '+',
        ' ## Context',
        ' ',
        ' See `src/cli/main.ts`:',
        '-```sh',
        '-npm test',
        '-```',
        ' ',
        '+    npm test',
        '+',
        ' ## Validation',
        ' ',
        ' Run `npm test`.',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe(
      'plan.md: would fix 4 (empty-section 1, fenced-code 1, heading-blank-line 1, timestamp-format 1); nothing left\n' +
        'Would fix 4 findings in 1 of 1 plan.\n',
    );
    expect(r.status).toBe(0);
  });
});

describe('validate --fix', () => {
  test('writes the fixed plan, keeps CRLF and the byte-order mark, and a second --fix changes nothing', async () => {
    const dir = tempDir();
    const path = join(dir, 'plan.md');
    const crlf = '\uFEFF' + PLAN.replace(/\n/g, '\r\n');
    writeFileSync(path, crlf);
    const r = await runCli(['validate', 'plan.md', '--fix', '--format', 'json'], dir);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ errors: 0, warnings: 0 });
    const fixed = readFileSync(path, 'utf8');
    expect(fixed).toBe('\uFEFF' + fixText(PLAN, { template }).text.replace(/\n/g, '\r\n'));
    const written = statSync(path).mtimeMs;
    const again = await runCli(['validate', 'plan.md', '--fix'], dir);
    expect(again.stderr).toContain('plan.md: nothing to fix; nothing left');
    expect(readFileSync(path, 'utf8')).toBe(fixed);
    expect(statSync(path).mtimeMs).toBe(written);
  });

  testShared(
    'on a copy of every corpus plan: written as the engine fixes them',
    async () => {
      const dir = tempDir();
      const plans = readdirSync(join(corpusDir, 'plans')).filter((f) => f.endsWith('.md'));
      for (const f of plans) copyFileSync(join(corpusDir, 'plans', f), join(dir, f));
      const first = await runCli(['validate', '.', '--fix'], dir);
      expect(first.stderr).toMatch(/^Fixed \d+ findings in \d+ of 50 plans\.$/m);
      for (const f of plans) {
        const original = readFileSync(join(corpusDir, 'plans', f), 'utf8');
        // fixText(original, { template }), as fix.test.ts makes it too: made once for both.
        expect([f, readFileSync(join(dir, f), 'utf8')]).toEqual([f, sharedFixedText(original)]);
      }
      // That a second --fix changes none of these texts is fixText's idempotence, which fix.test.ts
      // checks on every corpus plan with the same options; that the CLI then leaves the file alone
      // (not even its mtime) is the test above. A second run here cost 3 s of CPU.
    },
    300_000,
  );
});

describe('validate --fix: dates from git history', () => {
  const git = (cwd: string, args: string[], date?: string): void => {
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
      cwd,
      env: { ...process.env, ...(date ? { GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date } : {}) },
      stdio: 'pipe',
    });
  };

  test('dates an item from the commit that checked it, in UTC; leaves one it cannot date and says why', async () => {
    const dir = tempDir();
    git(dir, ['init', '-q']);
    const progress = (first: string, second: string, third: string): string =>
      PLAN.replace(
        '- [x] 2025-01-20T15:00+02:00 - Wrote the parser.\n- [ ] Wire the CLI.',
        `- [${first}] Wrote the parser.\n- [${second}] Wire the CLI.\n- [${third}] Wrote the docs.`,
      );
    mkdirSync(join(dir, '.plans'));
    const path = join(dir, '.plans', 'plan.md');
    writeFileSync(path, progress(' ', ' ', ' '));
    git(dir, ['add', '.']);
    git(dir, ['commit', '-qm', 'plan'], '2025-03-01T10:00:00Z');
    writeFileSync(path, progress('x', ' ', ' '));
    git(dir, ['commit', '-qam', 'parser done'], '2025-03-04T07:06:00+02:00');
    // Reworded after it was checked: the date is still the commit that checked it.
    writeFileSync(path, progress('x', ' ', ' ').replace('Wrote the parser.', 'Wrote the parser (remark).'));
    git(dir, ['commit', '-qam', 'reword'], '2025-03-05T09:00:00Z');
    // Checked but not committed: git cannot date it.
    writeFileSync(path, progress('x', ' ', 'x').replace('Wrote the parser.', 'Wrote the parser (remark).'));

    const r = await runCli(['validate', '.plans/plan.md', '--fix'], dir);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('- [x] (2025-03-04 05:06Z) Wrote the parser (remark).');
    expect(text).toContain('- [x] Wrote the docs.');
    expect(r.stderr).toContain(
      '.plans/plan.md:11  progress-timestamp not dated: the item is not committed yet, so git cannot say when it was checked.',
    );
    // Line 11 after the blank line added under the title.
    expect(r.stdout).toMatch(/ 11:1 +error +Checked item has no timestamp/);
    expect(r.status).toBe(1);
  });

  test('two checked items with the same text cannot be told apart: both stay undated, and the report says so', async () => {
    const dir = tempDir();
    git(dir, ['init', '-q']);
    const path = join(dir, 'plan.md');
    writeFileSync(path, PLAN.replace('- [ ] Wire the CLI.', '- [ ] Ran the tests.\n- [ ] Ran the tests.'));
    git(dir, ['add', '.']);
    git(dir, ['commit', '-qm', 'plan'], '2025-03-01T10:00:00Z');
    writeFileSync(path, PLAN.replace('- [ ] Wire the CLI.', '- [x] Ran the tests.\n- [x] Ran the tests.'));
    git(dir, ['commit', '-qam', 'done'], '2025-03-02T10:00:00Z');
    const r = await runCli(['validate', 'plan.md', '--fix'], dir);
    expect(readFileSync(path, 'utf8')).toContain('- [x] Ran the tests.\n- [x] Ran the tests.');
    expect(r.stderr).toContain('plan.md:10  progress-timestamp not dated: another checked item has the same text');
    expect(r.stderr).toContain('plan.md:11  progress-timestamp not dated: another checked item has the same text');
  });

  test('outside a git repository the item stays undated, and the report says why', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.md'), PLAN.replace('2025-01-20T15:00+02:00 - ', ''));
    const r = await runCli(['validate', 'plan.md', '--fix'], dir);
    expect(r.stderr).toContain('plan.md:9  progress-timestamp not dated: the plan is not in a git repository');
    expect(r.status).toBe(1);
  });
});
