import { readSuppressions } from '../src/core/controls.js';
import { progressDelta } from '../src/core/delta.js';
import { LEADING_NUMBERING, normaliseHeading, startsWithName } from '../src/core/headings.js';
import { lintPlan } from '../src/core/lint.js';
import { compilePhrases } from '../src/core/phrases.js';
import { parsePlan } from '../src/core/plan.js';
import { summariseProgress } from '../src/core/progress.js';
import { readTimestamp, utcIso } from '../src/core/timestamps.js';

describe('heading normalisation', () => {
  test.each([
    ['1. Purpose', 'purpose'],
    ['2) Progress', 'progress'],
    ['IV. Context', 'context'],
    ['📈 Progress', 'progress'],
    ['**Surprises & Discoveries**', 'surprises and discoveries'],
    ['  Decision   Log  ', 'decision log'],
    ['Purpose / Big Picture', 'purpose / big picture'],
  ])('%s → %s', (input, expected) => expect(normaliseHeading(input)).toBe(expected));

  test('leading numbering is read as with Unicode case folding, for every character of the BMP', () => {
    // The expression as first written, with the u flag; headings.ts has it without.
    const withFolding = /^(?:\d+(?:\.\d+)*[.):]?|[ivxlcdm]+[.)]|[a-z][.)])\s+/iu;
    let matched = 0;
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const heading of [`${c}) Purpose`, `${c}${c}. Purpose`, `1${c} Purpose`, `${c}\u00a0x`]) {
        const expected = withFolding.test(heading);
        if (LEADING_NUMBERING.test(heading) !== expected) expect([heading, !expected]).toEqual([heading, expected]);
        if (expected) matched++;
      }
    }
    expect(matched).toBeGreaterThan(100);
    expect(normaliseHeading('\u017f) Purpose')).toBe('purpose');
    expect(normaliseHeading('\u0131) Purpose')).toBe('\u0131) purpose');
  });

  test('names match as whole words in spaced scripts, as prefixes in CJK', () => {
    expect(startsWithName('progress notes', 'progress')).toBe(true);
    expect(startsWithName('progressive rollout', 'progress')).toBe(false);
    expect(startsWithName('目的と全体像', '目的')).toBe(true);
  });
});

describe('timestamps', () => {
  test.each([
    ['(2025-01-20 13:00Z) x', true, true, '2025-01-20T13:00:00Z'],
    ['(2025-01-21 10:00+02:00) x', true, true, '2025-01-21T08:00:00Z'],
    ['(2025-01-21 10:00 -0800) x', true, true, '2025-01-21T18:00:00Z'],
    ['(2025-01-20 13:00 CET) x', true, false, '2025-01-20T12:00:00Z'],
    ['(2025-01-23) x', true, false, '2025-01-23'],
    ['(2025-01-23 10:00) x', true, false, '2025-01-23T10:00:00'],
    ['x (2025-13-45 10:00Z)', false, false, null],
    ['(2026-02-29 10:00Z) x', false, false, null],
  ])('%s', (text, valid, canonical, iso) => {
    const stamp = readTimestamp(text);
    expect([stamp.found, stamp.valid, stamp.canonical, stamp.iso]).toEqual([true, valid, canonical, iso]);
  });

  test('the canonical form and the leading timestamp take the zone and the T in either case', () => {
    for (const [upper, lower] of [
      ['(2025-01-20T13:00Z) x', '(2025-01-20t13:00z) x'],
      ['(2025-01-20 13:00 UTC): x', '(2025-01-20 13:00 utc): x'],
      ['2025-01-20 13:00 UTC \u2014 x', '2025-01-20 13:00 Utc \u2014 x'],
    ]) {
      const [a, b] = [readTimestamp(upper), readTimestamp(lower)];
      expect([b.canonical, b.leadingLength]).toEqual([a.canonical, a.leadingLength]);
      expect(a.leadingLength).toBeGreaterThan(10);
    }
    expect(readTimestamp('(2025-01-20t13:00z) x').canonical).toBe(true);
  });

  test('a time shifted to UTC across a year, and past year 9999, reads as toISOString writes it', () => {
    expect(readTimestamp('(2025-01-01 01:00+02:00) x').iso).toBe('2024-12-31T23:00:00Z');
    expect(readTimestamp('(9999-12-31 23:00-05:00) x').iso).toBe('+010000-01-01T04:00:00Z');
    // Every hour of four years (a leap day among them), the bounds of four-digit years, and a time with milliseconds.
    const start = Date.UTC(2023, 0, 1);
    const times = Array.from({ length: 4 * 366 * 24 }, (_, i) => start + i * 3_600_000 + (i % 60) * 1000);
    times.push(Date.UTC(1000, 0, 1), Date.UTC(999, 11, 31, 23, 59, 59), Date.UTC(9999, 11, 31, 23, 59, 59), start + 5);
    for (const ms of times) expect(utcIso(ms)).toBe(new Date(ms).toISOString().replace('.000Z', 'Z'));
  });

  test('an item without a date is not timestamped', () => {
    expect(readTimestamp('Wrote the parser 12:00.').found).toBe(false);
  });
});

