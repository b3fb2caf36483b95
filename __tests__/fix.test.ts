import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { applyFixes, compatibleFixes, fixText, isFixable, type FixOutcome } from '../src/core/fix.js';
import { lintPlan, type LintOptions, type LintResult } from '../src/core/lint.js';
import type { Finding } from '../src/core/rule.js';
import { corpusDir, describeShared, repoRoot, sharedAvailable, testShared } from './helpers.js';
import { sharedFixedText } from './support/shared-results.js';

/**
 * `validate --fix` in the engine: the properties the issue asks for, on every corpus plan (also
 * with CRLF line endings and a byte-order mark) and on generated plans, plus one example per
 * rule that fixes.
 */
const template = readFileSync(join(repoRoot, 'templates', 'plan.md'), 'utf8');
const options: LintOptions = { template };
const RUNS = Number(process.env.EXECPLAN_FUZZ_RUNS ?? 100);

const countByRule = (findings: readonly Finding[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return counts;
};

const linesOf = (text: string): string[] => text.split(/(?<=\n)/);

/**
 * `lintPlan` and `fixText` of a text with `options`, each made once per text: the properties of
 * each corpus plan, the count of what --fix removes, the CRLF comparison and the whole-lines check
 * all lint and fix the same plans. Both are pure (text and options in, a new result out) and no
 * test changes a result, so a second call would give an equal result.
 */
const lints = new Map<string, LintResult>();
const fixes = new Map<string, FixOutcome>();
const linted = (raw: string, lint: LintOptions = options): LintResult => {
  if (lint !== options) return lintPlan(raw, lint);
  if (!lints.has(raw)) lints.set(raw, lintPlan(raw, options));
  return lints.get(raw)!;
};
const fixedOnce = (raw: string, lint: LintOptions = options): FixOutcome => {
  if (lint !== options) return fixText(raw, lint);
  if (!fixes.has(raw)) fixes.set(raw, fixText(raw, options));
  return fixes.get(raw)!;
};

/**
 * One pass kept every line outside its edits: the runs of lines that no edit touches (their
 * bytes, line endings and a byte-order mark included) are all in the fixed text, in order.
 */
function untouchedOutsideEdits(raw: string, applied: readonly Finding[], fixed: string): string | undefined {
  const ranges = applied.flatMap((f) => f.fix?.edits ?? []).map((e) => [e.line, e.endLine] as const);
  const lines = linesOf(raw);
  const touched = (l: number): boolean => ranges.some(([from, to]) => l >= from && l <= to);
  let at = 0;
  for (let l = 1; l <= lines.length;) {
    if (touched(l)) {
      l++;
      continue;
    }
    const first = l;
    let run = '';
    while (l <= lines.length && !touched(l)) run += lines[l++ - 1];
    const found = fixed.indexOf(run, at);
    if (found === -1) return `lines ${first} to ${l - 1} changed outside every edit`;
    at = found + run.length;
  }
  return undefined;
}

/** Every property of `--fix` on one plan: the problems found, none when it holds. */
function fixProblems(raw: string, lint: LintOptions = options): string[] {
  const problems: string[] = [];
  const before = linted(raw, lint).findings;
  const once = fixedOnce(raw, lint);
  const left = once.remaining.filter(isFixable);
  if (left.length > 0) problems.push(`fixable findings left: ${left.map((f) => `${f.ruleId}@${f.line}`).join(', ')}`);
  if (fixText(once.text, lint).text !== once.text) problems.push('a second --fix changed the text again');
  const counted = countByRule(before);
  for (const [rule, n] of countByRule(once.remaining)) {
    if (n > (counted.get(rule) ?? 0)) problems.push(`${rule}: ${counted.get(rule) ?? 0} findings before, ${n} after`);
  }
  // Each pass keeps the text outside its edits.
  let text = raw;
  for (let pass = 0; pass < 5; pass++) {
    // The first pass lints the raw text: the findings `before` (the same text, the same options).
    const chosen = compatibleFixes(pass === 0 ? before : lintPlan(text, lint).findings);
    if (chosen.length === 0) break;
    const next = applyFixes(text, chosen);
    const outside = untouchedOutsideEdits(text, chosen, next);
    if (outside) problems.push(`pass ${pass + 1}: ${outside}`);
    text = next;
  }
  if (raw.startsWith('\uFEFF') !== once.text.startsWith('\uFEFF')) problems.push('the byte-order mark changed');
  if (raw.includes('\r\n') && !raw.replace(/\r\n/g, '').includes('\n') && once.text.replace(/\r\n/g, '').includes('\n'))
    problems.push('a CRLF file got LF line endings');
  return problems;
}

test('the check of text outside the edits fails when a line outside them changed', () => {
  const raw = '```\ncode\n```\n```\n';
  const [fenced] = lintPlan(raw).findings.filter((f) => f.ruleId === 'fenced-code');
  expect(untouchedOutsideEdits(raw, [fenced], applyFixes(raw, [fenced]))).toBeUndefined();
  expect(untouchedOutsideEdits(raw, [fenced], '    code\n~~~\n')).toBe('lines 4 to 4 changed outside every edit');
});

// Without ../shared the corpus tests are skipped; `.each` still needs one row to declare them.
const corpusPlans = sharedAvailable
  ? readdirSync(join(corpusDir, 'plans'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => [f, readFileSync(join(corpusDir, 'plans', f), 'utf8')] as const)
  : ([['(the corpus)', '']] as const);

describeShared('--fix on every corpus plan', () => {
  test.each(corpusPlans)('%s: fixed rules leave nothing fixable, idempotent, no new finding, text kept', (_, raw) => {
    expect(fixProblems(raw)).toEqual([]);
    // Kept for cli-fix.test.ts, which compares what --fix writes with it (see support/shared-results.ts).
    expect(sharedFixedText(raw, () => fixedOnce(raw).text)).toBe(fixedOnce(raw).text);
  });

  test.each(corpusPlans.slice(0, 12))('%s with CRLF and a byte-order mark: the same fix, in CRLF', (_, raw) => {
    const crlf = '\uFEFF' + raw.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n');
    expect(fixProblems(crlf)).toEqual([]);
    const lf = fixedOnce(raw.replace(/\r\n/g, '\n')).text;
    expect(fixedOnce(crlf).text).toBe('\uFEFF' + lf.replace(/\n/g, '\r\n'));
  });

  test('the corpus has findings that --fix removes, for each rule that fixes', () => {
    const removed = new Map<string, number>();
    for (const [, raw] of corpusPlans) {
      const before = countByRule(linted(raw).findings);
      const after = countByRule(fixedOnce(raw).remaining);
      for (const [rule, n] of before) removed.set(rule, (removed.get(rule) ?? 0) + n - (after.get(rule) ?? 0));
    }
    for (const rule of ['timestamp-format', 'heading-blank-line', 'fenced-code', 'required-sections'])
      expect(removed.get(rule)).toBeGreaterThan(0);
    for (const [rule, n] of removed)
      if (!['timestamp-format', 'heading-blank-line', 'fenced-code', 'required-sections'].includes(rule))
        expect([rule, n]).toEqual([rule, 0]);
  });
});

const word = fc.constantFrom(
  'plan',
  'TBD',
  'JWT',
  'src/a.ts',
  '`code`',
  '<!-- x -->',
  '*em*',
  'Decision:',
  '🚀',
  '中文',
);
const sentence = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
const block = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 4 }), sentence).map(([n, s]) => `${'#'.repeat(n)} ${s}`),
  fc.tuple(sentence, fc.constantFrom('===', '---')).map(([s, u]) => `${s}\n${u}`),
  fc.constantFrom(
    '## Progress',
    '## Purpose',
    '## Decision Log',
    '## Surprises & Discoveries',
    '## Outcomes & Retrospective',
    '## Context',
    '## Validation',
    '> ## Quoted heading\n> text',
    '<!-- a comment -->',
    '<!-- unclosed',
    '---',
  ),
  fc
    .tuple(
      fc.constantFrom('', '  ', '> '),
      fc.constantFrom('- ', '* ', '1. '),
      fc.constantFrom('[ ] ', '[x] ', '[X] '),
      fc.constantFrom(
        '',
        '(2025-01-20 13:00Z) ',
        '(2025-01-20 15:00+02:00) ',
        '2025-01-20T13:00Z - ',
        '(2025-01-20 13:00 CET) ',
        '(2025-01-20) ',
        '(2025-13-45) ',
        '[2025-01-20 13:00 UTC] ',
      ),
      sentence,
      fc.constantFrom('', ' (2025-02-01 09:30-0500)', ' (completed: a; remaining: b)'),
    )
    .map(([indent, marker, box, ts, s, tail]) => `${indent}${marker}${box}${ts}${s}${tail}`),
  fc
    .tuple(
      fc.constantFrom('', '  ', '> ', '- '),
      fc.constantFrom('```', '~~~', '````'),
      fc.constantFrom('', 'sh', 'md'),
    )
    .chain(([indent, fence, info]) =>
      fc
        .tuple(fc.array(fc.constantFrom('code', '', '  indented', '```'), { minLength: 0, maxLength: 4 }), fc.boolean())
        .map(
          ([lines, closed]) =>
            `${indent}${fence}${info}\n${lines.map((l) => indent + l).join('\n')}${lines.length ? '\n' : ''}${closed ? indent + fence : ''}`,
        ),
    ),
  sentence.map((s) => `    ${s}`),
  sentence,
  fc.constant(''),
);
const generatedPlan = fc
  .tuple(fc.boolean(), fc.array(block, { maxLength: 25 }), fc.constantFrom('\n', '\n\n'), fc.boolean(), fc.boolean())
  .map(([frontMatter, blocks, separator, crlf, bom]) => {
    const text = (frontMatter ? '---\ntitle: x\n---\n' : '') + blocks.join(separator) + '\n';
    return (bom ? '\uFEFF' : '') + (crlf ? text.replace(/\n/g, '\r\n') : text);
  });

