import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A rule's documented examples: Markdown files in `docs/examples/<rule id>/` (`failing.md`,
 * `fixed.md`, and `base.md` for a rule that compares with a base version). The first line of
 * `failing.md` and `fixed.md` is `<!-- expect: LINE:COLUMN … -->` (or `none`): the exact places
 * the rule reports in the rest of the file, which the docs page shows and the tests check.
 */
export interface RuleExample {
  /** The Markdown after the expectation line, as the docs page shows it. */
  readonly text: string;
  /** `line:column` of each finding of the rule, in order. */
  readonly expected: readonly string[];
}

export interface RuleExamples {
  readonly failing: RuleExample;
  readonly fixed: RuleExample;
  readonly base?: string;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'examples');

function readExample(path: string): RuleExample {
  const raw = readFileSync(path, 'utf8');
  const newline = raw.indexOf('\n');
  const match = /^<!-- expect: (.*?) -->$/.exec(raw.slice(0, newline));
  if (!match)
    throw new Error(`${path}: the first line must be "<!-- expect: LINE:COLUMN … -->" or "<!-- expect: none -->".`);
  const expected = match[1].trim() === 'none' ? [] : match[1].trim().split(/\s+/);
  return { text: raw.slice(newline + 1).replace(/\n$/, ''), expected };
}

export function examplesOf(ruleId: string): RuleExamples {
  const dir = join(root, ruleId);
  const basePath = join(dir, 'base.md');
  return {
    failing: readExample(join(dir, 'failing.md')),
    fixed: readExample(join(dir, 'fixed.md')),
    ...(existsSync(basePath) ? { base: readFileSync(basePath, 'utf8').replace(/\n$/, '') } : {}),
  };
}
