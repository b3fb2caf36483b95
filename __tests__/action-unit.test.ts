import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { progressDelta } from '../src/core/delta.js';
import { lintPlan } from '../src/core/lint.js';
import { parsePlan } from '../src/core/plan.js';
import { summariseProgress } from '../src/core/progress.js';
import { targetOf, UnsupportedEventError } from '../src/action/event.js';
import { InputError, readInputs } from '../src/action/inputs.js';
import { neutraliseLogLine } from '../src/action/log-line.js';
import { isFailing } from '../src/action/run.js';
import { checkSummary, checkTitle, inBatches, toAnnotations } from '../src/action/check-run.js';
import { COMMENT_MARKER, renderComment } from '../src/action/comment-render.js';
import { BODY_LIMIT, escapeText } from '../src/action/markdown.js';
import type { RunResult } from '../src/action/run-result.js';
import { digestProgress, type PlanResult } from '../src/core/result.js';
import { repoRoot } from './helpers.js';

const demo = (path: string): string => readFileSync(join(repoRoot, '__tests__', 'fixtures', 'demo', path), 'utf8');
const repo = { owner: 'o', repo: 'r' };

function reportOf(path: string, headText: string, baseText?: string): PlanResult {
  const head = parsePlan(headText);
  const base = baseText === undefined ? undefined : parsePlan(baseText);
  const progress = summariseProgress(head);
  return {
    path,
    title: progress.title,
    findings: lintPlan(head, base ? { base } : {}).findings,
    delta: progressDelta(base, head),
    progress: digestProgress(progress),
  };
}

const changed = reportOf(
  '.plans/checkout-retries.md',
  demo('head/checkout-retries.md'),
  demo('base/checkout-retries.md'),
);
const fresh = reportOf('.plans/search-index.md', demo('head/search-index.md'));
const HEAD = 'b'.repeat(40);

describe('the pull-request comment', () => {
  test('a changed plan with errors and a new valid plan (reviewed snapshot)', () => {
    const body = renderComment(
      { plans: [changed, fresh], removed: [], headSha: HEAD },
      { checkUrl: 'https://github.com/o/r/pull/7/checks' },
    );
    expect(body.startsWith(COMMENT_MARKER + '\n')).toBe(true);
    expect(body).toMatchSnapshot();
  });

  test('a valid plan says valid and has no link', () => {
    const body = renderComment({ plans: [fresh], removed: [], headSha: HEAD });
    expect(body).toMatch(/^- ✅ \*\*.*\n.*\n {2}valid$/m);
    expect(body).toContain('✅ all valid');
  });

  test('no plan: says so, differently when it replaces an earlier comment', () => {
    expect(renderComment({ plans: [], removed: [], headSha: HEAD })).toContain('This pull request changes no plan.');
    expect(renderComment({ plans: [], removed: [], headSha: HEAD }, { previously: true })).toContain(
      'This pull request no longer changes any plan.',
    );
  });

  test('an oversized report drops item lists first, then rows, and says so; it never cuts text', () => {
    const many: PlanResult[] = Array.from({ length: 1000 }, (_, i) => ({ ...changed, path: `.plans/plan-${i}.md` }));
    const report: RunResult = { plans: many, removed: [], headSha: HEAD };
    const body = renderComment(report);
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(body).toContain("Left out to stay within GitHub's comment size:");
    expect(body).toContain('the lists of completed, added and removed items');
    expect(body).toMatch(/\d+ more plans \(listed in the check run and the job summary\)/);
    expect(body).not.toContain('<details>');
    expect(body.trimEnd().endsWith('by execplan.</sub>')).toBe(true);
    const fewer = renderComment({ plans: many.slice(0, 20), removed: [], headSha: HEAD }, { limit: 6_000 });
    expect(fewer.length).toBeLessThanOrEqual(6_000);
    expect(fewer).not.toContain('more plan');
    expect(fewer).toContain('the lists of completed');
  });

  test('plan text pings nobody, opens no HTML, breaks no table', () => {
    const hostile = reportOf(
      '.plans/x.md',
      '# Plan @org/team <script>alert(1)</script>\n\n## Progress\n\n- [x] (2026-01-01 10:00Z) Ask @someone | then `run` <!-- x --> <details>\n',
    );
    const body = renderComment({ plans: [hostile], removed: [], headSha: HEAD });
    expect(body).not.toMatch(/@someone|@org/);
    expect(body).toContain('@\u200bsomeone');
    expect(body).not.toContain('<script>');
    expect(body).not.toContain('<details> ');
    for (const line of body.split('\n').filter((l) => l.startsWith('| **'))) expect(line.split(' | ')).toHaveLength(4);
  });

  test('escapeText folds lines and escapes Markdown', () => {
    expect(escapeText('a\n*b* [c](d) `e` |f| <g> @h')).toBe(
      'a \\*b\\* \\[c\\](d) \\`e\\` &#124;f&#124; &lt;g&gt; @\u200bh',
    );
  });
});

