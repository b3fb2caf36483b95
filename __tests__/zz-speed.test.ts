import { readdirSync, readFileSync } from 'node:fs';
import { lintPlan } from '../src/core/lint.js';
test('speed', () => {
  const dir = '/work/shared/corpus/plans';
  const texts = readdirSync(dir).map((n) => readFileSync(dir + '/' + n, 'utf8'));
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    for (const x of texts) lintPlan(x);
    console.log('round', r, performance.now() - t);
  }
});
