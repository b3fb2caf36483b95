import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { lintPlan } from '../src/core/lint.js';
import { RULE_IDS, RULES } from '../src/core/rules/index.js';
import { fileURLToPath } from 'node:url';
import { examplesOf } from '../scripts/rule-examples.js';

/**
 * Rule fixtures, markdownlint style: `__tests__/fixtures/rules/<rule-id>/<name>.md`, each holding
 * `<!-- expect: rule@line … -->` (or `<!-- expect: none -->`). Only the folder's rule is compared.
 * A `<name>.base.md` beside a fixture is its base version.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'rules');

const cases = readdirSync(root).flatMap((ruleId) =>
  readdirSync(join(root, ruleId))
    .filter((name) => name.endsWith('.md') && !name.endsWith('.base.md'))
    .map((name) => ({ ruleId, name, path: join(root, ruleId, name) })),
);

function expectedOf(text: string, path: string): string[] {
  const match = /<!-- expect: ([^>]*?) -->/.exec(text);
  if (!match) throw new Error(`${path} has no "<!-- expect: … -->" comment`);
  return match[1].trim() === 'none' ? [] : match[1].trim().split(/\s+/).sort();
}

describe('every rule has fixtures that fail and fixtures that pass', () => {
  test.each(RULE_IDS.map((id) => [id]))('%s', (ruleId) => {
    const names = cases.filter((c) => c.ruleId === ruleId).map((c) => c.name);
    expect(names.some((n) => n.startsWith('fail'))).toBe(true);
    expect(names.some((n) => n.startsWith('pass'))).toBe(true);
  });
});

describe('rule fixtures', () => {
  test.each(cases.map((c) => [`${c.ruleId}/${c.name}`, c]))('%s', (_label, c) => {
    const text = readFileSync(c.path, 'utf8');
    const basePath = c.path.replace(/\.md$/, '.base.md');
    const base = existsSync(basePath) ? readFileSync(basePath, 'utf8') : undefined;
    const { findings } = lintPlan(text, { base });
    const actual = findings
      .filter((f) => f.ruleId === c.ruleId)
      .map((f) => `${f.ruleId}@${f.line}`)
      .sort();
    expect(actual).toEqual(expectedOf(text, c.path));
  });
});

describe("each rule's documented examples (docs/examples/<id>/)", () => {
  test.each(RULES.map((rule) => [rule.meta.id]))(
    '%s: the failing example is reported exactly where it says, the fixed one not at all',
    (id) => {
      const { failing, fixed, base } = examplesOf(id);
      const at = (text: string) =>
        lintPlan(text, base ? { base } : {})
          .findings.filter((f) => f.ruleId === id)
          .map((f) => `${f.line}:${f.column}`);
      expect(failing.expected.length).toBeGreaterThan(0);
      expect(at(failing.text)).toEqual(failing.expected);
      expect(at(fixed.text)).toEqual([]);
      expect(fixed.expected).toEqual([]);
    },
  );
});
