import { readableTime } from '../src/action/comment-details.js';
import { cutSegments, renderInline, segmentsOf } from '../src/action/comment-text.js';
import { chartPoints, paceChart } from '../src/action/pace-chart.js';
import { milestoneOf } from '../src/core/milestone-name.js';
import { parsePlan } from '../src/core/plan.js';
import { contextPaths, pathMentions, unmappedProgress } from '../src/core/plan-outline.js';
import { summariseProgress } from '../src/core/progress.js';
import { digestProgress } from '../src/core/result.js';

describe('plan text in the comment', () => {
  test('inside HTML: HTML-escaped, no backslash escapes, code as <code>', () => {
    expect(renderInline('Rename user_id … (#42)! in `src/a_b.ts` <b>', 'html')).toBe(
      'Rename user_id … (#42)! in <code>src/a_b.ts</code> &lt;b&gt;',
    );
  });
  test('in Markdown: escaped text, code spans kept as code (with a longer fence when needed)', () => {
    expect(renderInline('Rename user_id in `src/a_b.ts`', 'markdown')).toBe('Rename user\\_id in `src/a_b.ts`');
    expect(renderInline('Quote ``a`b`` here', 'markdown')).toBe('Quote ``a`b`` here');
    expect(renderInline('Ping @team in `@team`', 'markdown')).toBe('Ping @\u200bteam in `@team`');
  });
  test('backtick runs pair as CommonMark pairs them; a run with no closing run of its length is text', () => {
    expect(segmentsOf('a `` b `c` d')).toEqual([
      { code: false, text: 'a `` b ' },
      { code: true, text: 'c' },
      { code: false, text: ' d' },
    ]);
  });
  test('long text is cut after a whole word, never inside a code span or an emoji, with a link to the full text', () => {
    const text = 'Wrote the parser for `src/core/very/long/path.ts` and many more words after it';
    expect(renderInline(text, 'markdown', { max: 40, fullTextUrl: 'https://x/y#L3' })).toBe(
      'Wrote the parser for […](https://x/y#L3 "full text")',
    );
    expect(renderInline('Extraordinarily careful verification of everything', 'markdown', { max: 30 })).toBe(
      'Extraordinarily careful …',
    );
    const family = '👩‍👩‍👧‍👦';
    const cut = cutSegments(segmentsOf(`Done ${family}${family}${family} with the family`), 8);
    expect(cut.cut).toBe(true);
    expect(cut.segments.map((s) => s.text).join('')).toBe(`Done ${family}${family}`);
    // Chinese has no spaces: it is cut between words.
    expect(renderInline('实现解析器并且编写测试用例以及文档更新', 'markdown', { max: 8 })).toMatch(/^实现解析器.*…$/);
  });
  test('timestamps read as a person writes them', () => {
    expect(readableTime('2026-11-22T14:30:00Z')).toBe('2026-11-22 14:30 UTC');
    expect(readableTime('2026-11-22T14:30:15Z')).toBe('2026-11-22 14:30:15 UTC');
    expect(readableTime('2026-11-22')).toBe('2026-11-22');
    expect(readableTime('2026-11-22T14:30:00')).toBe('2026-11-22 14:30');
  });
  test('short text is not cut', () => {
    expect(renderInline('Short.', 'markdown', { max: 300 })).toBe('Short.');
  });
});

