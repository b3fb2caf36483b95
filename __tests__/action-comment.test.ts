import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startFakeGitHub } from './support/fake-github.js';
import { pullRequestPayload } from './support/run-action.js';
import { BODY_LIMIT } from '../src/action/markdown.js';
import { STALE_PLAN_READS } from '../src/action/stale-plans.js';
import { loadAction } from './support/action-harness.js';
import { corpusDir, describeShared, readShared, tempDir } from './helpers.js';

/**
 * The comment a reviewer reads (issue 12), through the action's entry point against the stand-in
 * for GitHub: the inputs only-new, stale-after and stale-plans (with its request budget), the
 * outputs, and the comment rendered for the 13 corpus pairs as one pull request.
 */
const runAction = await loadAction();
const pair = (n: number, side: 'base' | 'head'): string =>
  readShared(join(corpusDir, 'pairs', String(n).padStart(3, '0'), `${side}.md`));
const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
type Tree = Record<string, string>;

async function pullRequest(base: Tree, head: Tree, inputs: Record<string, string> = {}, workspace?: string) {
  const server = await startFakeGitHub({
    commits: { [BASE]: base, [HEAD]: head },
    pull: { number: 7, base: BASE, head: HEAD },
  });
  try {
    const r = await runAction({
      apiUrl: server.url,
      owner: server.owner,
      repo: server.repo,
      eventName: 'pull_request',
      payload: pullRequestPayload({ owner: server.owner, repo: server.repo, number: 7, base: BASE, head: HEAD }),
      inputs: { token: 'ghs_exampletoken0123456789', ...inputs },
      sha: 'c'.repeat(40),
      ...(workspace ? { workspace } : {}),
    });
    expect(server.state.violations).toEqual([]);
    const comment: string = server.state.comments.at(-1)?.body ?? '';
    const report = r.outputs.report ? JSON.parse(readFileSync(r.outputs.report, 'utf8')) : undefined;
    const requests = server.state.requests.map((q: { method: string; path: string }) => `${q.method} ${q.path}`);
    return { ...r, comment, report, requests, checkRun: server.state.checkRuns[0] };
  } finally {
    await server.close();
  }
}

const plan = (title: string, context: string, progress: string): string =>
  `# ${title}\n\n## Purpose\n\nWhy.\n\n## Progress\n\n${progress}\n\n## Context\n\n${context}\n`;

