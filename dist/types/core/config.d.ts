import type { RuleSetting } from './rule.js';
import { type LintSettings } from './settings.js';
export { CONFIG_FILE_NAMES, ConfigError } from './config-error.js';
export declare const SEVERITIES: readonly RuleSetting[];
export declare const OPTION_KEYS: string[];
/**
 * Reads a configuration file's text (JSON or YAML) into lint settings. Unknown keys, rule ids,
 * section names and bad severities are errors, never ignored.
 */
export declare function parseConfig(text: string, file: string): LintSettings;