describe('milestones, in the usual ways of writing them', () => {
  test.each([
    ['Milestone 3: run the checks', 'Milestone 3'],
    ['Milestone 3 follow-up: fix the flake', 'Milestone 3'],
    ['Milestone 3 complete — updated README', 'Milestone 3'],
    ['**Milestone 2**: wire it', 'Milestone 2'],
    ['[Milestone 1] baseline', 'Milestone 1'],
    ['M4 complete: shipped', 'Milestone 4'],
    ['Phase 2 complete: done', 'Phase 2'],
    ['milestone iv: roman', 'Milestone IV'],
  ])('%s names %s', (text, name) => {
    expect(milestoneOf(text)).toBe(name);
  });
  test.each(['Fix the bug found in Milestone 2', 'Milestones overview', 'Make the build pass', 'Mobile layout'])(
    '%s names none',
    (text) => expect(milestoneOf(text)).toBeUndefined(),
  );
  test('By milestone counts follow-up items with their milestone', () => {
    const plan = parsePlan(
      '# P\n\n## Progress\n\n- [x] (2026-01-01 10:00Z) Milestone 3: build.\n- [ ] Milestone 3 follow-up: fix the flake.\n- [x] (2026-01-02 10:00Z) Milestone 4 complete: shipped.\n',
    );
    expect(digestProgress(summariseProgress(plan)).milestones).toEqual([
      { name: 'Milestone 3', done: 1, total: 2 },
      { name: 'Milestone 4', done: 1, total: 1 },
    ]);
  });
});

describe('the plan outline', () => {
  test('checkbox items under an unrecognised heading give the heading for a sections hint', () => {
    const plan = parsePlan(
      '# 計画\n\n## 進め方\n\n- [x] (2026-01-01 10:00Z) 書いた\n- [ ] 試す\n\n## Other\n\n- [ ] x\n',
    );
    expect(unmappedProgress(plan, ['progress'])).toEqual({ heading: '進め方', items: 2 });
    expect(unmappedProgress(plan, ['progress', '進め方'])).toBeUndefined();
  });
  test('the paths a Context names, and which changed files they name', () => {
    const plan = parsePlan(
      '# P\n\n## Context\n\nThe jobs live in `src/jobs/` and [the runner](src/run.ts); see `delta.ts`, not https://x.y/z.\n',
    );
    expect(contextPaths(plan).sort()).toEqual(['delta.ts', 'src/jobs/', 'src/run.ts']);
    expect(pathMentions('src/jobs/', 'src/jobs/report.ts')).toBe(true);
    expect(pathMentions('src/jobs', 'src/jobs/report.ts')).toBe(true);
    expect(pathMentions('src/jobs', 'src/jobsX/report.ts')).toBe(false);
    expect(pathMentions('delta.ts', 'src/core/delta.ts')).toBe(true);
    expect(pathMentions('src/run.ts', 'src/run.tsx')).toBe(false);
    expect(pathMentions('src/**/*.test.ts', 'src/a/b.test.ts')).toBe(true);
  });
});

describe('the pace chart', () => {
  const plan = parsePlan(
    '# P\n\n## Progress\n\n- [x] (2026-11-28 09:00Z) A.\n- [x] (2026-11-28 10:00Z) B.\n- [x] (2026-11-30 11:00Z) C.\n- [ ] D.\n',
  );
  const progress = digestProgress(summariseProgress(plan));
  test('cumulative dated completions per day, as Mermaid and as text', () => {
    expect(chartPoints(progress.completions)).toEqual([
      { label: '2026-11-28', done: 2 },
      { label: '2026-11-30', done: 3 },
    ]);
    const chart = paceChart(progress).join('\n');
    expect(chart).toContain('```mermaid\nxychart-beta');
    expect(chart).toContain('x-axis ["11-28", "11-30"]');
    expect(chart).toContain('y-axis "done" 0 --> 4');
    expect(chart).toContain('line [2, 3]');
    expect(chart).toContain('<sub>Done by date (cumulative, of 4): 2026-11-28: 2 · 2026-11-30: 3</sub>');
  });
  test('no chart for a single day', () => {
    const one = digestProgress(summariseProgress(parsePlan('# P\n\n## Progress\n\n- [x] (2026-11-28 09:00Z) A.\n')));
    expect(paceChart(one)).toEqual([]);
  });
  test('a long history is grouped by week', () => {
    const days = Array.from({ length: 60 }, (_, i) => ({
      date: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
      count: 1,
    }));
    const points = chartPoints(days);
    expect(points.length).toBeLessThanOrEqual(30);
    expect(points.at(-1)?.done).toBe(60);
  });
});
