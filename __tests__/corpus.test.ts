import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { progressDelta } from '../src/core/delta.js';
import { lintPlan } from '../src/core/lint.js';
import { parsePlan } from '../src/core/plan.js';
import { summariseProgress } from '../src/core/progress.js';
import { formatJson } from '../src/formatters/json.js';
import { corpusDir } from './helpers.js';

/**
 * The real plans of ../shared/corpus: every one validates without throwing, twice with identical
 * output, and its findings are kept as a reviewed snapshot so that a change in behaviour shows
 * up in review (`__tests__/__snapshots__/corpus.test.ts.snap`).
 */
const plansDir = join(corpusDir, 'plans');
const pairsDir = join(corpusDir, 'pairs');
const plans = readdirSync(plansDir)
  .filter((n) => n.endsWith('.md'))
  .sort();
const pairs = readdirSync(pairsDir)
  .filter((n) => /^\d+$/.test(n))
  .sort();

test('the corpus is where the tests expect it', () => {
  expect(plans).toHaveLength(50);
  expect(pairs).toHaveLength(13);
});

describe('every corpus plan', () => {
  test.each(plans)('%s', (name) => {
    const text = readFileSync(join(plansDir, name), 'utf8');
    const once = formatJson([{ path: name, findings: lintPlan(text).findings }]);
    const twice = formatJson([{ path: name, findings: lintPlan(text).findings }]);
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

describe('every corpus pair', () => {
  test.each(pairs)(
    'pair %s: both sides validate, progress and delta agree, the head has done at least as much',
    (pair) => {
      const baseText = readFileSync(join(pairsDir, pair, 'base.md'), 'utf8');
      const headText = readFileSync(join(pairsDir, pair, 'head.md'), 'utf8');
      const base = parsePlan(baseText);
      const head = parsePlan(headText);
      expect(formatJson([{ path: 'b', findings: lintPlan(baseText).findings }])).toBe(
        formatJson([{ path: 'b', findings: lintPlan(baseText).findings }]),
      );
      expect(formatJson([{ path: 'h', findings: lintPlan(headText, { base: baseText }).findings }])).toBe(
        formatJson([{ path: 'h', findings: lintPlan(headText, { base: baseText }).findings }]),
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
