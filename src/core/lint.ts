import { readSuppressions } from './controls.js';
import { lineReplacement } from './fix-lines.js';
import { findSection, parsePlan, type Plan, type Section } from './plan.js';
import { progressItems, type ProgressItem } from './progress.js';
import { docsUrl, type Finding, type Report, type RuleContext, type RuleSetting } from './rule.js';
import { RULES } from './rules/index.js';
import type { RequiredSectionName } from './sections.js';
import { DEFAULT_SETTINGS, type LintSettings } from './settings.js';
import { dropRedundant } from './redundant.js';
import { lineText, pointOf } from './source.js';

export interface LintOptions {
  readonly settings?: LintSettings;
  /** Every rule that is not off reports errors. */
  readonly strict?: boolean;
  /** The base version (for `revision-note`): its text or its parsed plan. */
  readonly base?: string | Plan;
  /** The text of the template `init` writes, so that `required-sections` can offer fixes from it. */
  readonly template?: string;
  /**
   * When checked Progress items were done, by the item's first line as written (from git
   * history, see `src/cli/git-dates.ts`), so that `progress-timestamp` can offer fixes.
   */
  readonly itemDates?: ReadonlyMap<string, Date>;
  /**
   * The folder URL of the rule pages that each finding's `url` points into (`rulesDocsBase` of
   * `docs-url.ts`): the caller's version of the docs. The package's default branch when absent.
   */
  readonly docsBaseUrl?: string;
}

export interface LintResult {
  readonly plan: Plan;
  readonly findings: Finding[];
}

/** The severity a rule reports at, after configuration and `--strict`. */
export function effectiveSetting(ruleId: string, settings: LintSettings, strict: boolean): RuleSetting {
  const rule = RULES.find((r) => r.meta.id === ruleId);
  const configured = settings.severities[ruleId] ?? rule?.meta.defaultSeverity ?? 'warning';
  return strict && configured !== 'off' ? 'error' : configured;
}

/** Validates one plan: parses it once, runs every rule that is on, applies control comments. */
export function lintPlan(input: string | Plan, options: LintOptions = {}): LintResult {
  const plan = typeof input === 'string' ? parsePlan(input) : input;
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const suppressions = readSuppressions(plan.comments);
  const findings: Finding[] = [];

  const sections = new Map<RequiredSectionName, Section | undefined>();
  let items: ProgressItem[] | undefined;
  let basePlan: Plan | undefined;
  const section = (name: RequiredSectionName): Section | undefined => {
    if (!sections.has(name)) sections.set(name, findSection(plan, settings.sections[name]));
    return sections.get(name);
  };

  for (const rule of RULES) {
    const severity = effectiveSetting(rule.meta.id, settings, options.strict ?? false);
    if (severity === 'off') continue;
    const seenGroups = new Set<string>();
    const context: RuleContext = {
      plan,
      settings,
      section,
      progressItems: () => (items ??= progressItems(plan, section('Progress'))),
      base: () => {
        if (options.base === undefined) return undefined;
        return (basePlan ??= typeof options.base === 'string' ? parsePlan(options.base) : options.base);
      },
      template: () => options.template,
      itemDate: (line: number) => options.itemDates?.get(lineText(plan.source, line)),
      report: (report: Report) => {
        if (suppressions.isSuppressed(rule.meta.id, report.line)) return;
        if (report.group !== undefined) {
          if (seenGroups.has(report.group)) return;
          seenGroups.add(report.group);
        }
        findings.push(toFinding(plan, rule.meta.id, severity, report, options.docsBaseUrl));
      },
    };
    rule.check(context);
  }

  dropRedundant(findings);
  findings.sort(
    (a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
  return { plan, findings };
}

function toFinding(
  plan: Plan,
  ruleId: string,
  severity: 'error' | 'warning',
  report: Report,
  docsBaseUrl: string | undefined,
): Finding {
  const column = report.column ?? 1;
  const endLine = report.endLine ?? report.line;
  // A finding about a whole line (a heading, an item) ends where that line ends.
  const endColumn = report.endColumn ?? Math.max(column, lineText(plan.source, endLine).length + 1);
  return {
    ruleId,
    severity,
    line: report.line,
    column,
    endLine,
    endColumn,
    message: report.message,
    url: docsUrl(ruleId, docsBaseUrl),
    // Inside a plan wrapped whole in a fence, offsets are those of the text with the fence lines
    // emptied, not of the file: no fix is offered there, rather than one that edits the wrong place.
    ...(report.fix && report.fix.edits.length > 0 && !plan.wrapperFence
      ? {
          fix: {
            edits: report.fix.edits.map((edit) => {
              const from = pointOf(plan.source, edit.start);
              const to = pointOf(plan.source, edit.end);
              return { ...edit, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
            }),
            lines: lineReplacement(plan.source, report.fix.edits),
          },
        }
      : {}),
  };
}
