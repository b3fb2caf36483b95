import type { RuleSetting } from './rule.js';
import { type LintSettings } from './settings.js';
/** A configuration file that cannot be used: names the file, the line and the key. */
export declare class ConfigError extends Error {
    readonly file: string;
    readonly line: number | undefined;
    readonly detail: string;
    constructor(file: string, line: number | undefined, detail: string);
}
export declare const CONFIG_FILE_NAMES: string[];
export declare const SEVERITIES: readonly RuleSetting[];
export declare const OPTION_KEYS: string[];
/**
 * Reads a configuration file's text (JSON or YAML) into lint settings. Unknown keys, rule ids,
 * section names and bad severities are errors, never ignored.
 */
export declare function parseConfig(text: string, file: string): LintSettings;
