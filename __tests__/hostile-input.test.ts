import type { LintResult } from '../src/core/lint.js';
import { PlanLimitError } from '../src/core/limits.js';
import { INLINE_MARKER_BUDGET } from '../src/core/inline-budget.js';
import { DEFAULT_MAX_PIECE_SIZE, parseMarkdown, walk } from '../src/core/markdown.js';
import { parsePlan } from '../src/core/plan.js';
import { summariseProgress } from '../src/core/progress.js';
import {
  baselineFor,
  countAt,
  cpuClock,
  HOSTILE_INPUTS,
  LAST_CONFIGURED_PHRASE,
  lintTimed,
  planWith,
  type HostileInput,
  type Timed,
} from '../scripts/hostile-inputs.js';

/**
 * Each hostile input (see `scripts/hostile-inputs.ts`) is validated at two sizes, counts `n` and
 * `4n` of its hostile part, smaller than its full size (which `npm run bench:hostile` measures),
 * so that the file takes seconds rather than minutes. At these sizes a path that is quadratic
 * might still fit within the input's bound, so what shows the input linear is how its time grows.
 * Two things must hold, in processor time:
 *
 * - at `4n`, the input costs at most its `bound` times validating a realistic plan of the same
 *   size, measured just before it (for a refused input, measured at one size: a realistic plan of
 *   1 MB at the same scale);
 * - from `n` to `4n`, its time grows at most `MAX_GROWTH` times as fast as its text: at most 6.8
 *   times (2.6 times for each doubling). A linear path grows 4 times, a quadratic one 16 times:
 *   the test fails once a quadratic part takes about a quarter of the time at `n`.
 *
 * While either fails, the measurements are taken again, up to `RETRIES` times, and the fastest of
 * each counts, so that a busy moment of the machine does not fail the test. Each time the small
 * size is measured twice before the large one and twice after it: its first run may be slow (code
 * not yet optimised, or collecting what the run before left), which would hide growth; the large
 * size is measured twice.
 */
const MAX_GROWTH = 1.7;
const RETRIES = 6;
/**
 * The scale of the larger size (1: full size) for inputs without a `testScale`: 2.5% to 10% of
 * full size for inputs that are costly at full size, up to full size for cheap ones, so that fixed
 * costs do not hide how an input grows (see each input's `testScale`).
 */
const TEST_SCALE = 0.05;

/** What must hold of each input's outcome beyond its time: the text after the hostile part was read. */
const placeholderOnLastLine = (text: string, result: LintResult): void => {
  const lastLine = text.split('\n').findLastIndex((line) => line.includes('TBD')) + 1;
  expect(result.findings.some((f) => f.ruleId === 'placeholder' && f.line === lastLine)).toBe(true);
};
/**
 * Long text after a refused cut is still cut into pieces: no top-level paragraph is longer than a
 * piece may be. A whole parse of it is quadratic, but only far above the test's sizes.
 */
const cutIntoPieces = (text: string, result: LintResult): void => {
  placeholderOnLastLine(text, result);
  const paragraphs = result.plan.root.children.filter((node) => node.type === 'paragraph');
  const longest = Math.max(...paragraphs.map((node) => node.position!.end.offset! - node.position!.start.offset!));
  expect(longest).toBeLessThanOrEqual(DEFAULT_MAX_PIECE_SIZE);
};
/** `n` is the count of the input's hostile part that `text` was built with. */
const checks: Record<string, (text: string, result: LintResult, n: number) => void> = {
  'unclosed-links': placeholderOnLastLine,
  'unclosed-links-lines': cutIntoPieces,
  emphasis: placeholderOnLastLine,
  'one-mb-line': (text, result) => {
    const finding = result.findings.find((f) => f.ruleId === 'placeholder');
    expect(finding?.column).toBe(text.split('\n')[10].indexOf('TBD') + 1);
  },
  backticks: placeholderOnLastLine,
  'backtick-fence': (_text, result) => {
    // A fence never closed runs to the end: the rest of the plan is code, as GitHub shows it.
    expect(result.findings.some((f) => f.ruleId === 'fenced-code' && f.line === 11)).toBe(true);
    expect(result.findings.some((f) => f.ruleId === 'placeholder')).toBe(false);
  },
  'backtick-runs': placeholderOnLastLine,
  'checked-items': (_text, result, n) => {
    const progress = summariseProgress(result.plan);
    expect([progress.total, progress.completed]).toEqual([n, n]);
  },
  headings: (_text, result, n) => {
    expect(result.findings.filter((f) => f.ruleId === 'milestone-acceptance')).toHaveLength(n);
  },
  'phrase-near-misses': (text, result) => {
    // Near-misses are not phrases: the only phrase finding is the real placeholder at the end.
    const phraseFindings = result.findings.filter((f) =>
      ['placeholder', 'vague-acceptance', 'vague-instruction', 'external-reference', 'outsourced-decision'].includes(
        f.ruleId,
      ),
    );
    expect(phraseFindings.map((f) => f.ruleId)).toEqual(['placeholder']);
    placeholderOnLastLine(text, result);
  },
  'unclosed-comments': placeholderOnLastLine,
  'comments-then-text': placeholderOnLastLine,
  table: placeholderOnLastLine,
  'spaces-in-control-comment': (_text, result) => {
    expect(result.findings.filter((f) => f.ruleId === 'placeholder')).toEqual([]);
  },
  'spaces-in-progress-item': (_text, result) => {
    const [item] = summariseProgress(result.plan).items;
    expect([item.status, item.remaining]).toEqual(['partial', 'b']);
  },
  'spaces-in-entry': (_text, result) => {
    expect(result.findings.some((f) => f.ruleId === 'decision-entry')).toBe(true);
  },
  'spaces-in-outcomes': (_text, result) => {
    expect(result.findings.some((f) => f.ruleId === 'outcomes-when-done')).toBe(false);
  },
  'parentheses-on-one-line': placeholderOnLastLine,
  'one-section-5mb': placeholderOnLastLine,
  'one-paragraph-5mb': placeholderOnLastLine,
  'html-prefix': cutIntoPieces,
  'list-fence-prefix': cutIntoPieces,
  'refused-cuts': cutIntoPieces,
  'phrase-storm': (_text, result, n) => {
    expect(result.findings.filter((f) => f.ruleId === 'placeholder')).toHaveLength(n);
  },
  'phrase-storm-long': (_text, result, n) => {
    expect(result.findings.filter((f) => f.ruleId === 'vague-acceptance')).toHaveLength(n);
  },
  'large-phrase-list': (text, result) => {
    const line = text.split('\n').indexOf(LAST_CONFIGURED_PHRASE) + 1;
    expect(result.findings.some((f) => f.ruleId === 'placeholder' && f.line === line)).toBe(true);
  },
  'deep-lists-within-limits': placeholderOnLastLine,
  'deep-quotes-within-limits': placeholderOnLastLine,
};

