import { parseConfig } from '../src/core/config.js';
import { matchesName, normaliseHeading } from '../src/core/headings.js';
import { findDefinitions } from '../src/core/jargon-definitions.js';
import { lintPlan } from '../src/core/lint.js';
import { parsePlan } from '../src/core/plan.js';
import { summariseProgress } from '../src/core/progress.js';

/** Unit tests for issue 13 (judgement on real plans) that a fixture's expectations cannot state. */

const ids = (text: string, rule: string, settings = parseConfig('{}', '.execplan.json')) =>
  lintPlan(text, { settings })
    .findings.filter((f) => f.ruleId === rule)
    .map((f) => f.line);

describe('heading names with a qualifier', () => {
  test.each([
    ['Existing Context', 'context', true],
    ['Current repository context', 'context', true],
    ['5. Repository context', 'context', true],
    ['Background and Context', 'context', true],
    ['Key decisions', 'decisions', true],
    ['Testing and validation', 'validation', true],
    ['Existing context and constraints', 'context', true],
    ['Progressive rollout', 'progress', false],
    ['Non-Decisions', 'decisions', false],
    ['No progress yet', 'progress', false],
    ['Non-goals for progress tracking', 'progress', false],
    ['Some very long qualified context', 'context', false],
    ['Context-free grammar', 'context', true],
    ['实施目标', '目标', true],
    ['非目标', '目标', false],
  ])('%s ~ %s: %s', (heading, name, expected) => {
    expect(matchesName(normaliseHeading(heading), name)).toBe(expected);
  });
});

describe('the labels setting', () => {
  const plan = ['# P', '', '## Decision Log', '', '- 选择：流式导出。', '  理由：省内存。', '  日期：2026-04-02'].join(
    '\n',
  );
  test('built-in labels do not know 选择', () => {
    expect(ids(plan, 'decision-entry')).toEqual([5]);
  });
  test('a labels mapping replaces the names of a label', () => {
    const settings = parseConfig('{"labels": {"Decision": ["选择"]}}', '.execplan.json');
    expect(ids(plan, 'decision-entry', settings)).toEqual([]);
    const english = ['# P', '', '## Decision Log', '', '- Decision: x.', '  Rationale: y.', '  Date: 2026-04-02'].join(
      '\n',
    );
    expect(ids(english, 'decision-entry', settings)).toEqual([5]);
  });
  test('an unknown label is an error naming the key', () => {
    expect(() => parseConfig('{"labels": {"Reason": ["why"]}}', '.execplan.json')).toThrow(/unknown label "Reason"/);
  });
});

describe('required-sections without Progress', () => {
  test('names the heading that holds the checkbox items and how to map it', () => {
    const plan = ['# P', '', '## 任务', '', '- [x] 写导出函数。', '- [ ] 加测试。'].join('\n');
    const finding = lintPlan(plan).findings.find((f) => f.ruleId === 'required-sections' && /Progress/.test(f.message));
    expect(finding?.message).toContain('"任务" (line 3)');
    expect(finding?.message).toContain('{"sections": {"Progress": ["任务"]}}');
    expect(lintPlan(plan).findings.filter((f) => f.ruleId === 'checklist-outside-progress')).toEqual([]);
  });
});

describe('what defines an acronym in parentheses', () => {
  const jargon = (text: string) =>
    lintPlan(text)
      .findings.filter((f) => f.ruleId === 'undefined-jargon')
      .map((f) => /"([^"]+)"/.exec(f.message)?.[1]);
  test.each([
    ['Agents steer with Reciprocal Velocity Obstacles (RVO) here.', []],
    ['The limit is 10 (RVO) agents with RVO.', ['RVO']],
    ['We follow (behaviour-driven development, BDD) with BDD scenarios.', []],
    ['Components are written in JavaScript XML (JSX) files.', []],
    ['Keys are PEM/PKCS#8 encoded.', ['PEM', 'PKCS']],
    ['Files are CRC-checked.', ['CRC']],
    ['Migrations V16 and V17 run first; M13 then M14.', []],
    ['This is a P0 fix for E404 and CS0200.', []],
    ['The layer lands in PR2, after the PR that adds it.', []],
    ['S3 stores the blobs.', ['S3']],
    ['States: INIT, READY, CLOSED and TEXT.', []],
    ['The DB keeps the PIN, UID, PATH, MIT licence, XOR and DRAM.', []],
    ['Open it in VS Code.', []],
    ['Paths such as src/DB/ADR.md or docs/ADR/ are not terms.', []],
    // Unicode code points are written U+ and hexadecimal digits: FEFF and FFFD are numbers.
    ['The decoder drops U+FEFF and writes U+FFFD for bad bytes, as U+200B is kept.', []],
    ['The FEFF mark, alone, is a term.', ['FEFF']],
  ])('%s', (text, expected) => {
    expect(jargon(`# T\n\n${text}\n`)).toEqual(expected);
  });
  test('a time-zone abbreviation inside a timestamp is no term', () => {
    expect(jargon('# T\n\n## Progress\n\n- [x] (2026-04-02 18:10 CST) Did it.\n')).toEqual([]);
  });
});

test('a defining verb inside a longer word starts no explanation', () => {
  // `are` ends "software", `means` ends "ümeans": neither may define what stands before it.
  const { exact } = findDefinitions(parsePlan('# T\n\nThe daemon software is an agent; the ümeans 𝐀means x.\n'));
  expect(exact.has('software')).toBe(true);
  expect([...exact].filter((form) => /softw$|ü$|𝐀$/u.test(form))).toEqual([]);
});

describe('ambiguous zone abbreviations', () => {
  test.each([
    ['CST', '2026-04-02T18:10:00'],
    ['IST', '2026-04-02T18:10:00'],
    ['BST', '2026-04-02T18:10:00'],
    ['CET', '2026-04-02T17:10:00Z'],
  ])('(2026-04-02 18:10 %s) reads as %s', (zone, iso) => {
    const plan = parsePlan(`# T\n\n## Progress\n\n- [x] (2026-04-02 18:10 ${zone}) Did it.\n`);
    expect(summariseProgress(plan).items[0].timestamp).toBe(iso);
  });
});

test('a two-letter acronym that ends a font or product name is no term', () => {
  const text = '# T\n\nThe policy offers PingFang SC, Noto Sans Mono CJK SC and the Apple M1 chip.\n';
  expect(
    lintPlan(text)
      .findings.filter((f) => f.ruleId === 'undefined-jargon')
      .map((f) => /"([^"]+)"/.exec(f.message)?.[1]),
  ).toEqual(['CJK']);
});
