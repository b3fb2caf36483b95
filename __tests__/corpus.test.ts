import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareProgress, progressDelta } from '../src/core/delta.js';
import { lintPlan } from '../src/core/lint.js';
import { parsePlan, type Plan } from '../src/core/plan.js';
import { summariseProgress } from '../src/core/progress.js';
import { formatJson } from '../src/formatters/json.js';
import { DEFAULT_SECTION_NAMES } from '../src/core/sections.js';
import { corpusDir, describeShared, repoRoot, sharedAvailable, testShared } from './helpers.js';
import { sharedLint } from './support/shared-results.js';

/**
 * The real plans of ../shared/corpus: every one validates without throwing, twice with identical
 * output, and its findings are kept as a reviewed snapshot so that a change in behaviour shows
 * up in review (`__tests__/__snapshots__/corpus.test.ts.snap`).
 */
const plansDir = join(corpusDir, 'plans');
const pairsDir = join(corpusDir, 'pairs');
/**
 * Without ../shared the tests are declared skipped under the names they have with it (the plans
 * named by the reviewed snapshot, the pairs by the reviewed deltas), so no snapshot looks obsolete.
 */
const snapshotPlans = (): string[] =>
  [
    ...readFileSync(join(repoRoot, '__tests__', '__snapshots__', 'corpus.test.ts.snap'), 'utf8').matchAll(
      /^exports\[`every corpus plan (\S+\.md) 1`\]/gm,
    ),
  ].map((m) => m[1]);
const reviewedPairs = (): string[] =>
  Object.keys(
    JSON.parse(readFileSync(join(repoRoot, '__tests__', 'fixtures', 'corpus-pair-deltas.json'), 'utf8')).pairs,
  );
const plans = (sharedAvailable ? readdirSync(plansDir) : snapshotPlans()).filter((n) => n.endsWith('.md')).sort();
const pairs = (sharedAvailable ? readdirSync(pairsDir) : reviewedPairs()).filter((n) => /^\d+$/.test(n)).sort();

/**
 * Each corpus file parsed once for the tests that read its plan (parsePlan is pure, and progress
 * and delta only read the plan): a plan's first validation parses it, and a pair's two sides are
 * read by two tests. The validations compared for determinism each parse the text afresh.
 */
const parsed = new Map<string, Plan>();
const planOf = (path: string, text = readFileSync(path, 'utf8')): Plan => {
  if (!parsed.has(path)) parsed.set(path, parsePlan(text));
  return parsed.get(path)!;
};

testShared('the corpus is where the tests expect it', () => {
  expect(plans).toHaveLength(50);
  expect(pairs).toHaveLength(13);
});

describeShared('every corpus plan', () => {
  test.each(plans)('%s', (name) => {
    const text = readFileSync(join(plansDir, name), 'utf8');
    const first = lintPlan(text);
    if (!parsed.has(join(plansDir, name))) parsed.set(join(plansDir, name), first.plan);
    const once = formatJson([{ path: name, findings: first.findings }]);
    // Validated again: by the test file that first asked for it in this run (this one, or another
    // file in another process; see support/shared-results.ts), so one validation serves three files.
    const twice = formatJson([{ path: name, findings: sharedLint(text).findings }]);
    expect(twice).toBe(once);
    const lineCount = text.split('\n').length;
    const findings = JSON.parse(once).files[0].findings as { ruleId: string; line: number; endLine: number }[];
    for (const f of findings) {
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.endLine).toBeLessThanOrEqual(lineCount);
    }
    // The reviewed summary: rule ids with the lines they report.
    const byRule = new Map<string, number[]>();
    for (const f of findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f.line]);
    expect([...byRule].sort().map(([rule, lines]) => `${rule}: ${lines.join(' ')}`)).toMatchSnapshot();
  });
});

