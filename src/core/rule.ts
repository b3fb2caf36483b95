import type { Plan, Section } from './plan.js';
import type { ProgressItem } from './progress.js';
import type { RequiredSectionName, SectionNames } from './sections.js';
import type { LabelNames } from './entries.js';

export type Severity = 'error' | 'warning';
export type RuleSetting = Severity | 'off';

/** Where rule documentation lives; one page per rule id. */
export const DOCS_BASE_URL = 'https://github.com/execplan/execplan/blob/main/docs/rules/';

export const docsUrl = (ruleId: string): string => `${DOCS_BASE_URL}${ruleId}.md`;

export interface RuleMeta {
  /** The rule id: also the file name, the docs page and the name in control comments. */
  readonly id: string;
  /** One sentence: what the rule reports. */
  readonly description: string;
  /** Why the format asks for it, for the docs page. */
  readonly rationale: string;
  readonly defaultSeverity: Severity;
  /** Where the finding is reported, as the contract says. */
  readonly reportedAt: string;
  readonly tags: readonly string[];
  /** Configuration that changes what the rule reports, for the docs page. */
  readonly options?: string;
  /** Shown on the docs page and checked by the tests: `failing` is reported, `fixed` is not. */
  readonly examples: { readonly failing: string; readonly fixed: string; readonly base?: string };
}

export interface Report {
  readonly line: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly message: string;
  /** Findings sharing a group are reported once: the first that is not disabled. */
  readonly group?: string;
}

export interface LintSettings {
  readonly severities: Readonly<Record<string, RuleSetting>>;
  /** Phrases added by configuration, by rule id. */
  readonly phrases: Readonly<Record<string, readonly string[]>>;
  readonly jargon: { readonly allow: readonly string[]; readonly terms: readonly string[] };
  readonly sections: SectionNames;
  /** Accepted names of each entry label (`Decision`, `Rationale`, `Date/Author`, `Observation`, `Evidence`). */
  readonly labels: LabelNames;
}

export interface RuleContext {
  readonly plan: Plan;
  readonly settings: LintSettings;
  /** The base version of the plan, when one was given (for `revision-note`). */
  base(): Plan | undefined;
  section(name: RequiredSectionName): Section | undefined;
  progressItems(): readonly ProgressItem[];
  report(report: Report): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
  readonly url: string;
}
