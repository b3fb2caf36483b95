import fc from 'fast-check';
import { lintPlan } from '../src/core/lint.js';
import { parsePlan } from '../src/core/plan.js';
import { summariseProgress } from '../src/core/progress.js';
import { progressDelta } from '../src/core/delta.js';
import { formatJson } from '../src/formatters/json.js';

/**
 * Generated plans that mix the constructs real plans use, and some they should not: ATX and
 * setext headings, nested lists, checkboxes with and without timestamps, fenced and indented
 * code, HTML and control comments, tables, block quotes, front matter, CRLF and LF, emoji and
 * right-to-left text. `npm run fuzz` runs more cases.
 */
const RUNS = Number(process.env.EXECPLAN_FUZZ_RUNS ?? 600);

const word = fc.constantFrom(
  'plan',
  'TBD',
  'as needed',
  'JWT',
  'daemon',
  'should work',
  'src/a.ts',
  '`code`',
  '"as discussed"',
  'émoji 🚀',
  'שלום עולם',
  'مرحبا',
  '<!-- x -->',
  '[link](http://x.y/TBD)',
  '@someone',
  '|',
  '*em*',
  '\\',
  'Decision:',
  'Evidence:',
);
const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
const stamp = fc.constantFrom(
  '',
  '(2025-01-20 13:00Z) ',
  '(2025-13-45) ',
  '2025-01-20T13:00Z - ',
  '(2026-02-29 10:00 UTC) ',
);
const block = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 6 }), sentence).map(([n, s]) => `${'#'.repeat(n)} ${s}`),
  fc.tuple(sentence, fc.constantFrom('===', '---')).map(([s, u]) => `${s}\n${u}`),
  fc.constantFrom(
    '## Progress',
    '## Purpose',
    '## Decision Log',
    '## Surprises & Discoveries',
    '## Outcomes & Retrospective',
    '## Context and Orientation',
    '## Validation and Acceptance',
    '### Milestone 1: x',
  ),
  fc
    .tuple(
      fc.integer({ min: 0, max: 4 }),
      fc.constantFrom('- ', '* ', '1. ', '+ '),
      fc.constantFrom('', '[ ] ', '[x] ', '[X] '),
      stamp,
      sentence,
    )
    .map(
      ([depth, marker, box, ts, s]) =>
        `${'  '.repeat(depth)}${marker}${box}${box.includes('x') || box.includes('X') ? ts : ''}${s}`,
    ),
  sentence.map((s) => `- [ ] ${s} (completed: a; remaining: b)`),
  fc
    .tuple(fc.constantFrom('```', '~~~', '````'), sentence, fc.boolean())
    .map(([f, s, closed]) => `${f}sh\n${s}\n${closed ? f : ''}`),
  sentence.map((s) => `    ${s}`),
  fc
    .tuple(
      fc.constantFrom(
        'execplan-disable',
        'execplan-enable',
        'execplan-disable-next-line',
        'execplan-disable-line',
        'execplan-disable-file',
      ),
      fc.constantFrom('', ' placeholder', ' vague-instruction undefined-jargon'),
    )
    .map(([c, r]) => `<!-- ${c}${r} -->`),
  fc.tuple(sentence, sentence).map(([a, b]) => `| ${a} | ${b} |\n| --- | --- |\n| ${b} | ${a} |`),
  fc.tuple(fc.integer({ min: 1, max: 5 }), sentence).map(([n, s]) => `${'> '.repeat(n)}${s}`),
  sentence,
  fc.constant(''),
);
const plan = fc
  .tuple(fc.boolean(), fc.array(block, { maxLength: 30 }), fc.constantFrom('\n', '\n\n'), fc.boolean(), fc.boolean())
  .map(([frontMatter, blocks, separator, crlf, bom]) => {
    const text = (frontMatter ? '---\ntitle: x\n---\n' : '') + blocks.join(separator) + '\n';
    return (bom ? '\uFEFF' : '') + (crlf ? text.replace(/\n/g, '\r\n') : text);
  });

test(`validate never throws, is deterministic, and reports inside the file (${RUNS} plans)`, () => {
  fc.assert(
    fc.property(plan, (text) => {
      const lines = text.split(/\r\n|\r|\n/).length;
      const first = formatJson([{ path: 'p.md', findings: lintPlan(text).findings }]);
      const second = formatJson([{ path: 'p.md', findings: lintPlan(text).findings }]);
      if (first !== second) return false;
      const report = JSON.parse(first);
      for (const f of report.files[0].findings) {
        if (f.line < 1 || f.line > lines || f.endLine < f.line || f.endLine > lines || f.column < 1) return false;
      }
      return report.errors + report.warnings === report.files[0].findings.length;
    }),
    { numRuns: RUNS },
  );
});

test(`progress counts add up and delta agrees with itself (${Math.round(RUNS / 2)} plans)`, () => {
  fc.assert(
    fc.property(plan, plan, (baseText, headText) => {
      // The head parsed once for its summary and the delta: parsePlan is pure, and neither writes to the plan.
      const headPlan = parsePlan(headText);
      const head = summariseProgress(headPlan);
      if (head.completed + head.partial + head.remaining !== head.total) return false;
      if (head.percent !== (head.total === 0 ? 0 : Math.round((100 * head.completed) / head.total))) return false;
      const delta = progressDelta(parsePlan(baseText), headPlan);
      return delta.head.total - delta.base.total === delta.added.length - delta.removed.length;
    }),
    { numRuns: Math.round(RUNS / 2) },
  );
});