test('a plan wrapped whole in an md fence gets no fix: its offsets are not those of the file (found by fast-check)', () => {
  const found = [
    '````md\n```\n\n```\n\n',
    '```md\n# T\n\n## Purpose\n\nWhy.\n```\n',
    '~~~md\n\n## Progress\n    plan\n',
    '  ```md\n\n# plan\n## Progress\n',
    '  ````md\n\n## Decision Log\n',
  ];
  for (const raw of found) {
    expect([raw, fixProblems(raw)]).toEqual([raw, []]);
    expect(lintPlan(raw, options).findings.filter((f) => f.fix)).toEqual([]);
  }
});

test(`--fix properties hold on generated plans (${RUNS} plans)`, () => {
  fc.assert(
    fc.property(generatedPlan, (raw) => {
      const problems = fixProblems(raw);
      if (problems.length > 0) throw new Error(problems.join('\n'));
    }),
    { numRuns: RUNS },
  );
});

describe('the fix of each rule', () => {
  const fixed = (text: string, lint: LintOptions = options): string => fixText(text, lint).text;
  const skeleton = (progress: string): string =>
    `# T\n\n## Purpose\n\nx\n\n## Progress\n\n${progress}\n\n## Surprises & Discoveries\n\nNone yet.\n\n## Decision Log\n\nNone yet.\n\n## Outcomes & Retrospective\n\nNone yet.\n\n## Context\n\n\`src/a.ts\`\n\n## Validation\n\n\`npm test\`\n`;

  test('timestamp-format: offsets converted to UTC, a leading stamp replaced, the text kept', () => {
    // A numeric offset in parentheses is canonical already.
    expect(fixText(skeleton('- [x] (2025-01-20 15:00+02:00) Wrote it.'), options).changed).toBe(false);
    expect(fixed(skeleton('- [x] 2025-01-20 15:00+02:00: Wrote it.'))).toContain('- [x] (2025-01-20 13:00Z) Wrote it.');
    expect(fixed(skeleton('- [x] 2025-01-20T23:30-0100 - Wrote it.'))).toContain('- [x] (2025-01-21 00:30Z) Wrote it.');
    expect(fixed(skeleton('- [x] Wrote it (2025-01-20 13:00 UTC).'))).toContain(
      '- [x] (2025-01-20 13:00Z) Wrote it (2025-01-20 13:00 UTC).',
    );
    // A zone abbreviation names several zones, and a date alone has no time: both are left.
    for (const item of ['- [x] (2025-01-20 13:00 CST) Wrote it.', '- [x] (2025-01-20) Wrote it.']) {
      const result = fixText(skeleton(item), options);
      expect(result.changed).toBe(false);
      expect(result.remaining.map((f) => f.ruleId)).toContain('timestamp-format');
    }
  });

  test('progress-timestamp: a known date goes right after the box; without one there is no fix', () => {
    const text = skeleton('- [x] Wrote it.');
    expect(fixText(text, options).changed).toBe(false);
    const itemDates = new Map([['- [x] Wrote it.', new Date('2025-03-04T05:06:59Z')]]);
    expect(fixed(text, { ...options, itemDates })).toContain('- [x] (2025-03-04 05:06:59Z) Wrote it.');
  });

  test('heading-blank-line: a blank line, with the block-quote marker inside a quote', () => {
    expect(fixed('# T\ntext\n> ## Q\n> quoted\n', {})).toBe('# T\n\ntext\n> ## Q\n>\n> quoted\n');
    expect(fixed('Title\n=====\ntext\n', {})).toBe('Title\n=====\n\ntext\n');
    // A quote inside a list keeps the list's indentation; a quote right after a heading gets a plain blank line.
    expect(fixed('# T\n\n- > ## Q\n  > quoted\n', {})).toBe('# T\n\n- > ## Q\n  >\n  > quoted\n');
    expect(fixed('# T\n> quoted\n', {})).toBe('# T\n\n> quoted\n');
  });

  test('fenced-code: indented by four spaces, unless it could change meaning', () => {
    expect(fixed('# T\n\nSee:\n```sh\nnpm test\n\n  echo ok\n```\nafter\n', {})).toBe(
      '# T\n\nSee:\n\n    npm test\n\n      echo ok\nafter\n',
    );
    for (const kept of [
      '- item\n\n  ```\n  code\n  ```\n',
      '- item\n\n```\ncode\n```\n',
      '```\ncode\n',
      '> ```\n> x\n> ```\n',
    ])
      expect(fixed(`# T\n\n${kept}`, {})).toBe(`# T\n\n${kept}`);
  });

  test('required-sections and empty-section: the living sections, as init writes them', () => {
    const text = '# T\n\n## Purpose\n\nx\n\n## Progress\n\n- [ ] Step.\n\n## Decision Log\n\n<!-- later -->\n';
    const result = fixText(text, options);
    expect(result.text).toBe(
      text.replace('<!-- later -->\n', '<!-- later -->\n\nNone yet.\n') +
        templateSection('Surprises & Discoveries') +
        templateSection('Outcomes & Retrospective'),
    );
    expect(result.remaining.filter((f) => f.ruleId === 'required-sections')).toHaveLength(2); // Context, Validation
    // Without the template (the action), there is no section to add.
    expect(fixText(text, {}).text).not.toContain('## Surprises');
  });

  test('JSON output carries each fix with offsets, lines and columns', () => {
    const [finding] = lintPlan('# T\ntext\n', options).findings.filter((f) => f.ruleId === 'heading-blank-line');
    expect(finding.fix).toEqual({
      edits: [{ start: 4, end: 4, text: '\n', line: 2, column: 1, endLine: 2, endColumn: 1 }],
      // The same change as whole lines (for a suggestion block): the heading's line gains a blank one.
      lines: { line: 1, endLine: 1, text: '# T\n' },
    });
  });

  testShared('each fix as whole lines replaces exactly what its edits replace', () => {
    for (const [, raw] of corpusPlans.slice(0, 20)) {
      const { findings, plan } = linted(raw);
      const lines = plan.source.text.split('\n');
      for (const f of findings.filter(isFixable)) {
        const { line, endLine, text } = f.fix!.lines!;
        const viaLines = [...lines.slice(0, line - 1), text, ...lines.slice(endLine)].join('\n');
        expect(viaLines).toBe(applyFixes(plan.source.text, [f]));
      }
    }
  });
});

function templateSection(name: string): string {
  const start = template.indexOf(`## ${name}`);
  const end = template.indexOf('\n## ', start + 1);
  return `\n${template.slice(start, end).trimEnd()}\n`;
}