describeShared('only-new and the new-errors and new-warnings outputs', () => {
  // Pair 005: the base already has the 3 errors; the pull request adds 7 warnings and no error.
  const base = { '.plans/release.md': pair(5, 'base') };
  const head = { '.plans/release.md': pair(5, 'head') };

  test('by default the old errors fail the step; the outputs tell new from existing', async () => {
    const r = await pullRequest(base, head);
    expect(r.status).toBe(1);
    expect(r.outputs).toMatchObject({ errors: '3', 'new-errors': '0', 'new-warnings': '7' });
    expect(r.outputs['new-warnings']).toBe(String(r.report.newWarnings));
    expect(r.checkRun.conclusion).toBe('failure');
    // The warnings' total depends on every rule; the new ones are this pull request's.
    const warnings = r.report.warnings;
    expect(r.checkRun.output.summary).toContain(`| 3 (0 new) | ${warnings} (7 new) |`);
    expect(r.comment).toContain(`3 errors (0 new) · ${warnings} warnings (7 new)`);
  });

  test('only-new: true fails only on findings the pull request introduced', async () => {
    const r = await pullRequest(base, head, { 'only-new': 'true' });
    expect(r.status).toBe(0);
    expect(r.checkRun.conclusion).toBe('success');
    expect(r.outputs.errors).toBe('3');
    const warned = await pullRequest(base, head, { 'only-new': 'true', 'fail-on': 'warning' });
    expect(warned.status).toBe(1);
    expect(warned.stdout).toContain('(fail-on: warning, only-new: 0 new errors, 7 new warnings)');
  });

  test('an invalid only-new is refused with the input named', async () => {
    const r = await pullRequest(base, head, { 'only-new': 'sometimes' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('input "only-new" is "sometimes"');
  });
});

describeShared('one name per number: completed in this pull request, done at head', () => {
  test('headline, outputs, check run and report.json agree', async () => {
    const r = await pullRequest(
      { '.plans/release.md': pair(5, 'base'), '.plans/studio.md': pair(12, 'base') },
      { '.plans/release.md': pair(5, 'head'), '.plans/studio.md': pair(12, 'head') },
    );
    const { summary } = r.report;
    // Pair 005 completes 5 items, pair 012 one; 21 of 23 and 4 of 4 are done at the head.
    expect(summary).toMatchObject({ completedInChange: 6, doneAtHead: 25, totalAtHead: 27 });
    expect(r.outputs.completed).toBe('25');
    expect(r.outputs.total).toBe('27');
    expect(r.comment).toContain('**6** completed in this pull request · 25/27 done at head');
    expect(r.checkRun.output.summary).toContain('**6** completed in this pull request · 25/27 done at head');
    expect(r.summary).toContain('25/27 done at head');
    // The job summary links to the check run itself: GitHub sometimes files it under another workflow.
    expect(r.summary).toContain(`[Open this run's check run](${r.checkRun.html_url})`);
    expect(r.comment).toContain('16/16\u00a0→\u00a021/23 (100%\u00a0→\u00a091%)');
  });
});

describe('stale-after', () => {
  // The last completion is months old and items are left; this pull request completes nothing.
  const old = plan(
    'Old work',
    'See `src/app.ts`.',
    '- [x] (2026-01-05 10:00Z) First.\n- [x] (2026-01-06 10:00Z) Second.\n- [ ] Third.',
  );
  const base = { '.plans/old.md': old };
  const head = { '.plans/old.md': old.replace('Why.', 'Why, reworded.') };

  test('a plan with items left and no completion for longer than stale-after is stalled', async () => {
    const r = await pullRequest(base, head);
    expect(r.comment).toMatch(/⏸️ stalled: last completion \d+ days ago/);
    expect(r.comment).toContain('**Stalled:** items are left and nothing was completed for over 14 days');
  });

  test('a longer stale-after does not flag it, and a bad value is refused', async () => {
    const r = await pullRequest(base, head, { 'stale-after': '3650' });
    expect(r.comment).not.toContain('stalled');
    const bad = await pullRequest(base, head, { 'stale-after': 'soon' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('input "stale-after" is "soon"');
  });
});

describe('stale plans', () => {
  const auth = plan('Add JWT auth', 'The code is in `src/auth/` and `docs/auth.md`.', '- [ ] Write it.');
  const billing = plan('Billing', 'See `src/billing/invoice.ts`.', '- [ ] Bill.');
  const touched = plan('Touched', 'See `src/auth/jwt.ts`.', '- [ ] Touch.');
  const base: Tree = {
    '.plans/auth.md': auth,
    '.plans/billing.md': billing,
    '.plans/touched.md': touched,
    'src/auth/jwt.ts': 'old',
  };
  const head: Tree = { ...base, '.plans/touched.md': touched + '\nMore.\n', 'src/auth/jwt.ts': 'new' };

  test('an unchanged plan whose Context names a changed file is listed, never failing; one tree request', async () => {
    const r = await pullRequest(base, head);
    expect(r.comment).toContain('**May need an update**');
    expect(r.comment).toMatch(/<code>\.plans\/auth\.md<\/code>.*Add JWT auth: names <code>src\/auth\/jwt\.ts<\/code>/);
    // Not the plan the pull request changes, nor one whose Context names other files.
    expect(r.comment.split('May need an update')[1]).not.toMatch(/touched\.md|billing\.md/);
    expect(r.requests.filter((q) => q.includes('/git/trees/'))).toHaveLength(1);
    expect(r.report.stalePlans).toMatchObject({ source: 'api', searched: 2, candidates: 2 });
    expect(r.report.stalePlans.plans.map((p: { path: string }) => p.path)).toEqual(['.plans/auth.md']);
  });

  test('stale-plans: off makes no request for them', async () => {
    const r = await pullRequest(base, head, { 'stale-plans': 'off' });
    expect(r.comment).not.toContain('May need an update');
    expect(r.requests.filter((q) => q.includes('/git/trees/'))).toHaveLength(0);
  });

  test('the budget: at most one tree request and 100 plan reads, and the comment says it was cut short', async () => {
    const many: Tree = { ...base };
    for (let i = 0; i < 120; i++)
      many[`.plans/bulk/p${String(i).padStart(3, '0')}.md`] = plan(`Bulk ${i}`, 'See `src/auth/`.', `- [ ] Item ${i}.`);
    const r = await pullRequest(many, {
      ...many,
      '.plans/touched.md': head['.plans/touched.md'],
      'src/auth/jwt.ts': 'new',
    });
    const treeReads = r.requests.filter((q) => q.includes('/git/trees/'));
    const blobReads = r.requests.filter((q) => q.includes('/git/blobs/'));
    expect(treeReads).toHaveLength(1);
    // One blob for the changed plan's head, then the budget.
    expect(blobReads.length).toBeLessThanOrEqual(STALE_PLAN_READS + 1);
    expect(r.report.stalePlans).toMatchObject({ searched: 100, candidates: 122 });
    expect(r.comment).toContain(
      'The search for plans that may need an update is incomplete: read 100 of 122 unchanged plans',
    );
  });

  test('from the workspace when it holds the head commit: no tree request, no budget', async () => {
    const workspace = tempDir();
    for (const [path, text] of Object.entries(head)) {
      mkdirSync(dirname(join(workspace, path)), { recursive: true });
      writeFileSync(join(workspace, path), text);
    }
    mkdirSync(join(workspace, '.git'), { recursive: true });
    writeFileSync(join(workspace, '.git', 'HEAD'), `${HEAD}\n`);
    const r = await pullRequest(base, head, {}, workspace);
    expect(r.requests.filter((q) => q.includes('/git/trees/'))).toHaveLength(0);
    expect(r.report.stalePlans).toMatchObject({ source: 'workspace' });
    expect(r.comment).toContain('Add JWT auth: names <code>src/auth/jwt.ts</code>');
  });
});

describeShared('the 13 corpus pairs as one pull request', () => {
  const base: Tree = {};
  const head: Tree = {};
  for (let n = 1; n <= 13; n++) {
    base[`.plans/pair-${String(n).padStart(3, '0')}.md`] = pair(n, 'base');
    head[`.plans/pair-${String(n).padStart(3, '0')}.md`] = pair(n, 'head');
  }
  let run: Awaited<ReturnType<typeof pullRequest>>;
  beforeAll(async () => {
    run = await pullRequest(base, head);
  });

  test('the body fits, and every plan shows before → after', () => {
    expect(run.comment.length).toBeLessThanOrEqual(BODY_LIMIT);
    for (const p of run.report.progress) {
      const row = run.comment.split('\n- ').find((r: string) => r.includes(`<code>${p.path}</code>`)) ?? '';
      if (p.base.total || p.head.total)
        expect(row).toContain(`${p.base.completed}/${p.base.total}\u00a0→\u00a0${p.head.completed}/${p.head.total}`);
    }
  });

  test('new and unchanged counts equal report.json', () => {
    for (const file of run.report.files) {
      const row = run.comment.split('\n- ').find((r: string) => r.includes(`<code>${file.path}</code>`)) ?? '';
      if (file.errors)
        expect(row).toContain(`${file.errors} error${file.errors === 1 ? '' : 's'} (${file.newErrors} new)`);
      if (file.warnings)
        expect(row).toContain(`${file.warnings} warning${file.warnings === 1 ? '' : 's'} (${file.newWarnings} new)`);
    }
    const s = run.report.summary;
    expect(s.unchangedErrors + s.newErrors).toBe(run.report.errors);
    expect(run.comment).toContain(`${run.report.errors} errors (${run.report.newErrors} new)`);
  });

  test('each reworded item appears once', () => {
    type Item = { line: number };
    const progress: { reworded: Item[]; completed: Item[]; reopened: Item[] }[] = run.report.progress;
    const reworded = progress.reduce((n, p) => n + p.reworded.length, 0);
    expect(reworded).toBeGreaterThan(0);
    // Completed ones are marked in the completed list; the others are in the reworded list; reopened
    // ones are listed as reopened only. None twice.
    const marked = run.comment.split('<sub>(reworded)</sub>').length - 1;
    const listed = run.comment.split('\n- ✏️ ').length - 1;
    const reopened = progress.reduce(
      (n, p) => n + p.reworded.filter((r) => p.reopened.some((o) => o.line === r.line)).length,
      0,
    );
    const completed = progress.reduce(
      (n, p) => n + p.reworded.filter((r) => p.completed.some((c) => c.line === r.line)).length,
      0,
    );
    expect(marked).toBe(completed);
    expect(marked + listed + reopened).toBe(reworded);
  });

  test('no backslash escape inside an HTML element; no cut inside a word or a code span', () => {
    for (const m of run.comment.matchAll(/<(summary|code|sub|b)>([\s\S]*?)<\/\1>/g))
      expect({ element: m[0], escaped: /\\[\\`*_[\]~#!|]/.test(m[2]) }).toEqual({ element: m[0], escaped: false });
    // Every shortened text ends with a whole word (or a closed code span) before its ellipsis.
    for (const m of run.comment.matchAll(/(\S*) \[…\]\(/g)) {
      const before = m[1];
      expect((before.match(/`/g) ?? []).length % 2).toBe(0);
    }
    for (const line of run.comment.split('\n').filter((l) => l.includes('[…]('))) {
      const text = line.slice(0, line.indexOf('[…]('));
      const item = run.report.progress
        .flatMap((p: { completed: { text: string }[]; added: { text: string }[]; reworded: { text: string }[] }) => [
          ...p.completed,
          ...p.added,
          ...p.reworded,
        ])
        .map((i: { text: string }) => i.text.replace(/\s+/g, ' '));
      const lastWord =
        text
          .trimEnd()
          .replace(/`/g, '')
          .split(/[\s→]+/)
          .pop() ?? '';
      // The word right before the ellipsis is a whole word of some item's text.
      expect({
        lastWord,
        whole: item.some((t: string) =>
          t.split(/[^\p{L}\p{N}_./-]+/u).includes(lastWord.replace(/[^\p{L}\p{N}_./-]+/gu, '')),
        ),
      }).toEqual({
        lastWord,
        whole: true,
      });
    }
  });

  test('a plan whose Progress heading is not recognised gets the sections hint (pair 011, Korean)', () => {
    const row = run.comment.split('\n- ').find((r: string) => r.includes('pair-011.md')) ?? '';
    if (run.report.progress.find((p: { path: string }) => p.path.endsWith('011.md')).head.total === 0)
      expect(row).toContain('headings in another language? map them with `sections`');
  });

  test('each plan has one fold-out, with a Mermaid chart when completions span days', () => {
    expect(run.comment.split('<details>').length - 1).toBeLessThanOrEqual(13);
    expect(run.comment).toContain('```mermaid\nxychart-beta');
    expect(run.comment).toMatch(/<sub>Done by date \(cumulative, of \d+\): /);
  });
});
