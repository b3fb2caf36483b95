import type { LintSettings } from './settings.js';
import { settingsFromTree, type ConfigEntry, type ConfigNode } from './config-settings.js';

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
/** A number, `true`, `false` or `null`: up to the next delimiter. */
const SCALAR = /[^\s,\]}]+/y;

/** The tree of text already known to be valid JSON, or REPEATED when an object repeats a key. */
function jsonTree(text: string): ConfigNode | typeof REPEATED {
  let at = 0;
  let line = 1;
  const space = (): void => {
    for (;;) {
      const c = text.charCodeAt(at);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13) return;
      at++;
    }
  };
  const string = (): string => {
    let end = at + 1;
    while (text.charCodeAt(end) !== 34) end += text.charCodeAt(end) === 92 ? 2 : 1;
    const value = JSON.parse(text.slice(at, end + 1)) as string;
    at = end + 1;
    return value;
  };
  const value = (): ConfigNode => {
    space();
    const start = line;
    const c = text[at];
    if (c === '{') {
      at++;
      const entries: ConfigEntry[] = [];
      const keys = new Set<string>();
      space();
      if (text[at] === '}') at++;
      else
        for (;;) {
          space();
          const keyLine = line;
          const key = string();
          if (keys.has(key)) throw REPEATED;
          keys.add(key);
          space();
          at++; // the colon
          entries.push({ key, line: keyLine, value: value() });
          space();
          if (text[at++] === '}') break; // else a comma
        }
      return { kind: 'map', line: start, entries };
    }
    if (c === '[') {
      at++;
      const items: ConfigNode[] = [];
      space();
      if (text[at] === ']') at++;
      else
        for (;;) {
          items.push(value());
          space();
          if (text[at++] === ']') break;
        }
      return { kind: 'seq', line: start, items };
    }
    if (c === '"') return { kind: 'scalar', line: start, value: string() };
    SCALAR.lastIndex = at;
    const token = SCALAR.exec(text)![0];
    at += token.length;
    return { kind: 'scalar', line: start, value: JSON.parse(token) as unknown };
  };
  try {
    return value();
  } catch (error) {
    if (error === REPEATED) return REPEATED;
    throw error;
  }
}
