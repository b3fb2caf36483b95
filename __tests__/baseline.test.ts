import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { markBaseline } from '../src/core/baseline.js';
import { lintPlan } from '../src/core/lint.js';
import { runCli as runCliInProcess } from '../src/cli/main.js';
import { corpusDir, readShared, tempDir, testShared } from './helpers.js';

const pair = join(corpusDir, 'pairs', '005');
const baseText = readShared(join(pair, 'base.md'));
const headText = readShared(join(pair, 'head.md'));

async function cli(args: string[], cwd = process.cwd()) {
  let stdout = '';
  let stderr = '';
  const status = await runCliInProcess(args, {
    cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    colour: false,
    now: () => new Date('2026-12-01T12:00:00Z'),
  });
  return { status, stdout, stderr };
}

interface JsonFinding {
  ruleId: string;
  severity: string;
  line: number;
  baselineState?: string;
  fingerprint?: string;
}

async function validateJson(base: string, head: string) {
  const dir = tempDir();
  writeFileSync(join(dir, 'base.md'), base);
  writeFileSync(join(dir, 'head.md'), head);
  const r = await cli(['validate', '--base', 'base.md', 'head.md', '--format', 'json'], dir);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as {
    errors: number;
    newErrors: number;
    newWarnings: number;
    files: { newErrors: number; newWarnings: number; findings: JsonFinding[] }[];
  };
}

/** Swaps the blank-line-separated block holding `line` with the block after it. */
function swapWithNextBlock(text: string, line: number): string {
  const lines = text.split('\n');
  let start = line - 1;
  while (start > 0 && lines[start - 1].trim() !== '') start--;
  let end = line - 1;
  while (end + 1 < lines.length && lines[end + 1].trim() !== '') end++;
  let nextStart = end + 1;
  while (lines[nextStart].trim() === '') nextStart++;
  let nextEnd = nextStart;
  while (nextEnd + 1 < lines.length && lines[nextEnd + 1].trim() !== '') nextEnd++;
  const block = lines.slice(start, end + 1);
  const gap = lines.slice(end + 1, nextStart);
  const next = lines.slice(nextStart, nextEnd + 1);
  return [...lines.slice(0, start), ...next, ...gap, ...block, ...lines.slice(nextEnd + 1)].join('\n');
}

describe('validate --base: new versus existing findings', () => {
  testShared(
    'pair 005: the three errors the base already had are unchanged; the new warnings are on new lines',
    async () => {
      const report = await validateJson(baseText, headText);
      const findings = report.files[0].findings;
      const errors = findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => [f.ruleId, f.line, f.baselineState])).toEqual([
        ['required-sections', 1, 'unchanged'],
        ['required-sections', 1, 'unchanged'],
        ['progress-timestamp', 182, 'unchanged'],
      ]);
      expect(report.errors).toBe(3);
      expect(report.newErrors).toBe(0);
      expect(report.files[0].newErrors).toBe(0);
      const fresh = findings.filter((f) => f.baselineState === 'new');
      expect(report.newWarnings).toBe(fresh.length);
      // Every new finding is on a line the base does not have.
      const baseLines = new Set(baseText.split('\n'));
      for (const f of fresh) expect(baseLines.has(headText.split('\n')[f.line - 1])).toBe(false);
      for (const f of findings) expect(f.fingerprint).toMatch(/^[0-9a-f]{14}:\d+$/);
    },
  );

  testShared('appending a TBD line to a copy of the head adds exactly one new finding', async () => {
    const before = await validateJson(baseText, headText);
    const after = await validateJson(baseText, `${headText.trimEnd()}\n\nThe rollback drill is TBD.\n`);
    const newOf = (r: typeof before) => r.files[0].findings.filter((f) => f.baselineState === 'new');
    expect(newOf(after)).toHaveLength(newOf(before).length + 1);
    const added = newOf(after).filter((f) => !newOf(before).some((g) => g.fingerprint === f.fingerprint));
    expect(added).toEqual([
      expect.objectContaining({ ruleId: 'placeholder', severity: 'error', baselineState: 'new' }),
    ]);
    expect(after.newErrors).toBe(1);
  });

  testShared('moving paragraphs does not make their findings new', async () => {
    // The list holding the first use of "OIDC" (line 16) swaps with the paragraph after it, and the
    // Acceptance criteria section (lines 152 to 166, eleven findings) moves to the end of the plan.
    const lines = swapWithNextBlock(headText, 16).split('\n');
    expect(lines[151]).toBe('## Acceptance criteria');
    const section = lines.splice(151, 15);
    const moved = [...lines, '', ...section].join('\n');
    const original = lintPlan(headText).findings;
    const report = await validateJson(headText, moved);
    const findings = report.files[0].findings;
    expect(findings.map((f) => f.ruleId).sort()).toEqual(original.map((f) => f.ruleId).sort());
    expect(findings.map((f) => f.line)).not.toEqual(original.map((f) => f.line));
    expect(findings.filter((f) => f.baselineState === 'new')).toEqual([]);
    expect(report.newErrors + report.newWarnings).toBe(0);
  });

  test('an edited line keeps a finding it had (its message is unique); a second one is new', () => {
    const base = lintPlan('# T\n\n## Purpose\n\nShip it. TBD.\n');
    const head = lintPlan('# T\n\n## Purpose\n\nShip it. TBD, and TODO.\n');
    const marked = markBaseline(head.plan, head.findings, { plan: base.plan, findings: base.findings });
    const placeholders = marked.filter((f) => f.ruleId === 'placeholder');
    expect(placeholders.map((f) => [f.message.slice(0, 5), f.baselineState])).toEqual([
      ['"TBD"', 'unchanged'],
      ['"TODO', 'new'],
    ]);
  });

  test('a second identical line with the same finding is new', () => {
    const base = lintPlan('# T\n\n## Purpose\n\nShip it. TBD.\n');
    const head = lintPlan('# T\n\n## Purpose\n\nShip it. TBD.\n\nShip it. TBD.\n');
    const marked = markBaseline(head.plan, head.findings, { plan: base.plan, findings: base.findings });
    expect(marked.filter((f) => f.ruleId === 'placeholder').map((f) => f.baselineState)).toEqual(['unchanged', 'new']);
  });

  test('with no base version every finding is new', () => {
    const head = lintPlan('# T\n\nTBD\n');
    expect(markBaseline(head.plan, head.findings).every((f) => f.baselineState === 'new')).toBe(true);
  });

  testShared(
    'SARIF carries baselineState and partialFingerprints; stylish marks new findings and counts them',
    async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'base.md'), baseText);
      writeFileSync(join(dir, 'head.md'), `${headText.trimEnd()}\n\nThe rollback drill is TBD.\n`);
      const sarif = JSON.parse(
        (await cli(['validate', '--base', 'base.md', 'head.md', '--format', 'sarif'], dir)).stdout,
      );
      const results = sarif.runs[0].results as {
        ruleId: string;
        baselineState: string;
        partialFingerprints: Record<string, string>;
      }[];
      expect(results.every((r) => r.baselineState === 'new' || r.baselineState === 'unchanged')).toBe(true);
      expect(results.filter((r) => r.ruleId === 'placeholder').map((r) => r.baselineState)).toEqual(['new']);
      const prints = results.map((r) => r.partialFingerprints['execplanFinding/v1']);
      expect(new Set(prints).size).toBe(results.length);
      expect(results[0].partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{14}:\d+$/);

      const stylish = (await cli(['validate', '--base', 'base.md', 'head.md'], dir)).stdout;
      const tbdLine = `${headText.trimEnd()}\n\nThe rollback drill is TBD.\n`.split('\n').length - 1;
      expect(stylish).toMatch(
        new RegExp(`^ {2}${tbdLine}:\\d+ +error +new {2}"TBD" is an unresolved placeholder`, 'm'),
      );
      expect(stylish).toMatch(/^ {2}182:1 +error +Checked item has no timestamp/m);
      expect(stylish).not.toMatch(/^ {2}182:1 +error +new/m);
      // The totals depend on every rule; what this test owns is the new count beside them.
      const summary =
        /✖ (\d+) problems \((\d+) errors, (\d+) warnings\), 8 new \(1 error, 7 warnings\) in 1 of 1 plan\n$/.exec(
          stylish,
        );
      expect(summary).not.toBeNull();
      expect(Number(summary![1])).toBe(Number(summary![2]) + Number(summary![3]));
    },
  );

  testShared('without --base, findings carry no baselineState and the JSON shape is unchanged', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'head.md'), headText);
    const report = JSON.parse((await cli(['validate', 'head.md', '--format', 'json'], dir)).stdout);
    expect(Object.keys(report)).toEqual(['errors', 'warnings', 'files']);
    expect(report.files[0].findings[0].baselineState).toBeUndefined();
  });
});

