import type { LintSettings } from './settings.js';
export { CONFIG_FILE_NAMES, ConfigError } from './config-error.js';
export { OPTION_KEYS, SEVERITIES } from './config-settings.js';
/**
 * Reads a configuration file's text (JSON or YAML) into lint settings. Unknown keys, rule ids,
 * section names and bad severities are errors, never ignored. (The CLI reads a JSON file with
 * `parseJsonConfig` of `config-json.ts`, which gives the same settings and messages without
 * loading the YAML parser, and falls back to this for what it does not handle.)
 */
export declare function parseConfig(text: string, file: string): LintSettings;
