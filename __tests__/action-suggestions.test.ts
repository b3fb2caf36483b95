import { bodyOf, startFakeGitHub } from './support/fake-github.js';
import { pullRequestPayload } from './support/run-action.js';
import { addedLines, pickSuggestions, suggestionBody } from '../src/action/suggestions.js';
import { lintPlan } from '../src/core/lint.js';
import { loadAction } from './support/action-harness.js';

/**
 * The action's `suggestions: on`, in process against the stand-in for GitHub, which checks each
 * request against GitHub's OpenAPI description and, as GitHub does, refuses a review whose
 * comments lie outside the pull request's diff (422).
 */
const runAction = await loadAction();
const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const TOKEN = 'ghs_secret_token_value_456';

type Scenario = Parameters<typeof startFakeGitHub>[0];
type Server = Awaited<ReturnType<typeof startFakeGitHub>>;

const BASE_PLAN = [
  '# Suggest fixes',
  '',
  '## Purpose',
  '',
  'Show suggestions.',
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
  'None yet.',
  '',
  '## Context',
  '',
  'The CLI is `src/cli/main.ts`.',
  '',
  '## Validation',
  '',
  'Run `npm test`.',
  '',
].join('\n');

/** The head adds a heading with no blank line after it, a checked item at a non-canonical time and a fenced block. */
const HEAD_PLAN = BASE_PLAN.replace(
  '- [ ] Wire the CLI.\n',
  '- [x] 2025-01-21T10:00-05:00 - Wired the CLI.\n- [ ] Write the docs.\n',
).replace(
  'Run `npm test`.\n',
  'Run `npm test`.\n\n### Smoke test\nRun it by hand:\n\n```sh\nnpx execplan validate\n```\n',
);

const scenario = (extra: Partial<Scenario> = {}): Scenario => ({
  commits: { [BASE]: { '.plans/p.md': BASE_PLAN }, [HEAD]: { '.plans/p.md': HEAD_PLAN } },
  pull: { number: 9, base: BASE, head: HEAD },
  ...extra,
});