describe('the check run', () => {
  const report: RunResult = { plans: [changed, fresh], removed: [], headSha: HEAD };
  test('title and summary', () => {
    expect(checkTitle(report)).toBe('3 errors, 3 warnings in 2 plans');
    expect(checkTitle({ ...report, plans: [fresh] })).toBe('No problems in 1 plan');
    expect(checkTitle({ ...report, plans: [] })).toBe('No plan changed');
    expect(checkSummary(report)).toContain(
      '| <code>.plans/checkout-retries.md</code> | 3 | 3 | 1/4\u00a0→\u00a03/5 (25%\u00a0→\u00a060%) |',
    );
  });
  test('one annotation per finding, with the rule id as title and the docs URL at the end', () => {
    const annotations = toAnnotations(report);
    expect(annotations).toHaveLength(6);
    expect(annotations[0]).toMatchObject({
      path: '.plans/checkout-retries.md',
      start_line: 13,
      end_line: 13,
      annotation_level: 'failure',
      title: 'progress-timestamp',
    });
    expect(annotations[0].message.endsWith('docs/rules/progress-timestamp.md')).toBe(true);
  });
  test('annotations go in batches of at most 50', () => {
    expect(inBatches(Array.from({ length: 120 }, (_, i) => i)).map((b) => b.length)).toEqual([50, 50, 20]);
    expect(inBatches([])).toEqual([]);
  });
  test('fail-on', () => {
    const inputs = readInputs(() => '');
    expect(isFailing(inputs, { errors: 1, warnings: 0 })).toBe(true);
    expect(isFailing(inputs, { errors: 0, warnings: 5 })).toBe(false);
    expect(isFailing({ ...inputs, failOn: 'warning' }, { errors: 0, warnings: 1 })).toBe(true);
    expect(isFailing({ ...inputs, failOn: 'never' }, { errors: 9, warnings: 9 })).toBe(false);
  });
});

describe('events', () => {
  const pr = {
    number: 7,
    pull_request: {
      number: 7,
      head: { sha: 'h'.repeat(40), repo: { full_name: 'fork/r' } },
      base: { sha: 'b'.repeat(40), repo: { full_name: 'o/r' } },
    },
  };
  test('pull requests run on the head sha, not the merge commit', () => {
    for (const name of ['pull_request', 'pull_request_target']) {
      expect(targetOf(name, pr, repo, 'merge'.padEnd(40, '0'))).toEqual({
        kind: 'pull_request',
        repo,
        number: 7,
        headSha: 'h'.repeat(40),
        baseSha: 'b'.repeat(40),
        fromFork: true,
      });
    }
  });
  test('merge_group, push and workflow_dispatch', () => {
    expect(targetOf('merge_group', { merge_group: { base_sha: 'a', head_sha: 'b' } }, repo, 'x')).toEqual({
      kind: 'commits',
      repo,
      baseSha: 'a',
      headSha: 'b',
    });
    expect(targetOf('push', { before: 'a', after: 'b' }, repo, 'x')).toEqual({
      kind: 'commits',
      repo,
      baseSha: 'a',
      headSha: 'b',
    });
    expect(targetOf('push', { before: '0'.repeat(40), after: 'b' }, repo, 'x')).toEqual({
      kind: 'workspace',
      repo,
      headSha: 'b',
    });
    expect(targetOf('workflow_dispatch', {}, repo, 'x')).toEqual({ kind: 'workspace', repo, headSha: 'x' });
  });
  test('other events are refused with a message saying which ones work', () => {
    expect(() => targetOf('issues', {}, repo, 'x')).toThrow(UnsupportedEventError);
    expect(() => targetOf('issues', {}, repo, 'x')).toThrow(
      /pull_request, pull_request_target, merge_group, push or workflow_dispatch/,
    );
  });
});