describe('the action: validatePlan sets baselineState and pace for the report', () => {
  testShared('pair 005 through the action path: the base errors are unchanged, and the pace is there', async () => {
    const { validatePlan } = await import('../src/action/validate.js');
    const { DEFAULT_SETTINGS } = await import('../src/core/index.js');
    const report = validatePlan(
      { path: '.plans/p.md', head: { text: headText }, base: { text: baseText } },
      DEFAULT_SETTINGS,
      false,
    );
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.baselineState)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    expect(report.findings.filter((f) => f.baselineState === 'new')).toHaveLength(7);
    expect(report.pace).toMatchObject({ firstDone: expect.any(String), lastDone: expect.any(String) });
    const fresh = validatePlan(
      { path: '.plans/p.md', head: { text: headText }, base: undefined },
      DEFAULT_SETTINGS,
      false,
    );
    expect(fresh.findings.every((f) => f.baselineState === 'new')).toBe(true);
  });
});

describe('a checked box is the same line', () => {
  testShared('pair 009: the acceptance items checked in the head keep their findings', async () => {
    const pair9 = join(corpusDir, 'pairs', '009');
    const report = await validateJson(
      readFileSync(join(pair9, 'base.md'), 'utf8'),
      readFileSync(join(pair9, 'head.md'), 'utf8'),
    );
    const outside = report.files[0].findings.filter((f) => f.ruleId === 'checklist-outside-progress');
    expect(outside.length).toBeGreaterThan(10);
    // Only the two items whose text was rewritten, with their neighbours (`**2.2** Replace flag/diamond
    // …` → `**2.2** Keep the plate flag …`, `Resume at task 1.1 …` → `Complete. …`), are new.
    expect(outside.filter((f) => f.baselineState === 'new').map((f) => f.line)).toEqual([244, 398]);
  });

  test('a line edited in place between the same neighbours keeps its finding', () => {
    const text = (middle: string) =>
      `# T\n\n## Purpose\n\nFirst, ship it as needed.\n\nStep one.\n${middle}\nStep three.\n`;
    const base = lintPlan(text('Retry as needed.'));
    const head = lintPlan(text('Retry the upload as needed by the operators.'));
    const marked = markBaseline(head.plan, head.findings, { plan: base.plan, findings: base.findings });
    expect(marked.filter((f) => f.ruleId === 'vague-instruction').map((f) => [f.line, f.baselineState])).toEqual([
      [5, 'unchanged'],
      [8, 'unchanged'],
    ]);
  });
});
