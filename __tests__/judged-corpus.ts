import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintWithLines } from './support/shared-results.js';

/**
 * The judged corpus: the real plans of ../shared/corpus (plans, and both sides of each pair) and
 * the extra real plans under `__tests__/fixtures/judged/plans/`, with every finding keyed so that
 * the key survives unrelated line moves: file, rule id, the finding's line text (white space
 * folded) and the text the finding points at (the phrase or term; for `required-sections` the
 * section's name), and an ordinal when the same key occurs more than once.
 */
const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = join(here, '..', '..', 'shared', 'corpus');
const extraDir = join(here, 'fixtures', 'judged', 'plans');

export interface CorpusFile {
  /** `plans/NNN-….md`, `pairs/NNN/base.md`, `pairs/NNN/head.md` or `extra/….md`. */
  readonly key: string;
  readonly path: string;
  readonly basePath?: string;
}

export interface KeyedFinding {
  readonly ruleId: string;
  readonly line: number;
  readonly lineText: string;
  readonly target: string;
  readonly message: string;
  /** `file ⟶ rule ⟶ line text ⟶ target ⟶ ordinal`, tab-separated. */
  readonly key: string;
}

export function judgedCorpusFiles(): CorpusFile[] {
  const files: CorpusFile[] = [];
  const plans = join(corpusDir, 'plans');
  for (const name of readdirSync(plans)
    .filter((n) => n.endsWith('.md'))
    .sort()) {
    files.push({ key: `plans/${name}`, path: join(plans, name) });
  }
  const pairs = join(corpusDir, 'pairs');
  for (const pair of readdirSync(pairs)
    .filter((n) => /^\d+$/.test(n))
    .sort()) {
    files.push({ key: `pairs/${pair}/base.md`, path: join(pairs, pair, 'base.md') });
    files.push({
      key: `pairs/${pair}/head.md`,
      path: join(pairs, pair, 'head.md'),
      basePath: join(pairs, pair, 'base.md'),
    });
  }
  if (existsSync(extraDir)) {
    for (const name of readdirSync(extraDir)
      .filter((n) => n.endsWith('.md'))
      .sort()) {
      files.push({ key: `extra/${name}`, path: join(extraDir, name) });
    }
  }
  return files;
}

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim().slice(0, 160);

export const findingsOf = (file: CorpusFile): KeyedFinding[] => keyedFindings(file, lintWithLines);

/** `lint`: a plan's findings (with its base, for a pair's head) and the text of each finding's line. */
export function keyedFindings(file: CorpusFile, lint: typeof lintWithLines): KeyedFinding[] {
  const text = readFileSync(file.path, 'utf8');
  const base = file.basePath ? readFileSync(file.basePath, 'utf8') : undefined;
  const { findings, lineTexts } = lint(text, base);
  const seen = new Map<string, number>();
  return findings.map((f, i) => {
    const line = lineTexts[i];
    let target = '';
    if (f.ruleId === 'required-sections') target = /no (.+?) section/i.exec(f.message)?.[1] ?? '';
    else if (f.ruleId === 'decision-entry' || f.ruleId === 'surprise-entry')
      // The missing labels: `… entry lacks Decision and Rationale.` (or `…: advice`).
      target = /lacks (.+?)(?::|\.$)/.exec(f.message)?.[1] ?? '';
    else if ((f.endLine === f.line && f.column > 1) || f.endColumn <= line.length) {
      target = f.endLine === f.line ? line.slice(f.column - 1, f.endColumn - 1) : '';
    }
    const stem = [file.key, f.ruleId, fold(line), fold(target)].join('\t');
    const n = (seen.get(stem) ?? 0) + 1;
    seen.set(stem, n);
    return {
      ruleId: f.ruleId,
      line: f.line,
      lineText: line,
      target,
      message: f.message,
      key: `${stem}\t${n}`,
    };
  });
}

export type Verdict = 'true' | 'false' | 'debatable';

export interface Judgement {
  readonly key: string;
  readonly verdict: Verdict;
  readonly reason: string;
}

export const TABLE_PATH = join(here, 'judged-corpus.tsv');

