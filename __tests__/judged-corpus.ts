import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintPlan } from '../src/core/lint.js';
import { lineText } from '../src/core/source.js';

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

export function findingsOf(file: CorpusFile): KeyedFinding[] {
  const text = readFileSync(file.path, 'utf8');
  const base = file.basePath ? readFileSync(file.basePath, 'utf8') : undefined;
  const { plan, findings } = lintPlan(text, base === undefined ? {} : { base });
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const line = lineText(plan.source, f.line);
    let target = '';
    if (f.ruleId === 'required-sections') target = /no (.+?) section/.exec(f.message)?.[1] ?? '';
    else if (f.ruleId === 'decision-entry' || f.ruleId === 'surprise-entry')
      target = /lacks (.+?):/.exec(f.message)?.[1] ?? '';
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