describe('phrases', () => {
  const matcher = compilePhrases(['should work', 'should work correctly', 'TBD', 'etc.']);
  test('the longest overlapping match wins, across soft breaks', () => {
    expect(matcher.find('it should  work correctly').map((m) => m.text)).toEqual(['should  work correctly']);
  });
  test('capitals-only phrases match only in capitals; whole words only', () => {
    expect(matcher.find('tbd TBD TBDs xTBD').map((m) => m.start)).toEqual([4]);
  });
  test('a phrase ending in punctuation needs no boundary after it', () => {
    expect(matcher.find('logs, etc.)').map((m) => m.text)).toEqual(['etc.']);
  });
});

describe('control comments', () => {
  const plan = parsePlan(
    [
      '# T', //1
      '<!-- execplan-disable placeholder vague-instruction -->', //2
      'a', //3
      '<!-- execplan-enable placeholder -->', //4
      'b', //5
      '<!-- execplan-disable-next-line -->', //6
      'c', //7
      'd <!-- execplan-disable-line title -->', //8
    ].join('\n'),
  );
  const s = readSuppressions(plan.comments);
  test('ranges, next line, same line, all rules', () => {
    expect(s.isSuppressed('placeholder', 3)).toBe(true);
    expect(s.isSuppressed('placeholder', 5)).toBe(false);
    expect(s.isSuppressed('vague-instruction', 8)).toBe(true);
    expect(s.isSuppressed('title', 7)).toBe(true);
    expect(s.isSuppressed('fenced-code', 8)).toBe(false);
    expect(s.isSuppressed('title', 8)).toBe(true);
  });
});

describe('line numbers', () => {
  const lf = '---\ntitle: x\n---\n# T\n\nThe owner is TBD.\n';
  test('front matter, CRLF and a byte-order mark change no line number', () => {
    const lines = (text: string) =>
      lintPlan(text)
        .findings.filter((f) => f.ruleId === 'placeholder')
        .map((f) => [f.line, f.column]);
    expect(lines(lf)).toEqual([[6, 14]]);
    expect(lines('\uFEFF' + lf.replace(/\n/g, '\r\n'))).toEqual([[6, 14]]);
  });
});

describe('progress and delta', () => {
  const base = parsePlan(
    '# T\n\n## Progress\n\n- [x] (2025-01-20 13:00Z) A.\n- [ ] B.\n- [x] (2025-01-20 14:00Z) C.\n- [ ] D.\n',
  );
  const head = parsePlan(
    '# T\n\n## Progress\n\n- [x] (2025-01-20 13:00Z) A.\n- [x] (2025-01-21 09:00Z) B.\n- [ ] C.\n- [ ] E (completed: x; remaining: y).\n',
  );
  test('summary counts add up', () => {
    const s = summariseProgress(head);
    expect([s.total, s.completed, s.partial, s.remaining, s.percent]).toEqual([4, 2, 1, 1, 50]);
    expect(s.next?.text).toBe('C.');
    expect(s.items[3]).toMatchObject({ status: 'partial', text: 'E', completed: 'x', remaining: 'y' });
  });
  test('delta matches items by text without timestamps', () => {
    const d = progressDelta(base, head);
    expect(d.completed.map((i) => i.text)).toEqual(['B.']);
    expect(d.reopened.map((i) => i.text)).toEqual(['C.']);
    expect(d.added.map((i) => i.text)).toEqual(['E']);
    expect(d.removed.map((i) => i.text)).toEqual(['D.']);
    expect(d.base).toEqual({ total: 4, completed: 2, percent: 50 });
  });
  test('a missing base makes every item added', () => {
    const d = progressDelta(undefined, head);
    expect(d.new).toBe(true);
    expect(d.added).toHaveLength(4);
    expect(d.completed).toHaveLength(2);
  });
});

describe('limits before the parser', () => {
  test('block quotes nested 10,000 deep are refused with the line, not a stack overflow', () => {
    expect(() => parsePlan('# T\n\n' + '>'.repeat(10_000) + ' x\n')).toThrow(
      /line 3 nests lists and block quotes 10000 levels deep; at most 100 are read/,
    );
  });
  test('lists nested 5,000 deep (by indentation or by markers on one line) are refused', () => {
    let indented = '# T\n\n';
    for (let i = 0; i < 5000; i++) indented += ' '.repeat(i * 2) + '- x\n';
    expect(() => parsePlan(indented)).toThrow(/line 203 is indented by 401 columns/);
    expect(() => parsePlan('- '.repeat(5000) + 'x\n')).toThrow(/line 1 nests lists and block quotes 5000 levels deep/);
  });
  test('nesting within the limits is read', () => {
    let text = '# T\n\n';
    for (let i = 0; i < 50; i++) text += ' '.repeat(i * 2) + '- x\n';
    expect(parsePlan(text).root.children.length).toBeGreaterThan(1);
  });
});