describe('inputs and action.yml', () => {
  const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8'));
  test('action.yml declares the contract: node24, dist/index.js, its inputs and outputs with their defaults', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(Object.keys(action.inputs)).toEqual([
      'token',
      'plans',
      'strict',
      'fail-on',
      'comment',
      'check-name',
      'config',
      'only-new',
      'stale-after',
      'stale-plans',
      'suggestions',
    ]);
    expect(action.inputs.suggestions.default).toBe('off');
    expect(action.inputs.token.default).toBe('${{ github.token }}');
    expect(action.inputs.plans.default).toBe('.plans/**/*.md');
    expect(action.inputs['fail-on'].default).toBe('error');
    expect(action.inputs.comment.default).toBe('changes');
    expect(action.inputs['check-name'].default).toBe('ExecPlan');
    expect(Object.keys(action.outputs)).toEqual([
      'errors',
      'warnings',
      'new-errors',
      'new-warnings',
      'plans',
      'completed',
      'total',
      'report',
    ]);
    expect(action.inputs['only-new'].default).toBe('false');
    expect(action.inputs['stale-after'].default).toBe('14');
    expect(action.inputs['stale-plans'].default).toBe('comment');
  });
  test('inputs are read with their defaults, and bad values are refused', () => {
    const defaults = Object.fromEntries(
      Object.entries(action.inputs as Record<string, { default?: string }>).map(([k, v]) => [k, v.default ?? '']),
    );
    const inputs = readInputs((name) => (name === 'token' ? 't' : (defaults[name] ?? '')));
    expect(inputs).toEqual({
      token: 't',
      plans: ['.plans/**/*.md'],
      strict: false,
      failOn: 'error',
      comment: 'changes',
      checkName: 'ExecPlan',
      config: undefined,
      onlyNew: false,
      staleAfter: 14,
      stalePlans: 'comment',
      suggestions: 'off',
    });
    expect(() => readInputs((n) => (n === 'stale-plans' ? 'sometimes' : ''))).toThrow(/input "stale-plans"/);
    expect(() => readInputs((n) => (n === 'stale-after' ? '0' : ''))).toThrow(/input "stale-after"/);
    expect(readInputs((n) => (n === 'stale-after' ? '30' : n === 'only-new' ? 'TRUE' : ''))).toMatchObject({
      staleAfter: 30,
      onlyNew: true,
    });
    expect(readInputs((n) => (n === 'suggestions' ? 'on' : '')).suggestions).toBe('on');
    expect(() => readInputs((n) => (n === 'suggestions' ? 'yes' : ''))).toThrow(/input "suggestions"/);
    expect(readInputs((n) => (n === 'plans' ? 'a/*.md\n\n b/**/*.md ' : '')).plans).toEqual(['a/*.md', 'b/**/*.md']);
    expect(() => readInputs((n) => (n === 'fail-on' ? 'sometimes' : ''))).toThrow(InputError);
    expect(() => readInputs((n) => (n === 'strict' ? 'yes' : ''))).toThrow(/input "strict"/);
  });
});

describe('log lines', () => {
  /** Whether GitHub's runner would read the line as a workflow command (`::` first, else `##[` anywhere). */
  const isCommand = (line: string): boolean => /^::[^:]*::/.test(line.trimStart()) || line.includes('##[');

  test.each([
    '::error::injected',
    '   ::add-mask::secret',
    '\t::warning file=a.md::x',
    'text ##[error]legacy anywhere',
    'two lines\n::error::second',
    'two lines\r\n  ##[add-mask]x',
  ])('%j is not a command once neutralised', (text) => {
    expect(isCommand(text.split(/\r?\n/).pop()!) || isCommand(text)).toBe(true);
    const line = neutraliseLogLine(text);
    expect(line).not.toMatch(/[\r\n]/);
    expect(isCommand(line)).toBe(false);
  });

  test('ordinary text is left as it is', () => {
    expect(neutraliseLogLine('.plans/a.md:3:1  error  "TBD" is a placeholder (placeholder)')).toBe(
      '.plans/a.md:3:1  error  "TBD" is a placeholder (placeholder)',
    );
  });
});