/** The two sizes an input is measured at (one for a refused input). */
function sizesOf(input: HostileInput) {
  const scale = input.testScale ?? TEST_SCALE;
  const sized = (n: number) => {
    const text = input.build(n);
    return { n, text, baselineText: baselineFor(input, text, scale) };
  };
  const large = sized(countAt(input, scale));
  return { large, small: input.refused ? large : sized(Math.max(1, Math.round(large.n / 4))) };
}

describe('hostile input is validated or refused within its bound, and its time grows linearly', () => {
  test('every input has a check of its outcome', () => {
    const unchecked = HOSTILE_INPUTS.filter((input) => !input.refused && !checks[input.id]).map((input) => input.id);
    expect(unchecked).toEqual([]);
  });

  test.each(HOSTILE_INPUTS.map((input) => [input.id, input] as const))('%s', (_id, input) => {
    const { small, large } = sizesOf(input);
    let [ratio, largeMs, smallMs] = [Infinity, Infinity, Infinity];
    let largeRun: Timed | undefined;
    let smallRuns: Timed[] = [];
    // How much faster than its text the input's time grows from the small size to the large one
    // (not a number until both are measured).
    const growth = (): number => (input.refused ? 0 : largeMs / smallMs / (large.text.length / small.text.length));
    const ratioHolds = (): boolean => ratio <= input.bound;
    const growthHolds = (): boolean => growth() <= MAX_GROWTH;
    const timeSmall = (): void => {
      smallRuns = [0, 1].map(() => lintTimed(small.text, input.options, cpuClock));
      smallMs = Math.min(smallMs, ...smallRuns.map((run) => run.ms));
    };
    for (let attempt = 0; attempt <= RETRIES && !(ratioHolds() && growthHolds()); attempt++) {
      // The baseline while the ratio fails, just before the input (so that a busy moment hits
      // both); the small size while the growth fails.
      const [measureBaseline, measureSmall] = [!ratioHolds(), !growthHolds()];
      if (measureSmall && !input.refused) timeSmall();
      const baselineMs = measureBaseline ? lintTimed(large.baselineText, undefined, cpuClock).ms : NaN;
      // Twice, as the small size is: one slow moment in a single run failed fresh clones' CI.
      const largeRuns = [0, 1].map(() => lintTimed(large.text, input.options, cpuClock));
      largeRun = largeRuns[0];
      largeMs = Math.min(largeMs, ...largeRuns.map((run) => run.ms));
      if (measureBaseline) ratio = Math.min(ratio, largeRun.ms / baselineMs);
      if (measureSmall && !input.refused) timeSmall();
    }
    expect(ratio).toBeLessThanOrEqual(input.bound);
    expect(growth()).toBeLessThanOrEqual(MAX_GROWTH);

    if (!largeRun) throw new Error('not measured');
    if (input.refused) {
      expect(largeRun.error).toBeInstanceOf(PlanLimitError);
      expect((largeRun.error as PlanLimitError).message).toMatch(/^line \d+ /);
    } else {
      expect(largeRun.error).toBeUndefined();
      checks[input.id](large.text, largeRun.result!, large.n);
      const [first, second] = smallRuns;
      expect(first.error).toBeUndefined();
      checks[input.id](small.text, first.result!, small.n);
      // Deterministic: the same findings again.
      expect(second.result!.findings).toEqual(first.result!.findings);
    }
  });
});

describe('the budget on inline markers', () => {
  test('a paragraph within the budget is parsed as usual; past it, markers are text and the text is kept', () => {
    const spans = 1000;
    const text = planWith(Array.from({ length: spans }, (_, i) => `*e${i}*`).join(' '));
    const emphasis: string[] = [];
    let words = '';
    walk(parseMarkdown(text), (node) => {
      if (node.type === 'emphasis') emphasis.push(node.position!.start.offset!.toString());
      if (node.type === 'text') words += node.value;
    });
    // Each emphasis uses two markers: the budget allows half as many spans.
    expect(emphasis).toHaveLength(INLINE_MARKER_BUDGET / 2);
    for (let i = 0; i < spans; i++) expect(words).toContain(`e${i}`);
  });

  test('each paragraph has its own budget', () => {
    const paragraph = Array.from({ length: INLINE_MARKER_BUDGET / 2 }, (_, i) => `*e${i}*`).join(' ');
    let emphasis = 0;
    walk(parsePlan(planWith(`${paragraph}\n\n${paragraph}`)).root, (node) => {
      if (node.type === 'emphasis') emphasis++;
    });
    expect(emphasis).toBe(INLINE_MARKER_BUDGET);
  });
});
