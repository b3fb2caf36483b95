import { parseConfig } from '../src/core/config.js';
import { parseJsonConfig } from '../src/core/config-json.js';

/**
 * The CLI reads a JSON configuration without the YAML parser (`src/core/config-json.ts`): the
 * same settings and the same messages, at the same lines, as `parseConfig`; text that is not plain
 * JSON (or repeats a key) is left to `parseConfig`, which words the error.
 */
const outcome = (read: () => unknown): string => {
  try {
    return JSON.stringify(read());
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
};

test.each([
  '{}',
  'null',
  '""',
  '[]',
  '1',
  '[\n{}\n]',
  '{"rules": {}}',
  '{\n  "rules": {\n    "fenced-code": "off"\n  }\n}',
  '{\n "rules": {\n   "nope": "off"\n }\n}',
  '{\n "rules": {\n   "fenced-code": 1.0\n }\n}',
  '{"rules": {"fenced-code": "warn"}}',
  '{"rules": [1, 2]}',
  '{"$schema": "s", "rules": null}',
  '{\t"rules":\t{}}',
  '{"rules": {"fenced-code": "of\\u0066"}}',
  '{\n"jargon": {"allow": ["a", "b"], "terms": ["x"]}}',
  '{\n"jargon": {"allow": ["a", 3]}}',
  '{\n"jargon": {\n"allow": [\n"a",\n  ""\n]}}',
  '{"jargon": []}',
  '{"jargon": {"nope": []}}',
  '{"sections": {"Progress": ["Progress", "Fortschritt"]}}',
  '{"sections": {"Nope": ["x"]}}',
  '{"sections": {"Progress": []}}',
  '{"labels": {"Decision": ["选择"]}}',
  '{"labels": {"Reason": ["why"]}}',
  '{"labels": {"decision": ["  "]}}',
  '{"phrases": {"vague-instruction": ["do the thing"]}}',
  '{"phrases": {"nope": []}}',
  '{"x": 1}',
  '{"a\\"b": 1}',
])('%j: the same settings or message as through YAML', (text) => {
  const viaYaml = outcome(() => parseConfig(text, '.execplan.json'));
  expect(outcome(() => parseJsonConfig(text, '.execplan.json'))).toBe(viaYaml);
});

test.each(['{"rules": {}, "rules": {}}', '{"rules": {', '{rules: {}}', '# comment\n{}'])(
  '%j is left to the YAML parser',
  (text) => {
    expect(parseJsonConfig(text, '.execplan.json')).toBeUndefined();
  },
);
