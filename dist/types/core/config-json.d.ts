import type { LintSettings } from './settings.js';
/**
 * Reads a JSON configuration file without the YAML parser (a quarter of a megabyte of code to
 * load and compile, which was a sixth of the CLI's start-up): the same tree as `parseConfig` of
 * `config.ts` builds from YAML, so the same settings and the same messages at the same lines.
 * Returns undefined for text that is not plain valid JSON or repeats a key: `parseConfig` then
 * reads it and words the syntax error exactly as before.
 */
export declare function parseJsonConfig(text: string, file: string): LintSettings | undefined;
