import { readFile, writeFile } from '../io/fs-async.js';
import { isAbsolute, join, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { engineText, fixText, isFixable } from '../core/fix.js';
import { PlanLimitError } from '../core/limits.js';
import type { LintOptions } from '../core/lint.js';
import { findSection, parsePlan } from '../core/plan.js';
import { progressItems } from '../core/progress.js';
import type { Finding } from '../core/rule.js';
import type { PlanResult } from '../core/result.js';
import type { LintSettings } from '../core/settings.js';
import { lineText } from '../core/source.js';
import { readPlanFile } from './files.js';
import { gitItemDates, type UndatedItem } from './git-dates.js';
import { installedFile } from './installation.js';
import { loadMicromark } from './micromark-on-demand.js';

/** `execplan validate --fix` and `--fix-dry-run`: the file side of `src/core/fix.ts`. */
export interface FileFix {
  readonly path: string;
  /** The text before and after fixing, as written (byte-order mark and line endings kept). */
  readonly before: string;
  readonly after: string;
  readonly fixed: readonly Finding[];
  /** Findings left after fixing. */
  readonly result: PlanResult;
  /** Why checked items without a date were not dated from git history, by line. */
  readonly undated: ReadonlyMap<number, string>;
}

export interface FixFilesOptions {
  readonly settings: LintSettings;
  readonly strict: boolean;
  readonly base?: string;
  /** Write the fixed files (`--fix`); otherwise only compute them (`--fix-dry-run`). */
  readonly write: boolean;
}

const BOM = '\uFEFF';

/** The plan template `init` writes, for the sections `required-sections` fixes add. */
async function readTemplate(): Promise<string | undefined> {
  try {
    return await readFile(installedFile(join('templates', 'plan.md')), 'utf8');
  } catch {
    return undefined;
  }
}

/** Checked Progress items with no date at all, for `git-dates.ts`. */
function undatedItems(text: string, settings: LintSettings): UndatedItem[] {
  const plan = parsePlan(text);
  const section = findSection(plan, settings.sections.Progress);
  return progressItems(plan, section)
    .filter((item) => item.status === 'done' && !item.stamp.found)
    .map((item) => ({ line: item.line, text: lineText(plan.source, item.line) }));
}

/**
 * Why items stayed undated, by their line in the fixed text (fixes above them may move them):
 * the n-th undated item with a given text is the n-th line with that text.
 */
function reasonsAfterFixing(
  reasons: ReadonlyMap<number, string>,
  items: readonly UndatedItem[],
  fixed: string,
): Map<number, string> {
  const lines = engineText(fixed).split('\n');
  const next = new Map<string, number>();
  const out = new Map<number, string>();
  for (const [line, why] of [...reasons].sort(([a], [b]) => a - b)) {
    const text = items.find((item) => item.line === line)?.text;
    const index = text === undefined ? -1 : lines.indexOf(text, next.get(text) ?? 0);
    if (text !== undefined && index !== -1) next.set(text, index + 1);
    out.set(index === -1 ? line : index + 1, why);
  }
  return out;
}

/** Fixes each plan, writing it only when it changed and `write` is set. */
export async function fixFiles(files: readonly string[], cwd: string, options: FixFilesOptions): Promise<FileFix[]> {
  // Fixing parses each plan several times over (lint, fix, lint again): micromark up front.
  await loadMicromark();
  const template = await readTemplate();
  const out: FileFix[] = [];
  for (const path of files) {
    const absolute = resolve(cwd, path);
    const read = await readPlanFile(absolute);
    if ('error' in read) {
      out.push({
        path,
        before: '',
        after: '',
        fixed: [],
        result: { path, findings: [], error: read.error },
        undated: new Map(),
      });
      continue;
    }
    // The decoder drops a byte-order mark; the file keeps it.
    const bytes = await readFile(absolute);
    const before = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? BOM + read.text : read.text;
    try {
      const undated = undatedItems(before, options.settings);
      const history = await gitItemDates(absolute, undated);
      const lint: LintOptions = {
        settings: options.settings,
        strict: options.strict,
        ...(options.base !== undefined ? { base: options.base } : {}),
        ...(template !== undefined ? { template } : {}),
        itemDates: history.dates,
      };
      const outcome = fixText(before, lint);
      if (outcome.changed && options.write) await writeFile(absolute, outcome.text, 'utf8');
      out.push({
        path,
        before,
        after: outcome.text,
        fixed: outcome.fixed,
        result: { path, findings: outcome.remaining },
        undated: reasonsAfterFixing(history.reasons, undated, outcome.text),
      });
    } catch (error) {
      if (!(error instanceof PlanLimitError)) throw error;
      out.push({
        path,
        before,
        after: before,
        fixed: [],
        result: { path, findings: [], error: error.message },
        undated: new Map(),
      });
    }
  }
  return out;
}

const label = (side: string, path: string): string => (isAbsolute(path) ? path : `${side}/${path}`);

/** A unified diff of every file that would change, for `--fix-dry-run`. */
export function fixDiff(fixes: readonly FileFix[]): string {
  return fixes
    .filter((f) => f.before !== f.after)
    .map((f) =>
      createTwoFilesPatch(label('a', f.path), label('b', f.path), f.before, f.after, undefined, undefined, {
        context: 3,
      }),
    )
    .join('');
}

const byRule = (findings: readonly Finding[]): string => {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([rule, n]) => `${rule} ${n}`)
    .join(', ');
};

/** What was fixed and what is left, one line per plan, then why undated items stayed undated. */
export function fixSummary(fixes: readonly FileFix[], write: boolean): string {
  const lines: string[] = [];
  let total = 0;
  for (const f of fixes) {
    if (f.result.error !== undefined) continue;
    total += f.fixed.length;
    const left = f.result.findings;
    const fixable = left.filter(isFixable);
    const did = write ? 'fixed' : 'would fix';
    const fixedPart = f.fixed.length > 0 ? `${did} ${f.fixed.length} (${byRule(f.fixed)})` : 'nothing to fix';
    const leftPart = left.length > 0 ? `${left.length} left (${byRule(left)})` : 'nothing left';
    lines.push(
      `${f.path}: ${fixedPart}; ${leftPart}${fixable.length > 0 ? `, ${fixable.length} of them fixable by another pass` : ''}`,
    );
    for (const [line, why] of [...f.undated].sort(([a], [b]) => a - b)) {
      lines.push(`  ${f.path}:${line}  progress-timestamp not dated: ${why}.`);
    }
  }
  lines.push(
    `${write ? 'Fixed' : 'Would fix'} ${total} finding${total === 1 ? '' : 's'} in ${fixes.filter((f) => f.fixed.length > 0).length} of ${fixes.length} plan${fixes.length === 1 ? '' : 's'}.`,
  );
  return lines.join('\n') + '\n';
}
