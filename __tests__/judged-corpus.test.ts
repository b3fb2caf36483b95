import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  judgedCorpusFiles,
  keyedFindings,
  precisionByRule,
  readJudgements,
  renderPrecision,
  type KeyedFinding,
} from './judged-corpus.js';
import { describeShared, repoRoot, sharedAvailable } from './helpers.js';
import { sharedLint } from './support/shared-results.js';

/**
 * The judged corpus (issue 13): every finding on the real plans, judged by hand in
 * `__tests__/judged-corpus.tsv`. A finding judged false must not come back, one judged true must
 * not disappear, and new findings are listed for judging. `docs/precision.md` must be current.
 */
const judgements = readJudgements();
// The corpus is read only where ../shared is beside the checkout; otherwise the tests are skipped.
const files = sharedAvailable ? judgedCorpusFiles() : [];
// The findings as the chunked-parse test reads them too, made once for both (see support/shared-results.ts).
const current: KeyedFinding[] = files.flatMap((file) => keyedFindings(file, sharedLint));
const currentKeys = new Set(current.map((f) => f.key));

describeShared('the judged corpus', () => {
  test('no finding judged false comes back', () => {
    const back = current.filter((f) => judgements.get(f.key)?.verdict === 'false');
    expect(
      back.map((f) => `${f.key.split('\t').slice(0, 2).join(' ')}:${f.line} ${judgements.get(f.key)?.reason}`),
    ).toEqual([]);
  });

  test('no finding judged true disappears', () => {
    const gone = [...judgements.values()].filter((j) => j.verdict === 'true' && !currentKeys.has(j.key));
    expect(gone.map((j) => `${j.key.replace(/\t/g, ' | ')} (${j.reason})`)).toEqual([]);
  });

  test('new findings are listed for judging', () => {
    const unjudged = current.filter((f) => !judgements.has(f.key));
    if (unjudged.length > 0) {
      console.warn(
        `${unjudged.length} findings are not judged yet; add them to __tests__/judged-corpus.tsv:\n` +
          unjudged.map((f) => `${f.key}\t?\t?`).join('\n'),
      );
    }
    expect(unjudged.length).toBeLessThanOrEqual(current.length);
  });

  test('docs/precision.md is current, and precision is at least 0.98 overall and 0.9 per rule', () => {
    const rows = precisionByRule(current, judgements);
    const expected = renderPrecision(rows, files.length, judgements.size);
    expect(readFileSync(join(repoRoot, 'docs', 'precision.md'), 'utf8')).toBe(expected);
    const t = rows.reduce((s, r) => s + r.true, 0);
    const f = rows.reduce((s, r) => s + r.false, 0);
    expect(t / (t + f)).toBeGreaterThanOrEqual(0.98);
    for (const r of rows)
      if (r.true + r.false > 0) expect([r.ruleId, r.true / (r.true + r.false) >= 0.9]).toEqual([r.ruleId, true]);
  });
});
