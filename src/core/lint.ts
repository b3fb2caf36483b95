import { readSuppressions } from './controls.js';
import { findSection, parsePlan, type Plan, type Section } from './plan.js';
import { progressItems, type ProgressItem } from './progress.js';
import { docsUrl, type Finding, type Report, type RuleContext, type RuleSetting } from './rule.js';
import { RULES } from './rules/index.js';
import type { RequiredSectionName } from './sections.js';
import { DEFAULT_SETTINGS, type LintSettings } from './settings.js';
import { dropRedundant } from './redundant.js';
import { lineText } from './source.js';

export interface LintOptions {
  readonly settings?: LintSettings;
  /** Every rule that is not off reports errors. */
  readonly strict?: boolean;
  /** The base version (for `revision-note`): its text or its parsed plan. */
  readonly base?: string | Plan;
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
  };
}
