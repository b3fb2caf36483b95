import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LintJob } from '../src/cli/lint-outcome.js';
import { validateFiles } from '../src/cli/validate-files.js';
import type { PlanResult } from '../src/core/result.js';
import { DEFAULT_SETTINGS } from '../src/core/settings.js';
import { findingsJson, formatJson, formatJsonBytes } from '../src/formatters/json.js';
import type { Finding } from '../src/core/rule.js';
import { repoRoot } from './helpers.js';

/**
 * `formatJsonBytes` writes what `formatJson` writes, byte for byte, whether it serialises each
 * plan's findings or takes them as the cache keeps them (`findingsJson`): a warm `--cache` run
 * writes the cache's bytes, so any difference would be a different report from the cache.
 */
const job: LintJob = { settings: DEFAULT_SETTINGS, strict: false, base: undefined };
const planFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ path: `${dir.slice(repoRoot.length + 1)}/${name}`, absolute: join(dir, name) }));
const ownPlans = [
  ...planFiles(join(repoRoot, '.plans')),
  ...planFiles(join(repoRoot, '__tests__', 'fixtures', 'rules')),
  ...planFiles(join(repoRoot, '__tests__', 'fixtures', 'cases')),
];

/** Both ways: with nothing known, and with every other plan's findings known as the cache keeps them. */
function expectSameBytes(results: readonly PlanResult[]): void {
  const text = formatJson(results);
  expect(Buffer.from(formatJsonBytes(results)).toString('utf8')).toBe(text);
  const known = new Map(results.filter((_, i) => i % 2 === 0).map((r) => [r, Buffer.from(findingsJson(r.findings))]));
  expect(known.size).toBeGreaterThan(0);
  expect(Buffer.from(formatJsonBytes(results, (r) => known.get(r))).toString('utf8')).toBe(text);
}

test("this repository's plans and fixtures, a plan that cannot be read, and no plan at all", async () => {
  const results = await validateFiles(ownPlans, repoRoot, { ...job, workers: 1 });
  expect(results.length).toBeGreaterThan(40);
  expect(results.filter((r) => r.findings.some((f) => f.fix)).length).toBeGreaterThan(0);
  results.push({ path: 'gone.md', findings: [], error: 'gone.md no such file.' });
  expectSameBytes(results);
  expectSameBytes([results.at(-1)!]);
  expect(Buffer.from(formatJsonBytes([])).toString('utf8')).toBe(formatJson([]));
});

test('plans compared with a base version (baselineState, new errors and warnings)', async () => {
  const head = join(repoRoot, '__tests__', 'fixtures', 'demo', 'head', 'checkout-retries.md');
  const base = readFileSync(join(repoRoot, '__tests__', 'fixtures', 'demo', 'base', 'checkout-retries.md'), 'utf8');
  const results = await validateFiles([{ path: 'checkout-retries.md', absolute: head }], repoRoot, {
    ...job,
    base,
    workers: 1,
  });
  expect(results[0].baselined).toBe(true);
  expect(results[0].findings.length).toBeGreaterThan(0);
  expectSameBytes([...results, ...results]);
});

test('text that JSON escapes or that is not ASCII: quotes, backslashes, control characters, CJK, lone surrogates', () => {
  const finding = (message: string): Finding => ({
    ruleId: 'placeholder',
    severity: 'warning',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    message,
    url: 'https://example.com/docs#"x"',
    fix: { edits: [{ start: 0, end: 1, line: 1, column: 1, endLine: 1, endColumn: 2, text: '\t待办\n' }] },
  });
  const messages = ['"quoted" \\ back', 'bell \u0007 and \u001b[31m', '进度 진행 🚀', 'lone \ud800 half', ''];
  expectSameBytes([
    { path: '计划/plan "one".md', findings: messages.map(finding) },
    { path: 'b.md', findings: [] },
    { path: 'c.md', findings: [finding('x')] },
  ]);
});
