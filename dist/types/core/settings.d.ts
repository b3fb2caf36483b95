import type { RuleSetting } from './rule.js';
import { type LabelNames } from './label-names.js';
import { type SectionNames } from './sections.js';
/** What a configuration file can change: severities, phrase lists, jargon and section names. */
export interface LintSettings {
    readonly severities: Readonly<Record<string, RuleSetting>>;
    /** Phrases added by configuration, by rule id. */
    readonly phrases: Readonly<Record<string, readonly string[]>>;
    readonly jargon: {
        readonly allow: readonly string[];
        readonly terms: readonly string[];
    };
    readonly sections: SectionNames;
    /** Accepted names of each entry label (`Decision`, `Rationale`, `Date/Author`, `Observation`, `Evidence`). */
    readonly labels: LabelNames;
}
/** The settings of a repository without a configuration file. */
export declare const DEFAULT_SETTINGS: LintSettings;
