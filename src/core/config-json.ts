import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import type { LintSettings } from './settings.js';
import { settingsFromTree, type ConfigEntry, type ConfigNode } from './config-settings.js';
import { lastAtOrBelow, lineStartsOf } from './source.js';

/**
 * Reads a JSON configuration file without the YAML parser (a quarter of a megabyte of code to
 * load and compile, which was a sixth of the CLI's start-up): the same tree as `parseConfig` of
 * `config.ts` builds from YAML, so the same settings and the same messages at the same lines.
 * Returns undefined for text that is not plain valid JSON or repeats a key: `parseConfig` then
 * reads it and words the syntax error exactly as before.
 */
export function parseJsonConfig(text: string, file: string): LintSettings | undefined {
  try {
    JSON.parse(text);
  } catch {
    return undefined;
  }
  const tree = jsonTree(text);
  return tree === REPEATED ? undefined : settingsFromTree(tree, file);
}

const REPEATED = Symbol('a repeated key');

/** The tree of text already known to be valid JSON, or REPEATED when an object repeats a key. */
function jsonTree(text: string): ConfigNode | typeof REPEATED {
  const root = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
  if (!root) return REPEATED;
  // Lines from offsets in the text as written.
  const lineStarts = lineStartsOf(text);
  const lineOf = (offset: number): number => lastAtOrBelow(lineStarts, offset) + 1;
  const convert = (node: JsonNode): ConfigNode => {
    const line = lineOf(node.offset);
    if (node.type === 'object') {
      const keys = new Set<string>();
      const entries: ConfigEntry[] = [];
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        const key = keyNode.value as string;
        if (keys.has(key)) throw REPEATED;
        keys.add(key);
        entries.push({ key, line: lineOf(keyNode.offset), value: convert(valueNode) });
      }
      return { kind: 'map', line, entries };
    }
    if (node.type === 'array') return { kind: 'seq', line, items: (node.children ?? []).map(convert) };
    return { kind: 'scalar', line, value: node.value as unknown };
  };
  try {
    return convert(root);
  } catch (error) {
    if (error === REPEATED) return REPEATED;
    throw error;
  }
}
