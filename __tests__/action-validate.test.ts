import { validatePlan } from '../src/action/validate.js';
import { DEFAULT_SETTINGS } from '../src/core/settings.js';

/** A base version beyond the engine's limits does not fail the head (issue 10, item 11). */
test('the head is validated alone, with its own line numbers, and the report says why', () => {
  const head = '# Plan\n\n## Progress\n\n- [ ] Step one.\n\nTBD\n';
  const base = '# Plan\n\n' + '>'.repeat(500) + ' deep\n';
  const report = validatePlan(
    { path: '.plans/p.md', head: { text: head }, base: { text: base } },
    DEFAULT_SETTINGS,
    false,
  );
  expect(report.error).toBeUndefined();
  expect(report.findings.find((f) => f.ruleId === 'placeholder')?.line).toBe(7);
  expect(report.findings.some((f) => f.message.includes('levels deep'))).toBe(false);
  expect(report.note).toMatch(/base version is beyond the engine's limits/);
  expect(report.progress?.total).toBe(1);
});