describeShared('every corpus pair', () => {
  test.each(pairs)(
    'pair %s: both sides validate, progress and delta agree, the head has done at least as much',
    (pair) => {
      const baseText = readFileSync(join(pairsDir, pair, 'base.md'), 'utf8');
      const headText = readFileSync(join(pairsDir, pair, 'head.md'), 'utf8');
      const base = planOf(join(pairsDir, pair, 'base.md'), baseText);
      const head = planOf(join(pairsDir, pair, 'head.md'), headText);
      // As for the plans: validated here, and again as the other files read it.
      expect(formatJson([{ path: 'b', findings: lintPlan(baseText).findings }])).toBe(
        formatJson([{ path: 'b', findings: sharedLint(baseText).findings }]),
      );
      expect(formatJson([{ path: 'h', findings: lintPlan(headText, { base: baseText }).findings }])).toBe(
        formatJson([{ path: 'h', findings: sharedLint(headText, baseText).findings }]),
      );
      const baseProgress = summariseProgress(base);
      const headProgress = summariseProgress(head);
      expect(headProgress.completed).toBeGreaterThanOrEqual(baseProgress.completed);
      expect(headProgress.completed + headProgress.partial + headProgress.remaining).toBe(headProgress.total);
      const delta = progressDelta(base, head);
      expect(delta.base.completed).toBe(baseProgress.completed);
      expect(delta.head.total - delta.base.total).toBe(delta.added.length - delta.removed.length);
      expect(delta.new).toBe(false);
    },
  );
});

interface ExpectedDelta {
  reason: string;
  completed: number[];
  reopened: number[];
  added: number[];
  removed: number[];
  reworded: { from: number; to: number; either?: number[] }[];
}
const reviewed = JSON.parse(readFileSync(join(repoRoot, '__tests__', 'fixtures', 'corpus-pair-deltas.json'), 'utf8'))
  .pairs as Record<string, ExpectedDelta>;
/** Pair 011 is in Korean; its Progress heading is `진행 상황`, mapped as a team would with `sections`. */
const pairSections = { ...DEFAULT_SECTION_NAMES, Progress: ['progress', '진행 상황'] };

describeShared('the reviewed delta of every corpus pair (__tests__/fixtures/corpus-pair-deltas.json)', () => {
  test('every pair has a reviewed delta with a reason', () => {
    expect(Object.keys(reviewed).sort()).toEqual(pairs);
    for (const pair of pairs) expect(reviewed[pair].reason.length).toBeGreaterThan(20);
  });

  test.each(pairs)('pair %s', (pair) => {
    const expected = reviewed[pair];
    const base = planOf(join(pairsDir, pair, 'base.md'));
    const head = planOf(join(pairsDir, pair, 'head.md'));
    const delta = progressDelta(base, head, pairSections);
    const lines = (items: readonly { line: number }[]) => items.map((i) => i.line);
    // Where a reader could take either of two head items as a split item's counterpart, the other
    // one is the added item.
    let added = [...expected.added];
    const reworded = expected.reworded.map(({ from, to, either }) => {
      const actual = delta.reworded.find((r) => r.baseLine === from)?.line;
      if (either && actual !== undefined && either.includes(actual) && actual !== to) {
        added = [...added.filter((l) => l !== actual), to].sort((a, b) => a - b);
        return { from, to: actual };
      }
      return { from, to };
    });
    expect({
      completed: lines(delta.completed),
      reopened: lines(delta.reopened),
      added: lines(delta.added),
      removed: lines(delta.removed),
      reworded: delta.reworded.map((r) => ({ from: r.baseLine, to: r.line })),
    }).toEqual({
      completed: expected.completed,
      reopened: expected.reopened,
      added,
      removed: expected.removed,
      reworded,
    });
    // Every head item is either the counterpart of a base item or added, never both.
    const headLines = summariseProgress(head, pairSections.Progress).items.map((i) => i.line);
    const baseCount = summariseProgress(base, pairSections.Progress).total;
    expect(headLines.length - delta.added.length).toBe(baseCount - delta.removed.length);
    // Completed items are done in the head; the text outputs list each once.
    for (const r of delta.reworded) expect(delta.added.map((a) => a.line)).not.toContain(r.line);
  });
});

describeShared('every corpus plan against itself', () => {
  test.each(plans)('%s: no change; in reverse order, every item moved and none added, removed or reworded', (name) => {
    const summary = summariseProgress(planOf(join(plansDir, name)));
    const same = compareProgress(summary, summary);
    expect([same.completed, same.reopened, same.added, same.removed, same.reworded].map((l) => l.length)).toEqual([
      0, 0, 0, 0, 0,
    ]);
    const reversed = compareProgress(summary, { ...summary, items: [...summary.items].reverse() });
    expect([reversed.added, reversed.removed, reversed.reworded].map((l) => l.length)).toEqual([0, 0, 0]);
  });
});
