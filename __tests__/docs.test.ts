import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { configSchema } from '../src/core/config-schema.js';
import { ConfigError, parseConfig } from '../src/core/config.js';
import { RULES } from '../src/core/rules/index.js';
import { docsUrl, DOCS_BASE_URL } from '../src/core/rule.js';
import { renderRulePage, renderRuleTable } from '../scripts/rule-docs.js';
import { repoRoot } from './helpers.js';

const docsDir = join(repoRoot, 'docs', 'rules');

describe('rule documentation (regenerate with `npm run docs`)', () => {
  test.each(RULES.map((r) => [r.meta.id, r]))(
    'docs/rules/%s.md exists and its generated part is current',
    (id, rule) => {
      const path = join(docsDir, `${id}.md`);
      expect(existsSync(path)).toBe(true);
      expect(readFileSync(path, 'utf8').startsWith(renderRulePage(rule))).toBe(true);
    },
  );

  test('no page documents a rule that does not exist', () => {
    const ids = new Set(RULES.map((r) => r.meta.id));
    expect(readdirSync(docsDir).filter((name) => !ids.has(name.replace(/\.md$/, '')))).toEqual([]);
  });

  test("the README's rule table is current", () => {
    expect(readFileSync(join(repoRoot, 'README.md'), 'utf8')).toContain(renderRuleTable(RULES));
  });

  test("every finding's URL points at an existing page of this repository", () => {
    for (const rule of RULES) {
      const url = docsUrl(rule.meta.id);
      expect(url.startsWith(DOCS_BASE_URL)).toBe(true);
      expect(existsSync(join(docsDir, url.slice(DOCS_BASE_URL.length)))).toBe(true);
    }
  });

  test('schema/execplan.schema.json is current, and accepts and refuses what the configuration reader does', () => {
    const shipped = JSON.parse(readFileSync(join(repoRoot, 'schema', 'execplan.schema.json'), 'utf8'));
    expect(shipped).toEqual(configSchema());
    const validate = new Ajv2020({ strict: true }).compile(shipped);
    const samples = [
      '{ "rules": { "fenced-code": "off", "vague-instruction": "error" } }',
      '{ "phrases": { "placeholder": ["pending decision"] }, "jargon": { "allow": ["GPU"], "terms": ["sidecar"] } }',
      '{ "sections": { "Purpose": ["purpose", "goal"] }, "$schema": "./node_modules/execplan/schema/execplan.schema.json" }',
      '{ "rules": { "fenced-cod": "off" } }',
      '{ "rules": { "placeholder": "loud" } }',
      '{ "phrases": { "title": ["x"] } }',
      '{ "jargon": { "allowed": ["GPU"] } }',
      '{ "jargon": { "allow": "GPU" } }',
      '{ "rulez": {} }',
    ];
    for (const text of samples) {
      let readerAccepts = true;
      try {
        parseConfig(text, '.execplan.json');
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        readerAccepts = false;
      }
      expect([text, validate(parse(text))]).toEqual([text, readerAccepts]);
    }
  });
});
