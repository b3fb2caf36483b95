import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import type { LintSettings } from './settings.js';
import { ConfigError } from './config-error.js';
import { settingsFromTree, type ConfigNode } from './config-settings.js';

export { CONFIG_FILE_NAMES, ConfigError } from './config-error.js';
export { OPTION_KEYS, SEVERITIES } from './config-settings.js';

/**
 * Reads a configuration file's text (JSON or YAML) into lint settings. Unknown keys, rule ids,
 * section names and bad severities are errors, never ignored. (The CLI reads a JSON file with
 * `parseJsonConfig` of `config-json.ts`, which gives the same settings and messages without
 * loading the YAML parser, and falls back to this for what it does not handle.)
 */
export function parseConfig(text: string, file: string): LintSettings {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new ConfigError(
      file,
      lineCounter.linePos(error.pos[0]).line,
      `not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${error.message.split('\n')[0]}`,
    );
  }
  const lineOf = (node: YamlNode | null | undefined): number | undefined =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  const tree = (node: unknown): ConfigNode | undefined => {
    if (node === null || node === undefined) return undefined;
    const line = lineOf(node as YamlNode);
    if (isMap(node)) {
      const entries = (node.items as Pair[]).map((pair) => ({
        key: String(isScalar(pair.key) ? pair.key.value : pair.key),
        line: lineOf(pair.key as YamlNode),
        value: tree(pair.value),
      }));
      return { kind: 'map', line, entries };
    }
    if (isSeq(node)) return { kind: 'seq', line, items: node.items.map((item) => tree(item) ?? { kind: 'other' }) };
    if (isScalar(node)) return { kind: 'scalar', line, value: node.value };
    return { kind: 'other', line };
  };
  return settingsFromTree(tree(doc.contents), file);
}
