/**
 * Hostile plans for `__tests__/hostile-input.test.ts` and `npm run bench`: text built to find the
 * slow paths of the parser and of our own patterns. Each ends with `TBD` (an unresolved
 * placeholder) where it matters, so the test can tell that the text after the hostile part was
 * still read. `bound` is the most time it may take, as a multiple of validating a realistic plan
 * of the same size (`syntheticPlan`; for `refused` inputs, which must end in a `PlanLimitError`
 * before parsing, a realistic plan of 1 MB).
 */
import { parseConfig } from '../src/core/config.js';
import { lintPlan, type LintOptions, type LintResult } from '../src/core/lint.js';
import { RULES } from '../src/core/rules/index.js';
import { syntheticPlan } from './synthetic-plan.js';

export interface HostileInput {
  readonly id: string;
  readonly description: string;
  readonly build: () => string;
  readonly bound: number;
  readonly refused?: boolean;
  /** Options for validating the input (not the baseline), such as a configured phrase list. */
  readonly options?: LintOptions;
}

/** The realistic plan an input is measured against: the same size, or 1 MB for a refused one. */
export const baselineFor = (input: HostileInput, text: string): string =>
  syntheticPlan(input.refused ? 1_000_000 : text.length);

export interface Measurement {
  readonly inputMs: number;
  readonly baselineMs: number;
  readonly result?: LintResult;
  readonly error?: unknown;
}

/** Validates the baseline, then the input, once each (interleaved, so a busy moment hits both). */
export function measureOnce(text: string, baselineText: string, options?: LintOptions): Measurement {
  let start = performance.now();
  lintPlan(baselineText);
  const baselineMs = performance.now() - start;
  start = performance.now();
  let outcome: { result?: LintResult; error?: unknown };
  try {
    outcome = { result: lintPlan(text, options) };
  } catch (error) {
    outcome = { error };
  }
  return { inputMs: performance.now() - start, baselineMs, ...outcome };
}

/** A plan with the living sections, and `body` as the section `section`. */
export const planWith = (body: string, section = 'Context and Orientation'): string =>
  [
    '# Hostile input',
    '',
    'This ExecPlan is a living document.',
    '',
    '## Purpose / Big Picture',
    '',
    'Run `npm test` and expect `1 passed`.',
    '',
    `## ${section}`,
    '',
    body,
    '',
    '## Decision Log',
    '',
    'None yet.',
    '',
  ].join('\n');

const times = (n: number, f: (i: number) => string, separator = '\n'): string =>
  Array.from({ length: n }, (_, i) => f(i)).join(separator);

/**
 * Every built-in phrase with the last letter of each word after the first changed ("should worq
 * correctlq"), or of its only word ("TBq"): text that starts to match everywhere and never does.
 */
function phraseNearMisses(count: number): string {
  const phrases = RULES.flatMap((rule) => ('phrases' in rule ? (rule.phrases as readonly string[]) : []));
  const miss = (word: string): string => word.replace(/\p{L}(?=\P{L}*$)/u, (letter) => (letter === 'q' ? 'z' : 'q'));
  const near = phrases.map((phrase) => {
    const [first, ...rest] = phrase.split(' ');
    return rest.length ? [first, ...rest.map(miss)].join(' ') : miss(first);
  });
  return times(count, (i) => near[i % near.length], ' ');
}

const SPACES = ' '.repeat(100_000);

