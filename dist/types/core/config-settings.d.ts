import type { RuleSetting } from './rule.js';
import { type LintSettings } from './settings.js';
/**
 * A configuration file's content as a tree, whichever syntax it was written in (YAML through the
 * `yaml` package in `config.ts`, JSON through `config-json.ts`), with the line of each node and
 * key for messages.
 */
export type ConfigNode = {
    readonly kind: 'map';
    readonly line?: number;
    readonly entries: readonly ConfigEntry[];
} | {
    readonly kind: 'seq';
    readonly line?: number;
    readonly items: readonly ConfigNode[];
} | {
    readonly kind: 'scalar';
    readonly line?: number;
    readonly value: unknown;
}
/** Anything else YAML can hold (an alias). */
 | {
    readonly kind: 'other';
    readonly line?: number;
};
export interface ConfigEntry {
    readonly key: string;
    /** The key's line. */
    readonly line?: number;
    /** Undefined for a YAML key with no value. */
    readonly value: ConfigNode | undefined;
}
export declare const SEVERITIES: readonly RuleSetting[];
export declare const OPTION_KEYS: string[];
/**
 * Lint settings from a configuration file's tree. Unknown keys, rule ids, section names and bad
 * severities are errors, never ignored.
 */
export declare function settingsFromTree(root: ConfigNode | undefined, file: string): LintSettings;
