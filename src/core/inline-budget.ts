import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

/**
 * How many emphasis, link, image and code-span markers (runs of `*`, `_`, `[`, `]`, `!`, backticks) one paragraph, heading or table cell may
 * use before the rest of its markers are read as plain text.
 *
 * micromark, the parser under remark-parse, pairs these markers by walking back over everything
 * before them in the same paragraph, so its time grows with the square of their number: 100,000
 * `*a` in one paragraph take over three minutes, 50,000 unclosed links `[a](` 17 s. Past this
 * budget a marker is plain text, so a paragraph costs at most the budget times its length. The
 * most any corpus plan uses in one paragraph is far below it (see `__tests__/adversarial.test.ts`);
 * text stays text, so every phrase and placeholder is still found, only emphasis and links that
 * late in such a paragraph are not recognised.
 */
export const INLINE_MARKER_BUDGET = 400;

const ASTERISK = 42;
const UNDERSCORE = 95;
const LEFT_BRACKET = 91;
const RIGHT_BRACKET = 93;
const EXCLAMATION = 33;
const BACKTICK = 96;

/**
 * Per paragraph (keyed by its tokenizer's own `containerState` object): markers seen, and runs of
 * backticks that opened no code span. An unmatched run makes the parser read to the paragraph's
 * end looking for its closing run, so these get a smaller budget of their own.
 */
interface Spent {
  markers: number;
  unmatchedBackticks: number;
}
const spentBy = new WeakMap<object, Spent>();
export const UNMATCHED_BACKTICK_BUDGET = 16;

function spentIn(context: TokenizeContext): Spent {
  const key = context.containerState ?? context;
  let spent = spentBy.get(key);
  if (!spent) spentBy.set(key, (spent = { markers: 0, unmatchedBackticks: 0 }));
  return spent;
}

function tokenizeOverBudget(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const spent = spentIn(this);
  let marker: Code = null;

  const start: State = (code) => {
    const overBudget =
      spent.markers >= INLINE_MARKER_BUDGET ||
      (code === BACKTICK && spent.unmatchedBackticks >= UNMATCHED_BACKTICK_BUDGET);
    if (!overBudget) {
      spent.markers++;
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

/** Tried after the code span construct: reached only when a run of backticks opened none. */
function tokenizeUnmatchedBackticks(this: TokenizeContext, _effects: Effects, _ok: State, nok: State): State {
  const spent = spentIn(this);
  return (code) => {
    spent.unmatchedBackticks++;
    return nok(code);
  };
}

const overBudget: Construct = { name: 'execplanInlineBudget', tokenize: tokenizeOverBudget };
const unmatchedBackticks: Construct = {
  name: 'execplanUnmatchedBackticks',
  tokenize: tokenizeUnmatchedBackticks,
  add: 'after',
};

/** A micromark extension that reads markers past their budget in one paragraph as text. */
export function inlineBudget(): Extension {
  return {
    text: {
      [ASTERISK]: overBudget,
      [UNDERSCORE]: overBudget,
      [LEFT_BRACKET]: overBudget,
      [RIGHT_BRACKET]: overBudget,
      [EXCLAMATION]: overBudget,
      [BACKTICK]: [overBudget, unmatchedBackticks],
    },
  };
}