/** Three lines of HTML that hold a heading: the cut before `## x` is refused by the parse. */
const HTML_PREFIX = '<div>\n## x\n</div>\n\n';
/** A fence in a list item, closed by the end of the item: a scanner that reads it as open never cuts. */
const LIST_FENCE_PREFIX = '- a\n  ```\n## x\n\n';
/** 5,000 phrases configured for `placeholder`, as a team with a long list of its own might. */
const LARGE_PHRASE_LIST: LintOptions = {
  settings: parseConfig(
    JSON.stringify({ phrases: { placeholder: times(5000, (i) => `pending decision number ${i}`).split('\n') } }),
    '.execplan.json',
  ),
};

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  {
    id: 'nested-lists',
    description: 'lists nested 5,000 levels deep',
    build: () => planWith(times(5000, (i) => `${'  '.repeat(i)}- level ${i}`)),
    bound: 1,
    refused: true,
  },
  {
    id: 'nested-list-markers',
    description: '5,000 list markers on one line',
    build: () => planWith('- '.repeat(5000) + 'deep'),
    bound: 1,
    refused: true,
  },
  {
    id: 'nested-quotes',
    description: 'block quotes nested 10,000 deep',
    build: () => planWith('>'.repeat(10_000) + ' deep'),
    bound: 1,
    refused: true,
  },
  {
    id: 'unclosed-links',
    description: '50,000 unclosed links `[a](` in one paragraph',
    build: () => planWith('[a]('.repeat(50_000) + ' TBD'),
    bound: 3,
  },
  {
    id: 'unclosed-links-lines',
    description: '50,000 lines of `[a](` in one paragraph',
    build: () => planWith('[a](\n'.repeat(50_000) + 'TBD'),
    // Linear (8.5 to 9 µs a line from 12,500 to 100,000 lines), but three markers in every five
    // characters make many more tokens per byte than prose.
    bound: 6,
  },
  {
    id: 'emphasis',
    description: '100,000 `*a` in one paragraph',
    build: () => planWith('*a'.repeat(100_000) + ' TBD'),
    bound: 3,
  },
  {
    id: 'one-mb-line',
    description: 'one line of 1 MB',
    build: () => planWith('word '.repeat(200_000) + 'TBD'),
    bound: 2,
  },
  {
    id: 'backticks',
    description: '100,000 backticks in a row, inside a paragraph',
    build: () => planWith('x ' + '`'.repeat(100_000) + ' TBD'),
    bound: 2,
  },
  {
    id: 'backtick-fence',
    description: 'a line of 100,000 backticks, which opens a code block that is never closed',
    build: () => planWith('`'.repeat(100_000) + '\nTBD'),
    bound: 2,
  },
  {
    id: 'backtick-runs',
    description: '450 unmatched runs of backticks, each of another length',
    build: () => planWith(times(450, (i) => '`'.repeat(i + 1), 'a') + ' TBD'),
    bound: 2,
  },
  {
    id: 'checked-items',
    description: '50,000 checked Progress items',
    build: () =>
      planWith(
        times(50_000, (i) => `- [x] (2026-01-01 10:00Z) Step ${i} done.`),
        'Progress',
      ),
    bound: 4,
  },
  {
    id: 'headings',
    description: '10,000 headings',
    build: () =>
      planWith(
        times(10_000, (i) => `## Milestone ${i}\n\nText ${i}.\n`),
        'Milestones',
      ),
    bound: 6,
  },
  {
    id: 'phrase-near-misses',
    description: '100,000 near-misses of every built-in phrase',
    build: () => planWith(phraseNearMisses(100_000) + ' TBD'),
    bound: 2,
  },
  {
    id: 'unclosed-comments',
    description: '100,000 unclosed `<!--` in a paragraph',
    build: () => planWith('a ' + '<!-- '.repeat(100_000) + 'TBD'),
    bound: 4,
  },
  {
    id: 'comments-then-text',
    description: '2,000 HTML comments followed by text in one HTML block',
    build: () => planWith('<!-- a -->'.repeat(2000) + 'x\n\nTBD'),
    bound: 2,
  },
  {
    id: 'table',
    description: 'a table of 100,000 rows',
    build: () => planWith('| a | b |\n| - | - |\n' + '| x | y |\n'.repeat(100_000) + '| TBD | z |'),
    bound: 4,
  },
  {
    id: 'spaces-in-control-comment',
    description: '100,000 spaces inside a control comment',
    build: () => planWith(`<!-- execplan-disable placeholder x${SPACES}y -->\n\nTBD`),
    bound: 2,
  },
  {
    id: 'spaces-in-progress-item',
    description: 'a Progress item of 25,000 "(completed: a" and 100,000 spaces',
    build: () => planWith(`- [ ] Step ${'(completed: a '.repeat(25_000)}${SPACES}; remaining: b)`, 'Progress'),
    bound: 2,
  },
  {
    id: 'spaces-in-entry',
    description: 'a Decision Log item of "None" and 100,000 spaces',
    build: () => planWith(`- None${SPACES}x`, 'Decision Log'),
    bound: 2,
  },
  {
    id: 'spaces-in-outcomes',
    description: 'an Outcomes & Retrospective of 100,000 spaces and dots between words',
    build: () =>
      planWith(
        `- [x] (2026-01-01 10:00Z) Done.\n\n## Outcomes & Retrospective\n\na${' .'.repeat(50_000)}b`,
        'Progress',
      ),
    bound: 2,
  },
  {
    id: 'parentheses-on-one-line',
    description: '100,000 opening parentheses on one line',
    build: () => planWith('x' + ' (a'.repeat(100_000) + ' TBD'),
    bound: 2,
  },
  {
    id: 'one-section-5mb',
    description: 'a 5 MB plan in one section, 25,000 paragraphs',
    build: () =>
      planWith(
        times(25_000, (i) => `Paragraph ${i} says what step ${i} does, and why. `.repeat(4), '\n\n') + '\n\nTBD',
      ),
    bound: 2,
  },
  {
    id: 'one-paragraph-5mb',
    description: 'a 5 MB plan in one paragraph of 25,000 lines',
    build: () => planWith(times(25_000, (i) => `Line ${i} says what step ${i} does, and why. `.repeat(4)) + '\nTBD'),
    bound: 2,
  },
  {
    id: 'html-prefix',
    description: '`<div>`, `## x`, `</div>` at the top, then 50,000 lines of `[a](`',
    build: () => planWith(HTML_PREFIX + '[a](\n'.repeat(50_000) + 'TBD'),
    bound: 6,
  },
  {
    id: 'list-fence-prefix',
    description: 'a fence in a list item ended by a heading, then 50,000 lines of `[a](`',
    build: () => planWith(LIST_FENCE_PREFIX + '[a](\n'.repeat(50_000) + 'TBD'),
    bound: 6,
  },
  {
    id: 'refused-cuts',
    description: 'one HTML block of 5,000 headings (5,000 refused cuts), then 20,000 lines of `[a](`',
    build: () => planWith('<div>\n## x\n'.repeat(5000) + '</div>\n\n' + '[a](\n'.repeat(20_000) + 'TBD'),
    bound: 8,
  },
  {
    id: 'phrase-storm',
    description: '`TBD ` 100,000 times in one paragraph',
    build: () => planWith('TBD '.repeat(100_000)),
    bound: 2,
  },
  {
    id: 'phrase-storm-long',
    description: '`should work ` 100,000 times in one paragraph (a phrase whose finding depends on the paragraph)',
    build: () => planWith('should work '.repeat(100_000)),
    bound: 2,
  },
  {
    id: 'large-phrase-list',
    description: 'a 1 MB plan validated with 5,000 configured phrases',
    build: () => syntheticPlan(1_000_000) + '\npending decision number 4999\n',
    bound: 2,
    options: LARGE_PHRASE_LIST,
  },
  {
    id: 'deep-lists-within-limits',
    description: '250 lines of 90 nested list markers (the limit is 100)',
    build: () => planWith(times(250, () => '- '.repeat(90) + 'x') + '\n\nTBD'),
    // Linear (about 5 ms a line from 250 to 2,000 lines), but every two characters open a list:
    // about 20 syntax-tree nodes for each node of prose of the same size. Measured 11.7 on a quiet
    // machine and 19.5 with both cores busy: the bound leaves room for that, and a quadratic parse
    // (hundreds of times) would still fail it.
    bound: 24,
  },
  {
    id: 'deep-quotes-within-limits',
    description: '2,000 lines of block quotes nested 90 deep',
    build: () => planWith(times(2000, () => '>'.repeat(90) + ' x') + '\n\nTBD'),
    bound: 6,
  },
];
