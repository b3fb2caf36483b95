import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoDuration, paceOf } from '../src/core/pace.js';
import { parsePlan } from '../src/core/plan.js';
import { summariseProgress } from '../src/core/progress.js';
import { describePace } from '../src/formatters/progress.js';
import { runCli } from '../src/cli/main.js';
import { tempDir } from './helpers.js';

const planWith = (...items: string[]) => ['# Pace', '', '## Progress', '', ...items, ''].join('\n');
const paceAt = (now: string, ...items: string[]) =>
  paceOf(summariseProgress(parsePlan(planWith(...items))), new Date(now));

const DATED = [
  '- [x] (2026-11-28 09:00Z) Wrote the parser.',
  '- [x] (2026-11-28 15:30Z) Wrote the rules.',
  '- [x] (2026-11-29 10:00+02:00) Wired the CLI.', // 08:00 UTC
  '- [x] (2026-11-30) Wrote the docs.', // a date alone: its midnight UTC
  '- [x] (2026-11-30 11:00Z) Bundled the action.',
  '- [ ] Benchmarks (completed: small plans; remaining: large plans).',
  '- [ ] Release notes.',
  '- [ ] Publish.',
];

describe('pace', () => {
  test('a plan with dated completions, checked by hand', async () => {
    // Five dated completions on 28, 29 and 30 November: 3 calendar days, 5 / 3 = 1.67 → 1.7 a day.
    // Three items are not done (one partial, two to do): 3 / 1.67 = 1.8 → 2 days from today
    // (30 November) → 2 December. Last completion 11:00Z, now 13:00Z → PT2H.
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.md'), planWith(...DATED));
    let out = '';
    const io = {
      cwd: dir,
      stdout: (t: string) => (out += t),
      stderr: () => {},
      colour: false,
      now: () => new Date('2026-11-30T13:00:00Z'),
    };
    expect(await runCli(['progress', 'plan.md', '--json'], io)).toBe(0);
    expect(JSON.parse(out).pace).toEqual({
      firstDone: '2026-11-28T09:00:00Z',
      lastDone: '2026-11-30T11:00:00Z',
      perDay: 1.7,
      estimatedDone: '2026-12-02',
      sinceLastDone: 'PT2H',
    });
    out = '';
    expect(await runCli(['progress', 'plan.md'], io)).toBe(0);
    expect(out).toContain(
      '\nPace: 5 done in 3 days, 1.7 a day; 3 left: about 2 days, around 2026-12-02; last done 2 hours ago\n',
    );
  });

  test('the estimate counts from today when the plan has stalled', () => {
    // Same rate, now ten days after the last completion: 10 December + 2 days.
    const pace = paceAt('2026-12-10T11:00:00Z', ...DATED);
    expect(pace.estimatedDone).toBe('2026-12-12');
    expect(pace.sinceLastDone).toBe('P10D');
  });

  test('fewer than two days of completions: no rate, no estimate', () => {
    const pace = paceAt('2026-11-28T18:00:00Z', ...DATED.slice(0, 2), '- [ ] Left.');
    expect(pace).toMatchObject({ perDay: null, estimatedDone: null, sinceLastDone: 'PT2H30M' });
    expect(describePace(pace)).toBe('2 done on 2026-11-28; 1 left; last done 2 hours ago');
  });

  test('nothing left: a rate but no estimate', () => {
    const pace = paceAt('2026-12-01T11:00:00Z', ...DATED.slice(0, 5));
    expect(pace).toMatchObject({ perDay: 1.7, estimatedDone: null, sinceLastDone: 'P1D' });
    expect(describePace(pace)).toBe('5 done in 3 days, 1.7 a day; nothing left; last done 24 hours ago');
  });

  test('a completion dated after now (dates out of order): no estimate and no time since', () => {
    const pace = paceAt('2026-11-29T12:00:00Z', ...DATED);
    expect(pace).toMatchObject({ lastDone: '2026-11-30T11:00:00Z', estimatedDone: null, sinceLastDone: null });
  });

  test('no dated completion: everything null', () => {
    const pace = paceAt('2026-11-29T12:00:00Z', '- [x] Undated.', '- [ ] Left.');
    expect(pace).toMatchObject({
      firstDone: null,
      lastDone: null,
      perDay: null,
      estimatedDone: null,
      sinceLastDone: null,
    });
    expect(describePace(pace)).toBe('No dated completion yet; 1 left.');
  });

  test('ISO 8601 durations in whole minutes', () => {
    expect(isoDuration(0)).toBe('PT0M');
    expect(isoDuration(90 * 60_000)).toBe('PT1H30M');
    expect(isoDuration((3 * 24 * 60 + 4 * 60 + 30) * 60_000 + 59_000)).toBe('P3DT4H30M');
    expect(isoDuration(2 * 86_400_000)).toBe('P2D');
  });
});