describe('suggestions on the pull request', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function run(s: Scenario, options: { inputs?: Record<string, string>; fromFork?: boolean } = {}) {
    server ??= await startFakeGitHub(s);
    const result = await runAction({
      apiUrl: server.url,
      owner: server.owner,
      repo: server.repo,
      eventName: 'pull_request',
      payload: pullRequestPayload({
        owner: server.owner,
        repo: server.repo,
        number: 9,
        base: BASE,
        head: HEAD,
        fromFork: options.fromFork,
      }),
      inputs: { token: TOKEN, suggestions: 'on', ...(options.inputs ?? {}) },
      sha: 'c'.repeat(40),
    });
    // Every request, the review included, matched GitHub's description.
    expect(server.state.violations).toEqual([]);
    return { ...result, server };
  }

  const reviewRequests = (s: Server) =>
    s.state.requests.filter(
      (r: { method: string; path: string }) => r.method === 'POST' && r.path.endsWith('/reviews'),
    );

  test('one review, with a suggestion on each changed line that has a fix, none on unchanged lines', async () => {
    const r = await run(scenario());
    const [review] = reviewRequests(r.server);
    expect(reviewRequests(r.server)).toHaveLength(1);
    expect(review.body).toMatchObject({ commit_id: HEAD, event: 'COMMENT' });
    const comments = bodyOf(review).comments as { path: string; line: number; start_line?: number; body: string }[];
    // The base's non-canonical item (line 9) is not in the diff: no suggestion there.
    expect(comments.map((c) => [c.path, c.start_line, c.line])).toEqual([
      ['.plans/p.md', undefined, 10],
      ['.plans/p.md', undefined, 33],
      ['.plans/p.md', 36, 38],
    ]);
    expect(comments[0].body).toContain('```suggestion\n- [x] (2025-01-21 15:00Z) Wired the CLI.\n```');
    expect(comments[1].body).toContain('```suggestion\n### Smoke test\n\n```');
    expect(comments[2].body).toContain('```suggestion\n    npx execplan validate\n```');
    expect(comments[2].body).toMatch(/^\*\*fenced-code\*\* \(warning\): Fenced code block/);
    expect(r.stdout).toContain('Posted 3 suggestions as one review.');
  });

  test('a second run posts no suggestion again', async () => {
    const s = scenario();
    await run(s);
    const again = await run(s);
    expect(reviewRequests(again.server)).toHaveLength(1);
    expect(again.server.state.reviewComments).toHaveLength(3);
  });

  test('a fork pull request with a read-only token: no review, and the log says why once', async () => {
    const r = await run(scenario({ readOnly: true }), { fromFork: true });
    expect(r.server.state.reviews).toHaveLength(0);
    expect(r.stdout.match(/Could not post suggestions/g)).toHaveLength(1);
    expect(r.outputs.warnings).toBe('4');
  });

  test('the stand-in refuses, as GitHub does, a review comment on a line outside the diff', async () => {
    server = await startFakeGitHub(scenario());
    const post = (line: number) =>
      fetch(`${server!.url}/repos/${server!.owner}/${server!.repo}/pulls/9/reviews`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `token ${TOKEN}` },
        body: JSON.stringify({
          event: 'COMMENT',
          body: 'x',
          comments: [{ path: '.plans/p.md', line, side: 'RIGHT', body: 'y' }],
        }),
      });
    expect((await post(1)).status).toBe(422);
    expect((await post(10)).status).toBe(200);
    // A comment without its required body breaks GitHub's request schema.
    const bad = await fetch(`${server.url}/repos/${server.owner}/${server.repo}/pulls/9/reviews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ comments: [{ path: '.plans/p.md', line: 10 }] }),
    });
    expect(bad.status).toBe(422);
    expect(server.state.violations).toHaveLength(1);
  });

  test('suggestions off (the default): no request about reviews at all', async () => {
    const r = await run(scenario(), { inputs: { suggestions: '' } });
    expect(
      r.server.state.requests.filter((q: { path: string }) => /\/pulls\/9\/(?:reviews|comments)$/.test(q.path)),
    ).toEqual([]);
  });

  test('at most 20 suggestions in a run; the rest come in the next', async () => {
    const many = BASE_PLAN.replace(
      'Run `npm test`.\n',
      'Run `npm test`.\n' + Array.from({ length: 25 }, (_, i) => `\n### Check ${i}\nText ${i}.\n`).join(''),
    );
    const s = scenario({ commits: { [BASE]: { '.plans/p.md': BASE_PLAN }, [HEAD]: { '.plans/p.md': many } } });
    const first = await run(s);
    expect(bodyOf(reviewRequests(first.server)[0]).comments).toHaveLength(20);
    const second = await run(s);
    expect(bodyOf(reviewRequests(second.server)[1]).comments).toHaveLength(5);
  });
});

describe('which findings become suggestions', () => {
  test('the lines a diff adds', () => {
    expect([
      ...addedLines('@@ -1,3 +1,4 @@\n a\n-b\n+B\n+C\n c\n@@ -10,2 +11,2 @@\n x\n+y\n\\ No newline at end of file'),
    ]).toEqual([2, 3, 12]);
  });

  test('a finding with lines outside the diff, or not new, is left out; a block cannot close the fence', () => {
    const text = '# T\ntext\n\n## H\n\n```\ncode with ``` inside\n```\n';
    const { findings } = lintPlan(text);
    const plans = [{ path: 'p.md', findings }];
    expect(pickSuggestions(plans, new Map([['p.md', new Set([1])]]), new Set()).map((c) => c.line)).toEqual([1]);
    expect(pickSuggestions(plans, new Map([['p.md', new Set([6, 7])]]), new Set())).toEqual([]);
    const unchanged = findings.map((f) => ({ ...f, baselineState: 'unchanged' as const }));
    expect(
      pickSuggestions([{ path: 'p.md', findings: unchanged }], new Map([['p.md', new Set([1])]]), new Set()),
    ).toEqual([]);
    const fenced = findings.find((f) => f.ruleId === 'fenced-code');
    if (fenced?.fix) expect(suggestionBody(fenced, 'k')).toContain('````suggestion\n');
  });
});
