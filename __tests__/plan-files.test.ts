import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planMatcher as changedPlansMatcher } from '../src/action/changed-plans.js';
import { expandPlanPaths, readPlanFile } from '../src/cli/files.js';
import { listPlanFiles, readPlanBytes, readWorkspacePlans } from '../src/io/plan-files.js';
import { repoRoot, tempDir } from './helpers.js';

/**
 * Plan files from a repository that a pull request filled with traps (issue 10, item 5): links
 * out of the repository, to `/dev/zero` and to `/`, pipes, files over the size cap, and more plans
 * than there are file handles.
 */
function trappedRepository(): { repo: string; outside: string } {
  const outside = tempDir('execplan-outside-');
  writeFileSync(join(outside, 'secret.md'), '# Secret\n\nthe outside text\n');
  mkdirSync(join(outside, 'deep'));
  writeFileSync(join(outside, 'deep', 'canary.md'), '# Canary\n');
  const repo = tempDir('execplan-repo-');
  mkdirSync(join(repo, '.git'));
  mkdirSync(join(repo, '.plans', 'sub'), { recursive: true });
  writeFileSync(join(repo, '.plans', 'a.md'), '# A\n');
  symlinkSync(join(outside, 'secret.md'), join(repo, '.plans', 'x.md'));
  symlinkSync('/dev/zero', join(repo, '.plans', 'zero.md'));
  symlinkSync(outside, join(repo, '.plans', 'root'));
  symlinkSync('../a.md', join(repo, '.plans', 'sub', 'in.md'));
  if (process.platform !== 'win32') spawnSync('mkfifo', [join(repo, '.plans', 'pipe.md')]);
  return { repo, outside };
}

describe('reading plan files', () => {
  test('the CLI does not read a link to a file outside the repository, nor /dev/zero', async () => {
    const { repo } = trappedRepository();
    const x = await readPlanFile(join(repo, '.plans', 'x.md'), repo);
    expect(x).toEqual({ error: expect.stringMatching(/outside the repository/), skipped: true });
    const start = performance.now();
    const zero = await readPlanFile(join(repo, '.plans', 'zero.md'), repo);
    expect('error' in zero && zero.error).toMatch(/outside the repository/);
    expect(performance.now() - start).toBeLessThan(1000);
    // A link that stays inside is read.
    expect(await readPlanFile(join(repo, '.plans', 'sub', 'in.md'), repo)).toEqual({ text: '# A\n' });
  });

  test('listing does not walk a link to a folder, and lists links and pipes for reading to refuse', async () => {
    const { repo } = trappedRepository();
    const { files } = await expandPlanPaths(['.plans/**/*.md'], repo);
    expect(files).toEqual(['.plans/a.md', '.plans/pipe.md', '.plans/sub/in.md', '.plans/x.md', '.plans/zero.md']);
    expect(await listPlanFiles(repo, ['.plans/**/*.md', '!.plans/sub/**'])).not.toContain('.plans/sub/in.md');
    const pipe = await readPlanBytes(join(repo, '.plans', 'pipe.md'), repo);
    expect(pipe).toEqual({ error: expect.stringMatching(/not a regular file/), skipped: true });
  });

  test('the workspace mode reads only regular files inside the workspace, and says why not', async () => {
    const { repo } = trappedRepository();
    const warnings: string[] = [];
    const plans = await readWorkspacePlans(repo, ['.plans/**/*.md'], (m) => warnings.push(m));
    expect(plans.filter((p) => p.bytes).map((p) => p.path)).toEqual(['.plans/a.md', '.plans/sub/in.md']);
    expect(warnings.join('\n')).not.toContain('the outside text');
    expect(warnings).toHaveLength(3);
  });

  test('a file over the cap is refused before it is read', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.md'), 'a'.repeat(2000));
    expect(await readPlanBytes(join(dir, 'big.md'), dir, 1000)).toEqual({
      error: 'is 2000 bytes; plans of more than 1000 bytes are not read.',
    });
  });

  test('5,000 plans with 256 file handles are all read, even 5,000 at once; running out of handles is thrown, not reported', () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.plans'));
    for (let i = 0; i < 5000; i++) writeFileSync(join(dir, '.plans', `p${i}.md`), `# Plan ${i}\n`);
    const script = `
      import { readWorkspacePlans, readPlanBytes } from ${JSON.stringify(join(repoRoot, 'src/io/plan-files.ts'))};
      const plans = await readWorkspacePlans(${JSON.stringify(dir)}, ['.plans/**/*.md'], () => {});
      console.log('read', plans.filter((p) => p.bytes).length);
      const all = await Promise.allSettled(plans.map((p) => readPlanBytes(${JSON.stringify(dir)} + '/' + p.path, ${JSON.stringify(dir)})));
      console.log('rejected', all.filter((r) => r.status === 'rejected').length);
      console.log('reported', all.filter((r) => r.status === 'fulfilled' && 'error' in r.value).length);
      // Every handle taken: the read throws EMFILE instead of calling the file unreadable.
      const { openSync } = await import('node:fs');
      try { for (;;) openSync(${JSON.stringify(dir)} + '/run.mjs', 'r'); } catch (error) { console.log('exhausted', error.code); }
      const outcome = await readPlanBytes(${JSON.stringify(dir)} + '/' + plans[0].path, ${JSON.stringify(dir)}).then((v) => 'fulfilled ' + JSON.stringify(v), (e) => 'rejected ' + e.code);
      console.log(outcome);`;
    writeFileSync(join(dir, 'run.mjs'), script);
    const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs');
    const run = spawnSync('sh', ['-c', `ulimit -n 256 && "${process.execPath}" --import "${tsx}" run.mjs`], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    // Reads are synchronous, one handle at a time: 5,000 at once all succeed.
    expect(run.stdout.trim().split('\n')).toEqual([
      'read 5000',
      'rejected 0',
      'reported 0',
      'exhausted EMFILE',
      'rejected EMFILE',
    ]);
  });
});

describe('one plan matcher in every mode (issue 10, item 8)', () => {
  const globs = ['.plans/**/*.md', '!.plans/archive/**'];
  const paths = ['README.md', 'src/a.ts', '.plans/a.md', '.plans/archive/old.md', '.plans/sub/b.md'];
  test('pull-request mode: a negated glob excludes, it does not match everything else', () => {
    const isPlan = changedPlansMatcher(globs);
    expect(paths.filter(isPlan)).toEqual(['.plans/a.md', '.plans/sub/b.md']);
  });
  test('workspace mode and the CLI list the same plans', async () => {
    const dir = tempDir();
    for (const path of paths) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), '# P\n');
    }
    expect(await listPlanFiles(dir, globs)).toEqual(['.plans/a.md', '.plans/sub/b.md']);
  });
});

describe('file names that are not UTF-8 (issue 10, item 12)', () => {
  test('are reported as such, not as missing', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.plans'));
    writeFileSync(
      Buffer.concat([Buffer.from(join(dir, '.plans') + '/'), Buffer.from([0x66, 0xff, 0x2e, 0x6d, 0x64])]),
      '# P\n',
    );
    writeFileSync(join(dir, '.plans', 'ok.md'), '# OK\n');
    const { files, unmatched } = await expandPlanPaths(['.plans/**/*.md'], dir);
    expect(files).toEqual(['.plans/ok.md']);
    expect(unmatched).toEqual([
      { arg: '.plans/f\ufffd.md', reason: expect.stringMatching(/not valid UTF-8/), always: true },
    ]);
  });
});
