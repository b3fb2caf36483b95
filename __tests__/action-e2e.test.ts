import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyOf, startFakeGitHub } from './support/fake-github.js';
import { pullRequestPayload } from './support/run-action.js';
import { loadAction } from './support/action-harness.js';
import { repoRoot } from './helpers.js';

/**
 * The action's entry point run in this process with the runner's environment, against the local
 * stand-in for GitHub, which checks every request against GitHub's OpenAPI description. The
 * bundle itself, under Node 20 and Node 24, is run as a subprocess in bundles.test.ts.
 */
const runAction = await loadAction();
const demo = (path: string): string => readFileSync(join(repoRoot, '__tests__', 'fixtures', 'demo', path), 'utf8');
const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const TOKEN = 'ghs_secret_token_value_123';

type Scenario = Parameters<typeof startFakeGitHub>[0];
type Server = Awaited<ReturnType<typeof startFakeGitHub>>;

/** A plan with `n` placeholder findings (errors), one per line. */
function planWithFindings(n: number): string {
  return demo('head/search-index.md').replace(
    '## Plan of Work\n',
    `## Plan of Work\n\n${Array.from({ length: n }, (_, i) => `Step ${i} is TBD.`).join('\n')}\n`,
  );
}

describe('the action, in process', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  type Fault = Parameters<Server['inject']>[0];
  async function run(
    scenario: Scenario,
    options: {
      inputs?: Record<string, string>;
      eventName?: string;
      payload?: object;
      fromFork?: boolean;
      faults?: Fault[];
    } = {},
  ) {
    server ??= await startFakeGitHub(scenario);
    for (const fault of options.faults ?? []) server.inject(fault);
    const pull = scenario.pull ?? { number: 7, base: BASE, head: HEAD };
    const result = await runAction({
      apiUrl: server.url,
      owner: server.owner,
      repo: server.repo,
      eventName: options.eventName ?? 'pull_request',
      payload:
        options.payload ??
        pullRequestPayload({
          owner: server.owner,
          repo: server.repo,
          number: pull.number,
          base: pull.base,
          head: pull.head,
          fromFork: options.fromFork,
        }),
      inputs: { token: TOKEN, ...(options.inputs ?? {}) },
      sha: 'c'.repeat(40),
    });
    expect(server.state.violations).toEqual([]);
    // The only place the token may appear is the command that tells the runner to mask it.
    const visible = (result.stdout + result.stderr)
      .split('\n')
      .filter((line: string) => line !== `::add-mask::${TOKEN}`);
    expect(visible.join('\n') + result.summary).not.toContain(TOKEN);
    for (const request of server.state.requests) expect(request.authorization).toBe(`token ${TOKEN}`);
    return { ...result, server };
  }

  const twoPlans = (): Scenario => ({
    commits: {
      [BASE]: { 'README.md': '# r\n', '.plans/checkout-retries.md': demo('base/checkout-retries.md') },
      [HEAD]: {
        'README.md': '# r\n',
        '.plans/checkout-retries.md': demo('head/checkout-retries.md'),
        '.plans/search-index.md': demo('head/search-index.md'),
        'src/a.ts': 'x\n',
      },
    },
    pull: { number: 7, base: BASE, head: HEAD },
  });

  test('a pull request with a valid and an invalid plan: check run on the head sha, annotations, one comment, outputs, exit 1', async () => {
    const r = await run(twoPlans());
    expect(r.status).toBe(1);
    const [check] = r.server.state.checkRuns;
    expect(r.server.state.checkRuns).toHaveLength(1);
    expect(check).toMatchObject({ name: 'ExecPlan', head_sha: HEAD, conclusion: 'failure', status: 'completed' });
    expect(check.output.title).toBe('3 errors, 3 warnings in 2 plans');
    expect(check.output.annotations).toHaveLength(6);
    for (const a of check.output.annotations) {
      expect(a.path).toBe('.plans/checkout-retries.md');
      expect(a.message).toMatch(
        new RegExp(`https://github.com/execplan/execplan/blob/main/docs/rules/${a.title}\\.md$`),
      );
    }
    expect(check.output.annotations.map((a: { start_line: number }) => a.start_line)).toEqual([13, 19, 26, 26, 34, 38]);
    expect(r.server.state.comments).toHaveLength(1);
    const body: string = r.server.state.comments[0].body;
    expect(body.startsWith('<!-- execplan:progress -->')).toBe(true);
    expect(body).toContain(
      '1/4\u00a0→\u00a03/5 (25%\u00a0→\u00a060%) · +2 done, +1 added<br>\n  [3 errors (3 new) · 3 warnings (3 new)](https://github.com/octo-org/plans-demo/pull/7/checks)',
    );
    expect(body).toMatch(
      /- ✅ .*search-index\.md<\/code><br>\n.*\u00a01\/3 \(33%\) · 🆕 new plan, 3 items<br>\n {2}valid\n/,
    );
    expect(r.outputs).toMatchObject({ errors: '3', warnings: '3', plans: '2', completed: '4', total: '8' });
    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
    expect(report.errors).toBe(3);
    expect(report.progress.map((p: { path: string; new: boolean }) => [p.path, p.new])).toEqual([
      ['.plans/checkout-retries.md', false],
      ['.plans/search-index.md', true],
    ]);
    expect(r.summary).toContain('ExecPlan progress');
    expect(r.summary).toContain('line 34: "As discussed" points at knowledge outside the plan');
    expect(r.stdout).toContain('::error::ExecPlan: 3 errors, 3 warnings in 2 plans (fail-on: error).');
    expect(r.stdout.split('\n').filter((line: string) => /^::(error|warning) title=/.test(line))).toEqual([]);
  });

  test('120 findings are sent in three annotation requests of at most 50', async () => {
    const r = await run({
      commits: { [BASE]: {}, [HEAD]: { '.plans/big.md': planWithFindings(120) } },
      pull: { number: 7, base: BASE, head: HEAD },
    });
    const writes = r.server.state.requests.filter(
      (q: { method: string; path: string }) => q.method !== 'GET' && /check-runs/.test(q.path),
    );
    expect(writes.map((q) => [q.method, (bodyOf(q).output as { annotations: unknown[] }).annotations.length])).toEqual([
      ['POST', 50],
      ['PATCH', 50],
      ['PATCH', 20],
    ]);
    expect(r.server.state.checkRuns[0].output.annotations).toHaveLength(120);
  });

  test('a second run edits the same comment, and a run that changes nothing writes nothing', async () => {
    const scenario = twoPlans();
    await run(scenario);
    const first = server!.state.comments[0];
    // The same pull request, a later push: the valid plan gains a finished step.
    scenario.commits[HEAD]['.plans/search-index.md'] = demo('head/search-index.md').replace(
      '- [ ] Move the rebuild',
      '- [x] (2026-11-23 12:00Z) Move the rebuild',
    );
    const second = await run(scenario);
    expect(second.server.state.comments).toHaveLength(1);
    expect(second.server.state.comments[0].id).toBe(first.id);
    expect(second.server.state.comments[0].body).toContain('2/3 (67%)');
    const writesBefore = second.server.state.requests.filter(
      (q: { method: string; path: string }) => q.path.includes('/comments') && q.method !== 'GET',
    ).length;
    await run(scenario);
    const writesAfter = server!.state.requests.filter(
      (q: { method: string; path: string }) => q.path.includes('/comments') && q.method !== 'GET',
    ).length;
    expect(writesAfter).toBe(writesBefore);
  });

  test('a renamed plan is compared with its previous path at the merge base', async () => {
    const r = await run({
      commits: {
        [BASE]: { '.plans/old-name.md': demo('base/checkout-retries.md') },
        [HEAD]: { '.plans/new-name.md': demo('head/checkout-retries.md') },
      },
      pull: { number: 7, base: BASE, head: HEAD, renames: { '.plans/new-name.md': '.plans/old-name.md' } },
    });
    const body: string = r.server.state.comments[0].body;
    expect(body).toContain('<code>.plans/new-name.md</code> <sub>renamed from <code>.plans/old-name.md</code></sub>');
    expect(body).toContain('+2 done, +1 added');
    expect(
      r.server.state.requests.some(
        (q: { path: string; query: { ref?: string } }) =>
          decodeURIComponent(q.path).endsWith('/contents/.plans/old-name.md') && q.query.ref === BASE,
      ),
    ).toBe(true);
  });

  test('a removed plan is not validated and is listed as removed', async () => {
    const r = await run({
      commits: {
        [BASE]: { '.plans/gone.md': demo('base/checkout-retries.md'), '.plans/kept.md': demo('head/search-index.md') },
        [HEAD]: {
          '.plans/kept.md': demo('head/search-index.md').replace(
            'Add the status page',
            'Add the status page, with counts',
          ),
        },
      },
      pull: { number: 7, base: BASE, head: HEAD },
    });
    expect(r.status).toBe(0);
    // The kept plan changed without a new revision note: the one finding, a warning.
    expect(r.server.state.checkRuns[0].output.title).toBe('0 errors, 1 warning in 1 plan');
    expect(r.server.state.comments[0].body).toContain('- 🗑️ <code>.plans/gone.md</code> removed in this pull request');
    expect(r.server.state.requests.some((q: { path: string }) => q.path.includes('gone.md'))).toBe(false);
  });

  test('250 changed files: the comparison lists them all, and the files list is not read', async () => {
    const head: Record<string, string> = {};
    for (let i = 0; i < 249; i++) head[`src/file-${String(i).padStart(3, '0')}.ts`] = `export const n = ${i};\n`;
    head['z/.plans/late.md'] = demo('head/search-index.md');
    const r = await run(
      { commits: { [BASE]: {}, [HEAD]: head }, pull: { number: 7, base: BASE, head: HEAD } },
      { inputs: { plans: '**/.plans/**/*.md' } },
    );
    const pages = r.server.state.requests.filter((q: { path: string }) => q.path.endsWith('/pulls/7/files'));
    expect(pages).toEqual([]);
    expect(r.outputs.plans).toBe('1');
    expect(r.server.state.checkRuns[0].output.summary).toContain('z/.plans/late.md');
  });

  test('a fork pull request with a read-only token still reports everything and fails as it would', async () => {
    const scenario = { ...twoPlans(), readOnly: true };
    const r = await run(scenario, { fromFork: true });
    expect(r.status).toBe(1);
    expect(r.server.state.checkRuns).toHaveLength(0);
    expect(r.server.state.comments).toHaveLength(0);
    const annotations = r.stdout.split('\n').filter((line: string) => /^::(error|warning) title=/.test(line));
    expect(annotations).toHaveLength(6);
    expect(annotations[0]).toMatch(
      /^::error title=progress-timestamp,file=\.plans\/checkout-retries\.md,line=13,endLine=13::Checked item has no timestamp/,
    );
    expect(r.stdout.match(/Could not create the "ExecPlan" check run/g)).toHaveLength(1);
    expect(r.stdout.match(/Could not write the progress comment/g)).toHaveLength(1);
    expect(r.summary).toContain('line 38: "TBD" is an unresolved placeholder');
    expect(r.outputs.errors).toBe('3');
  });

  test('a pull request that changes no plan: a passing check run, and no comment', async () => {
    const r = await run({
      commits: { [BASE]: { 'a.ts': '1\n' }, [HEAD]: { 'a.ts': '2\n' } },
      pull: { number: 7, base: BASE, head: HEAD },
    });
    expect(r.status).toBe(0);
    expect(r.server.state.checkRuns[0]).toMatchObject({ conclusion: 'success', output: { title: 'No plan changed' } });
    expect(r.server.state.comments).toHaveLength(0);
    expect(r.outputs.plans).toBe('0');
  });

  test('a pull request that no longer changes a plan gets its comment corrected', async () => {
    const r = await run({
      commits: { [BASE]: { 'a.ts': '1\n' }, [HEAD]: { 'a.ts': '2\n' } },
      pull: { number: 7, base: BASE, head: HEAD },
      comments: [
        {
          id: 5,
          issue: 7,
          body: '<!-- execplan:progress -->\nold numbers',
          user: { login: 'github-actions[bot]', type: 'Bot' },
          created_at: '2026-11-20T10:00:00Z',
        },
        {
          id: 6,
          issue: 7,
          body: '<!-- execplan:progress -->\nquoted by a person',
          user: { login: 'alice', type: 'User' },
          created_at: '2026-11-20T11:00:00Z',
        },
      ],
    });
    const comments = r.server.state.comments;
    expect(comments.find((c: { id: number }) => c.id === 5)?.body).toContain(
      'This pull request no longer changes any plan.',
    );
    expect(comments.find((c: { id: number }) => c.id === 6)?.body).toBe(
      '<!-- execplan:progress -->\nquoted by a person',
    );
  });

  test('5xx answers and a dropped connection are retried, and the result is the same', async () => {
    const r = await run(twoPlans(), {
      faults: [
        { method: 'GET', path: /\/compare\//, status: 502 },
        { method: 'GET', path: /\/git\/blobs\//, status: 503 },
        { method: 'GET', path: /\/contents\/\.plans/, reset: true },
        { method: 'POST', path: /\/check-runs$/, status: 500 },
        { method: 'POST', path: /\/issues\/7\/comments$/, status: 504 },
      ],
    });
    expect(r.status).toBe(1);
    expect(r.server.state.faults).toHaveLength(5);
    expect(r.server.state.faults.every((f: { times: number }) => f.times === 0)).toBe(true);
    expect(r.server.state.checkRuns).toHaveLength(1);
    expect(r.server.state.checkRuns[0].output.annotations).toHaveLength(6);
    expect(r.server.state.comments).toHaveLength(1);
    expect(r.server.state.comments[0].body).toContain('+2 done, +1 added');
    expect(r.stdout).not.toContain('Could not');
  });

  describe('every endpoint answering 500, 502 or 503 once', () => {
    // A plan changed at the head (read by blob) and at the merge base (read by contents), 120
    // findings (one check run created and updated twice), and two earlier comments of ours (one
    // edited, the other deleted): every endpoint the action uses on a pull request.
    const marker = '<!-- execplan:progress -->';
    const scenario = (): Scenario => ({
      commits: {
        [BASE]: { 'README.md': '# r\n', '.plans/big.md': planWithFindings(10) },
        [HEAD]: { 'README.md': '# r\n', '.plans/big.md': planWithFindings(120) },
      },
      pull: { number: 7, base: BASE, head: HEAD },
      comments: [1, 2].map((id) => ({
        id,
        issue: 7,
        body: `${marker}\nold ${id}`,
        user: { login: 'github-actions[bot]', type: 'Bot' },
        created_at: `2026-11-2${id}T10:00:00Z`,
      })),
    });
    const outcome = (r: Awaited<ReturnType<typeof run>>) => ({
      status: r.status,
      annotations: r.server.state.checkRuns.map(
        (c: { output: { annotations: unknown[] } }) => c.output.annotations.length,
      ),
      comments: r.server.state.comments.map((c: { id: number; body: string }) => [c.id, c.body]),
      outputs: r.outputs.errors,
    });
    let expected: ReturnType<typeof outcome> | undefined;

    test.each([
      ['GET', /\/compare\//, 500],
      ['GET', /\/contents\/?$/, 502],
      ['GET', /\/contents\/\.plans/, 503],
      ['GET', /\/git\/blobs\//, 500],
      ['POST', /\/check-runs$/, 502],
      ['PATCH', /\/check-runs\/\d+$/, 503],
      ['GET', /\/issues\/7\/comments$/, 500],
      ['PATCH', /\/issues\/comments\/\d+$/, 502],
      ['DELETE', /\/issues\/comments\/\d+$/, 503],
    ])('%s %s answering %d once', async (method, path, status) => {
      if (!expected) {
        expected = outcome(await run(scenario()));
        await server?.close();
        server = undefined;
      }
      const r = await run(scenario(), { faults: [{ method, path, status }] });
      expect(r.server.state.faults.map((f: { times: number }) => f.times)).toEqual([0]);
      expect(outcome(r)).toEqual(expected);
      expect(r.stdout).not.toContain('Could not');
    });
  });

  test('a secondary rate limit is waited out for as long as retry-after says', async () => {
    const r = await run(twoPlans(), {
      faults: [
        {
          method: 'POST',
          path: /\/check-runs$/,
          status: 403,
          headers: { 'retry-after': '3' },
          body: {
            message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          },
        },
      ],
    });
    const posts = r.server.state.requests.filter(
      (q: { method: string; path: string }) => q.method === 'POST' && q.path.endsWith('/check-runs'),
    );
    expect(posts).toHaveLength(2);
    // The tests shrink one second of back-off to 10 ms (EXECPLAN_BACKOFF_MS): retry-after 3 is 30 ms.
    expect(posts[1].at - posts[0].at).toBeGreaterThanOrEqual(30);
    expect(r.server.state.checkRuns).toHaveLength(1);
    expect(r.stdout).toContain("GitHub's secondary rate limit on POST");
  });

  test('a refused annotation batch: the others are posted, and the refused ones reported another way', async () => {
    const r = await run(
      {
        commits: { [BASE]: {}, [HEAD]: { '.plans/big.md': planWithFindings(120) } },
        pull: { number: 7, base: BASE, head: HEAD },
      },
      {
        faults: [{ method: 'PATCH', path: /\/check-runs\/\d+$/, status: 422, body: { message: 'Validation Failed' } }],
      },
    );
    expect(r.server.state.checkRuns[0].output.annotations).toHaveLength(70);
    const fallback = r.stdout
      .split('\n')
      .filter((line: string) => /^::error title=placeholder,file=\.plans\/big\.md/.test(line));
    expect(fallback).toHaveLength(50);
    expect(r.summary).toContain('GitHub refused 50 annotations of the check run (HTTP 422');
    expect(r.status).toBe(1);
  });

  test('a base version that cannot be found is compared as new, and the comment says so', async () => {
    const r = await run(twoPlans(), {
      faults: [
        {
          method: 'GET',
          path: /\/contents\/\.plans%2Fcheckout-retries\.md$/,
          status: 404,
          body: { message: 'Not Found' },
        },
      ],
    });
    const body: string = r.server.state.comments[0].body;
    expect(body).toMatch(/checkout-retries\.md<\/code><br>\n.*🆕 new plan/);
    expect(body).toContain('does not exist at the merge base, so the plan is compared as new.');
  });

  test('an exhausted rate limit or a check run that cannot be created: every finding still reported, and why', async () => {
    const limited = await run(twoPlans(), {
      faults: [
        {
          method: 'POST',
          path: /\/check-runs$/,
          status: 403,
          headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) },
          body: { message: 'API rate limit exceeded for installation ID 1.' },
        },
      ],
    });
    expect(limited.status).toBe(1);
    expect(limited.server.state.checkRuns).toHaveLength(0);
    expect(limited.stdout.split('\n').filter((line: string) => /^::(error|warning) title=/.test(line))).toHaveLength(6);
    expect(limited.stdout).toMatch(/Could not create the "ExecPlan" check run \(HTTP 403, API rate limit exceeded/);
    expect(limited.summary).toContain('line 38: "TBD" is an unresolved placeholder');
    await server!.close();
    server = undefined;

    const failing = await run(twoPlans(), {
      faults: [{ method: 'POST', path: /\/check-runs$/, status: 502, times: 10 }],
    });
    expect(failing.server.state.checkRuns).toHaveLength(0);
    expect(failing.stdout).toMatch(/Could not create the "ExecPlan" check run \(HTTP 502/);
    expect(failing.stdout.split('\n').filter((line: string) => /^::(error|warning) title=/.test(line))).toHaveLength(6);
    expect(failing.server.state.comments).toHaveLength(1);
  });

  test('a 1.5 MB plan is read through the blobs API, at the head and at the base', async () => {
    const big =
      demo('base/checkout-retries.md') +
      '\n' +
      'Filler prose that is long enough to make the plan large.\n\n'.repeat(28_000);
    const r = await run({
      commits: { [BASE]: { '.plans/big.md': big }, [HEAD]: { '.plans/big.md': big + '\nOne more line.\n' } },
      pull: { number: 7, base: BASE, head: HEAD },
    });
    expect(big.length).toBeGreaterThan(1.5 * 1024 * 1024);
    const blobReads = r.server.state.requests.filter((q: { path: string }) => q.path.includes('/git/blobs/'));
    expect(blobReads).toHaveLength(2);
    expect(r.outputs.plans).toBe('1');
    // The line was added to the last section, which is the revision note: nothing to report.
    expect(r.server.state.checkRuns[0].output.title).toBe('No problems in 1 plan');
  });

  test("a pull request with 3,000 changed files: past the comparison's 300, all 30 pages of the files list are read", async () => {
    const head: Record<string, string> = {};
    for (let i = 0; i < 2999; i++) head[`src/f${String(i).padStart(4, '0')}.ts`] = `export const n = ${i};\n`;
    head['zz/.plans/last.md'] = demo('head/search-index.md');
    const r = await run(
      { commits: { [BASE]: {}, [HEAD]: head }, pull: { number: 7, base: BASE, head: HEAD } },
      { inputs: { plans: '**/.plans/**/*.md' } },
    );
    const pages = r.server.state.requests.filter((q: { path: string }) => q.path.endsWith('/pulls/7/files'));
    expect(pages).toHaveLength(30);
    expect(r.outputs.plans).toBe('1');
  });

  test('3,000 files that sort before .plans/ do not hide a plan: past the files list, the two trees are compared (issue 10, item 1)', async () => {
    const head: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) head[`.a/f${String(i).padStart(4, '0')}.ts`] = `export const n = ${i};\n`;
    head['.plans/bad.md'] = '# Bad\n\nTBD\n';
    const scenario = (): Scenario => ({
      commits: { [BASE]: {}, [HEAD]: head },
      pull: { number: 7, base: BASE, head: HEAD },
    });
    const r = await run(scenario());
    expect(r.status).toBe(1);
    expect(r.server.state.checkRuns[0].conclusion).toBe('failure');
    expect(r.server.state.checkRuns[0].output.title).not.toBe('No plan changed');
    expect(r.outputs.plans).toBe('1');
    const trees = r.server.state.requests.filter((q: { path: string }) => q.path.includes('/git/trees/'));
    expect(trees).toHaveLength(2);

    // A tree cut short as well: the check fails and says why.
    await server?.close();
    server = undefined;
    const cut = await run({ ...scenario(), truncatedTrees: true });
    expect(cut.status).toBe(1);
    expect(cut.server.state.checkRuns[0].conclusion).toBe('failure');
    expect(cut.summary).toContain('only in part');
  });

  test("a pull request's changed_files larger than its files list: the trees are compared", async () => {
    const head: Record<string, string> = { '.plans/bad.md': '# Bad\n\nTBD\n' };
    for (let i = 0; i < 400; i++) head[`.a/f${String(i).padStart(4, '0')}.ts`] = `export const n = ${i};\n`;
    server = await startFakeGitHub({
      commits: { [BASE]: {}, [HEAD]: head },
      pull: { number: 7, base: BASE, head: HEAD },
    });
    const payload = pullRequestPayload({
      owner: server.owner,
      repo: server.repo,
      number: 7,
      base: BASE,
      head: HEAD,
      changedFiles: 5000,
    });
    const r = await run({ commits: { [BASE]: {}, [HEAD]: head } }, { payload });
    expect(r.outputs.plans).toBe('1');
    expect(r.server.state.requests.filter((q: { path: string }) => q.path.includes('/git/trees/'))).toHaveLength(2);
  });

  test('a comparison without its files field fails the run instead of passing as "No plan changed" (issue 10, item 12)', async () => {
    const scenario = { ...twoPlans(), compareWithoutFiles: true };
    const r = await run(scenario);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/without listing the changed files/);
    expect(r.server.state.checkRuns.filter((c: { conclusion?: string }) => c.conclusion === 'success')).toEqual([]);
  });

  test('a run that fails early still gets a failing check run that says why (issue 10, item 10)', async () => {
    const r = await run(twoPlans(), { faults: [{ method: 'GET', path: /\/compare\//, status: 502, times: 100 }] });
    expect(r.status).toBe(1);
    expect(r.server.state.checkRuns).toHaveLength(1);
    expect(r.server.state.checkRuns[0]).toMatchObject({ head_sha: HEAD, conclusion: 'failure' });
    expect(r.server.state.checkRuns[0].output.title).toBe('The plans could not be validated');

    // A base sha that does not exist.
    await server?.close();
    server = undefined;
    const missing = twoPlans();
    missing.pull = { number: 7, base: 'd'.repeat(40), head: HEAD };
    const m = await run(missing);
    expect(m.status).toBe(1);
    expect(m.server.state.checkRuns.map((c: { conclusion?: string }) => c.conclusion)).toEqual(['failure']);
  });

  test("another bot's comment and another check's comment are never edited or deleted (issue 10, item 9)", async () => {
    const comment = (id: number, body: string, login: string) => ({
      id,
      issue: 7,
      body,
      user: { login, type: 'Bot' },
      created_at: `2026-11-2${id}T10:00:00Z`,
    });
    const others = [
      comment(1, '<!-- execplan:progress -->\nwritten by another bot', 'mallory[bot]'),
      comment(2, '<!-- execplan:progress:Docs plans -->\nthe other workflow', 'github-actions[bot]'),
    ];
    const r = await run({ ...twoPlans(), comments: others.map((c) => ({ ...c })) });
    const byId = new Map(r.server.state.comments.map((c: { id: number; body: string }) => [c.id, c.body]));
    expect(byId.get(1)).toBe(others[0].body);
    expect(byId.get(2)).toBe(others[1].body);
    expect(r.server.state.comments).toHaveLength(3);

    // A second workflow with its own check name (the same stand-in, so the same comments).
    const second = await run(twoPlans(), { inputs: { 'check-name': 'Docs plans' } });
    const bodies = second.server.state.comments.map((c: { body: string }) => c.body.split('\n')[0]);
    expect(bodies.filter((b: string) => b === '<!-- execplan:progress -->')).toHaveLength(2);
    expect(second.server.state.comments.find((c: { id: number }) => c.id === 2)?.body).toContain('ExecPlan progress');
  });

  test("the token's own user is the comment's owner: an app's bot, or a personal access token's user (issue 10, item 9)", async () => {
    const comment = (id: number, login: string, type: string) => ({
      id,
      issue: 7,
      body: '<!-- execplan:progress -->\nan earlier run',
      user: { login, type },
      created_at: `2026-11-2${id}T10:00:00Z`,
    });
    // A GitHub App's installation token writes as `SLUG[bot]`, which the check run's `app` tells.
    const app = await run({
      ...twoPlans(),
      identity: { kind: 'app', slug: 'plans-app' },
      comments: [comment(1, 'github-actions[bot]', 'Bot'), comment(2, 'plans-app[bot]', 'Bot')],
    });
    const appComments = app.server.state.comments;
    expect(appComments).toHaveLength(2);
    expect(appComments.find((c: { id: number }) => c.id === 1)?.body).toBe(
      '<!-- execplan:progress -->\nan earlier run',
    );
    expect(appComments.find((c: { id: number }) => c.id === 2)?.body).toContain('ExecPlan progress');
    expect(app.server.state.requests.some((q: { path: string }) => q.path === '/user')).toBe(false);

    // A personal access token may not create check runs; `GET /user` names its user.
    await server?.close();
    server = undefined;
    const pat = await run({
      ...twoPlans(),
      identity: { kind: 'user', login: 'alice' },
      comments: [comment(1, 'github-actions[bot]', 'Bot'), comment(2, 'alice', 'User')],
    });
    const patComments = pat.server.state.comments;
    expect(patComments).toHaveLength(2);
    expect(patComments.find((c: { id: number }) => c.id === 1)?.body).toBe(
      '<!-- execplan:progress -->\nan earlier run',
    );
    expect(patComments.find((c: { id: number }) => c.id === 2)?.body).toContain('ExecPlan progress');
  });

  test('a push of more than 300 changed files: the plans among all of them are found from the two trees', async () => {
    const base: Record<string, string> = {
      '.plans/old.md': demo('base/checkout-retries.md'),
      'zz/.plans/changed.md': demo('base/checkout-retries.md'),
    };
    const head: Record<string, string> = {
      'zz/.plans/changed.md': demo('head/checkout-retries.md'),
      'zz/.plans/new.md': demo('head/search-index.md'),
    };
    for (let i = 0; i < 400; i++) head[`src/f${String(i).padStart(4, '0')}.ts`] = `export const n = ${i};\n`;
    const push = { eventName: 'push', payload: { before: BASE, after: HEAD, ref: 'refs/heads/main' } };
    const r = await run(
      { commits: { [BASE]: base, [HEAD]: head } },
      { ...push, inputs: { plans: '**/.plans/**/*.md' } },
    );
    expect(r.outputs.plans).toBe('2');
    const trees = r.server.state.requests.filter((q: { path: string }) => q.path.includes('/git/trees/'));
    expect(
      trees.map((q: { path: string; query: { recursive?: string } }) => [q.path.split('/').pop(), q.query.recursive]),
    ).toEqual(
      expect.arrayContaining([
        [BASE, '1'],
        [HEAD, '1'],
      ]),
    );
    expect(r.server.state.checkRuns[0].output.summary).toContain('zz/.plans/changed.md');
    expect(r.server.state.checkRuns[0].output.summary).toContain('zz/.plans/new.md');
    // Only the changed plans are known of the 400 changed files: the stale-plan search says so.
    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
    expect(report.stalePlans.incomplete).toContain('only the first 300 files');
    expect(r.stdout).not.toMatch(/::warning::More than 300 files changed/);

    // A tree GitHub cut short: what was listed is validated, and the run says what may be missing.
    await server?.close();
    server = undefined;
    const cut = await run(
      { commits: { [BASE]: base, [HEAD]: head }, truncatedTrees: true },
      { ...push, inputs: { plans: '**/.plans/**/*.md' } },
    );
    expect(cut.outputs.plans).toBe('2');
    expect(cut.stdout).toMatch(
      /::warning::More than 300 files changed and GitHub listed the commits' trees only in part/,
    );
    expect(cut.summary).toContain('only in part');
  });

  test('an invalid configuration at the base commit fails the run with a failing check run that says why', async () => {
    const scenario = twoPlans();
    scenario.commits[BASE]['.execplan.json'] = '{\n  "rules": { "fenced-cod": "off" }\n}\n';
    scenario.commits[HEAD]['.execplan.json'] = '{ "rules": {} }\n';
    const r = await run(scenario);
    expect(r.status).toBe(1);
    const [check] = r.server.state.checkRuns;
    expect(check).toMatchObject({ conclusion: 'failure', head_sha: HEAD, output: { title: 'Invalid configuration' } });
    expect(check.output.summary).toContain('.execplan.json:2: unknown rule id "fenced-cod"');
    expect(r.stdout).toContain(
      '::error title=execplan configuration,file=.execplan.json,line=2,endLine=2::unknown rule id',
    );
    expect(r.stdout).toMatch(/::error::ExecPlan: \.execplan\.json:2: unknown rule id "fenced-cod"/);
    expect(r.server.state.comments).toHaveLength(0);
  });

  test('two runs at once on one pull request end with exactly one comment, the oldest', async () => {
    const scenario = twoPlans();
    server = await startFakeGitHub(scenario);
    // Both runs list the comments before either writes one, so both create one.
    server.gather({ method: 'GET', path: /\/issues\/7\/comments$/, count: 2 });
    const [first, second] = await Promise.all([run(scenario), run(scenario)]);
    expect([first.status, second.status]).toEqual([1, 1]);
    const posted = server.state.requests.filter(
      (q: { method: string; path: string }) => q.method === 'POST' && /comments$/.test(q.path),
    );
    expect(posted).toHaveLength(2);
    expect(server.state.comments).toHaveLength(1);
    const deleted = server.state.requests
      .filter((q: { method: string }) => q.method === 'DELETE')
      .map((q: { path: string }) => Number(q.path.split('/').pop()));
    expect(deleted.length).toBeGreaterThanOrEqual(1);
    for (const id of deleted) expect(id).toBeGreaterThan(server.state.comments[0].id);
    expect(server.state.comments[0].body).toContain('3/5 (25%\u00a0→\u00a060%)');
    expect(first.stdout + second.stdout).not.toContain('Could not');
  });

  test('the outputs, report.json, and the check run count the same: an unreadable plan, one with findings, a clean one', async () => {
    const scenario = twoPlans();
    scenario.commits[HEAD]['.plans/binary.md'] = '# x\n\u0000\u0001 binary';
    const r = await run(scenario);
    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
    const byPath = Object.fromEntries(report.files.map((f: { path: string }) => [f.path, f]));
    // The unreadable plan counts as one error everywhere, the clean one as none.
    expect(byPath['.plans/binary.md']).toMatchObject({ errors: 1, warnings: 0, findings: [] });
    expect(byPath['.plans/search-index.md']).toMatchObject({ errors: 0, warnings: 0 });
    expect(byPath['.plans/checkout-retries.md']).toMatchObject({ errors: 3, warnings: 3 });
    const sum = (key: 'errors' | 'warnings') =>
      report.files.reduce((n: number, f: Record<string, number>) => n + f[key], 0);
    expect([report.errors, report.warnings]).toEqual([sum('errors'), sum('warnings')]);
    expect([r.outputs.errors, r.outputs.warnings]).toEqual([String(report.errors), String(report.warnings)]);
    expect([report.errors, report.warnings]).toEqual([4, 3]);
    expect(r.server.state.checkRuns[0].output.title).toBe('4 errors, 3 warnings in 3 plans');
    expect(r.outputs.plans).toBe(String(report.files.length));
    expect(r.outputs.total).toBe(
      String(report.progress.reduce((n: number, p: { head: { total: number } }) => n + p.head.total, 0)),
    );
  });

  test('a plan that is not text is reported as such, and the other plans as usual', async () => {
    const scenario = twoPlans();
    scenario.commits[HEAD]['.plans/binary.md'] = '# x\n\u0000\u0001 binary';
    const r = await run(scenario);
    expect(r.status).toBe(1);
    expect(r.outputs.plans).toBe('3');
    expect(r.stdout).toMatch(/\.plans\/binary\.md: not a text file \(a NUL byte at line 2\)/);
    expect(
      r.server.state.checkRuns[0].output.annotations.filter((a: { path: string }) => a.path === '.plans/binary.md'),
    ).toHaveLength(1);
    expect(
      r.server.state.checkRuns[0].output.annotations.filter(
        (a: { path: string }) => a.path === '.plans/checkout-retries.md',
      ),
    ).toHaveLength(6);
  });

  test('plan paths and text never run a workflow command in the log', async () => {
    const hostile = demo('head/search-index.md').replace(
      '## Plan of Work\n',
      '## Plan of Work\n\n::error::injected\n\n::add-mask::ghs\n\n  ::warning title=x::spaced\n\nSee ##[error]legacy and TBD.\n',
    );
    const r = await run(
      {
        commits: {
          [BASE]: { 'README.md': '# r\n' },
          [HEAD]: {
            'README.md': '# r\n',
            '::error::injected.md': hostile,
            '.plans/##[error]legacy.md': hostile,
          },
        },
        pull: { number: 7, base: BASE, head: HEAD },
        readOnly: true,
      },
      { inputs: { plans: '**/*.md', 'fail-on': 'never' }, fromFork: true },
    );
    expect(r.status).toBe(0);
    // Read each line as the runner does: `::command props::data` after leading spaces, else the
    // older `##[command]` anywhere in the line.
    const isCommand = (line: string): boolean => /^::[^:]+::/.test(line.trimStart());
    const lines: string[] = r.stdout.split('\n');
    expect(lines.filter((line) => !isCommand(line) && line.includes('##['))).toEqual([]);
    const commands = lines.filter(isCommand);
    const names = commands.map((line: string) => /^::([\w-]+)/.exec(line.trimStart())?.[1]);
    expect(new Set(names)).toEqual(new Set(['add-mask', 'debug', 'error', 'warning']));
    // Our own: the token's mask, debug lines, annotations whose properties name the file (escaped),
    // and the notice that the token is read-only.
    for (const line of commands) {
      if (line.startsWith('::add-mask::')) expect(line).toBe(`::add-mask::${TOKEN}`);
      else if (!line.startsWith('::debug::') && !line.startsWith('::warning::Could not'))
        expect(line).toMatch(/^::(error|warning) title=[\w-]+,file=[^,]+,line=\d+/);
    }
    // Both plans were read and reported, with their findings.
    expect(r.stdout).toContain(': :error::injected.md: ');
    expect(r.stdout).toContain('.plans/##\u200b[error]legacy.md: ');
    expect(commands.filter((line: string) => line.includes('title=placeholder'))).toHaveLength(2);
  });

  test("merge_group and push validate the commits' changes; workflow_dispatch the workspace", async () => {
    const scenario = twoPlans();
    const merge = await run(scenario, {
      eventName: 'merge_group',
      payload: { merge_group: { base_sha: BASE, head_sha: HEAD, head_ref: 'gh-readonly-queue/main/pr-7' } },
    });
    expect(merge.server.state.checkRuns[0].head_sha).toBe(HEAD);
    expect(merge.outputs.plans).toBe('2');
    expect(merge.server.state.comments).toHaveLength(0);
    const push = await run(scenario, {
      eventName: 'push',
      payload: { before: BASE, after: HEAD, ref: 'refs/heads/main' },
    });
    expect(push.outputs.plans).toBe('2');
    expect(push.status).toBe(1);
  });
});
