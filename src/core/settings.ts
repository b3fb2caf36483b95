import type { RuleSetting } from './rule.js';
import { DEFAULT_LABEL_NAMES, type LabelNames } from './label-names.js';
import { DEFAULT_SECTION_NAMES, type SectionNames } from './sections.js';

/** What a configuration file can change: severities, phrase lists, jargon and section names. */
export interface LintSettings {
  readonly severities: Readonly<Record<string, RuleSetting>>;
  /** Phrases added by configuration, by rule id. */
  readonly phrases: Readonly<Record<string, readonly string[]>>;
  readonly jargon: { readonly allow: readonly string[]; readonly terms: readonly string[] };
  readonly sections: SectionNames;
  /** Accepted names of each entry label (`Decision`, `Rationale`, `Date/Author`, `Observation`, `Evidence`). */
  readonly labels: LabelNames;
}

/** The settings of a repository without a configuration file. */
export const DEFAULT_SETTINGS: LintSettings = {
  severities: {},
  phrases: {},
  jargon: { allow: [], terms: [] },
  sections: DEFAULT_SECTION_NAMES,
  labels: DEFAULT_LABEL_NAMES,
};
