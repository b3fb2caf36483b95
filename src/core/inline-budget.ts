import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

/**
 * How many emphasis, link, image and code-span markers (runs of `*`, `_`, `[`, `]`, `!`,
 * backticks) one paragraph, heading or table cell may use before the rest of its markers are
 * read as plain text.
 *
 * micromark, the parser under remark-parse, pairs these markers by walking back over everything
 * before them in the same paragraph, so its time grows with the square of their number: 100,000
 * `*a` in one paragraph take over three minutes, 50,000 unclosed links `[a](` 17 s. Past this
 * budget a marker is plain text, so a paragraph costs at most the budget times its length. The
 * most any corpus plan uses in one paragraph is under a hundred (see `.plans/hostile-input.md`);
 * text stays text, so every phrase and placeholder is still found, only emphasis and links that
 * late in such a paragraph are not recognised.
 */
export const INLINE_MARKER_BUDGET = 400;

/**
 * How many code spans, inline HTML and link ends (backticks, `<`, `]`) may fail to parse in one
 * paragraph before the rest of these characters are read as text. Each failed attempt reads on,
 * looking for its end, up to the end of the paragraph: 100,000 unclosed `<!--` in a paragraph
 * took twenty minutes.
 */
export const FAILED_ATTEMPT_BUDGET = 32;

const ASTERISK = 42;
const UNDERSCORE = 95;
const LEFT_BRACKET = 91;
const RIGHT_BRACKET = 93;
const EXCLAMATION = 33;
const BACKTICK = 96;
const LESS_THAN = 60;

/** Per paragraph (keyed by its tokenizer's own `containerState` object): what it has spent. */
interface Spent {
  markers: number;
  failedAttempts: number;
}
const spentBy = new WeakMap<object, Spent>();

function spentIn(context: TokenizeContext): Spent {
  const key = context.containerState ?? context;
  let spent = spentBy.get(key);
  if (!spent) spentBy.set(key, (spent = { markers: 0, failedAttempts: 0 }));
  return spent;
}

const canFail = (code: Code): boolean => code === BACKTICK || code === LESS_THAN || code === RIGHT_BRACKET;

function tokenizeOverBudget(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const spent = spentIn(this);
  let marker: Code = null;

  const start: State = (code) => {
    const overBudget =
      (code !== LESS_THAN && spent.markers >= INLINE_MARKER_BUDGET) ||
      (canFail(code) && spent.failedAttempts >= FAILED_ATTEMPT_BUDGET);
    if (!overBudget) {
      if (code !== LESS_THAN) spent.markers++;
      return nok(code);
    }
    marker = code;
    effects.enter('data');
    effects.consume(code);
    return run;
  };
  // The whole run, as the parser would take it: `**` is one marker, and so is a run of backticks.
  const run: State = (code) => {
    if (code === marker) {
      effects.consume(code);
      return run;
    }
    effects.exit('data');
    return ok(code);
  };
  return start;
}

/** Tried after the parser's own constructs for the character: reached only when they all failed. */
function tokenizeFailedAttempt(this: TokenizeContext, _effects: Effects, _ok: State, nok: State): State {
  const spent = spentIn(this);
  return (code) => {
    spent.failedAttempts++;
    return nok(code);
  };
}

const overBudget: Construct = { name: 'execplanInlineBudget', tokenize: tokenizeOverBudget };
const failedAttempt: Construct = { name: 'execplanFailedAttempt', tokenize: tokenizeFailedAttempt, add: 'after' };
/**
 * A backtick right after another (not escaped) is inside a run, where CommonMark tries no code
 * span: micromark's own code-span construct says so with `previous`, and a construct without it
 * would make every backtick of a run a place to try one (three backticks and `f` then read as a
 * literal backtick pair and the code span `f`).
 */
function notInBacktickRun(this: TokenizeContext, code: Code): boolean {
  return code !== BACKTICK || this.events.at(-1)?.[1].type === 'characterEscape';
}
const backtickOverBudget: Construct = { ...overBudget, previous: notInBacktickRun };
const backtickFailedAttempt: Construct = { ...failedAttempt, previous: notInBacktickRun };

/** A micromark extension that reads markers past their budget in one paragraph as text. */
export function inlineBudget(): Extension {
  return {
    text: {
      [ASTERISK]: overBudget,
      [UNDERSCORE]: overBudget,
      [LEFT_BRACKET]: overBudget,
      [RIGHT_BRACKET]: [overBudget, failedAttempt],
      [EXCLAMATION]: overBudget,
      [BACKTICK]: [backtickOverBudget, backtickFailedAttempt],
      [LESS_THAN]: [overBudget, failedAttempt],
    },
  };
}