/** The reviewed table: one judged finding a line, `file rule line_text target n verdict reason`. */
export function readJudgements(path = TABLE_PATH): Map<string, Judgement> {
  const judgements = new Map<string, Judgement>();
  const lines = readFileSync(path, 'utf8').split('\n').slice(1).filter(Boolean);
  for (const line of lines) {
    const cells = line.split('\t');
    if (cells.length !== 7) throw new Error(`${path}: a row needs 7 tab-separated cells: ${line}`);
    const [file, rule, lineText, target, n, verdict, reason] = cells;
    if (verdict !== 'true' && verdict !== 'false' && verdict !== 'debatable')
      throw new Error(`${path}: bad verdict "${verdict}" in ${line}`);
    const key = [file, rule, lineText, target, n].join('\t');
    if (judgements.has(key)) throw new Error(`${path}: judged twice: ${key}`);
    judgements.set(key, { key, verdict, reason });
  }
  return judgements;
}

export interface RulePrecision {
  readonly ruleId: string;
  readonly true: number;
  readonly false: number;
  readonly debatable: number;
  readonly unjudged: number;
}

/** Counts the verdicts of the findings the rules report now, by rule. */
export function precisionByRule(current: readonly KeyedFinding[], judgements: Map<string, Judgement>): RulePrecision[] {
  const byRule = new Map<string, { true: number; false: number; debatable: number; unjudged: number }>();
  for (const finding of current) {
    const counts = byRule.get(finding.ruleId) ?? { true: 0, false: 0, debatable: 0, unjudged: 0 };
    counts[judgements.get(finding.key)?.verdict ?? 'unjudged']++;
    byRule.set(finding.ruleId, counts);
  }
  return [...byRule].sort(([a], [b]) => (a < b ? -1 : 1)).map(([ruleId, c]) => ({ ruleId, ...c }));
}

const ratio = (t: number, f: number): string => (t + f === 0 ? '–' : (t / (t + f)).toFixed(3));

/** `docs/precision.md`, from the table and the findings the rules report now. */
export function renderPrecision(rows: readonly RulePrecision[], files: number, judged: number): string {
  const total = rows.reduce(
    (sum, r) => ({
      true: sum.true + r.true,
      false: sum.false + r.false,
      debatable: sum.debatable + r.debatable,
      unjudged: sum.unjudged + r.unjudged,
    }),
    { true: 0, false: 0, debatable: 0, unjudged: 0 },
  );
  const line = (name: string, r: { true: number; false: number; debatable: number; unjudged: number }): string =>
    `| ${name} | ${r.true + r.false + r.debatable + r.unjudged} | ${r.true} | ${r.false} | ${r.debatable} | ${r.unjudged} | ${ratio(r.true, r.false)} | ${ratio(r.true, r.false + r.debatable)} |`;
  return [
    '# Precision on the judged corpus',
    '',
    '<!-- Generated by `node --import tsx scripts/precision.ts` from `__tests__/judged-corpus.tsv`; `__tests__/judged-corpus.test.ts` fails when it is out of date. -->',
    '',
    `Every finding the rules report on ${files} real plans (the 50 plans and both sides of the 13 pairs of \`../shared/corpus\`, and the extra plans in \`__tests__/fixtures/judged/plans/\`) was read in its plan and judged as a careful reader of the format description would: **true** (the plan has the defect the finding names), **false** (it does not), or **debatable** (readers could disagree), each with a reason, in \`__tests__/judged-corpus.tsv\`. The table also keeps findings the rules used to report and no longer do, so that a false one coming back fails the test; it holds ${judged} judged findings in all.`,
    '',
    '**Precision** is true / (true + false): debatable findings are left out, since they are neither right nor wrong. **Strict precision** counts them as wrong: true / (true + false + debatable). Findings not in the table are listed as unjudged and counted in neither.',
    '',
    '| rule | findings | true | false | debatable | unjudged | precision | strict |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => line(`\`${r.ruleId}\``, r)),
    line('**all rules**', total),
    '',
  ].join('\n');
}
