/** The action's inputs (see `action.yml`), read through a getter so that they can be tested. */
export type FailOn = 'error' | 'warning' | 'never';
export type CommentMode = 'changes' | 'always' | 'off';
export type StalePlansMode = 'comment' | 'off';
/** `on`: fixable new findings on changed lines become one review with suggestion blocks (`suggestions.ts`). */
export type SuggestionsMode = 'off' | 'on';

export interface ActionInputs {
  readonly token: string;
  readonly plans: readonly string[];
  readonly strict: boolean;
  readonly failOn: FailOn;
  readonly comment: CommentMode;
  readonly checkName: string;
  readonly config: string | undefined;
  /** `fail-on` counts only the findings new in this change. */
  readonly onlyNew: boolean;
  /** Days since the last completion after which a plan with items left is called stalled. */
  readonly staleAfter: number;
  readonly stalePlans: StalePlansMode;
  readonly suggestions: SuggestionsMode;
}

export class InputError extends Error {}

const oneOf = <T extends string>(name: string, value: string, allowed: readonly T[]): T => {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`input "${name}" is "${value}"; use one of: ${allowed.join(', ')}.`);
};

const yesNo = (name: string, value: string): boolean => {
  const v = value.toLowerCase();
  if (!['true', 'false'].includes(v)) throw new InputError(`input "${name}" is "${value}"; use true or false.`);
  return v === 'true';
};

const days = (name: string, value: string): number => {
  const n = Number(value);
  if (!/^\d+(?:\.\d+)?$/.test(value) || !Number.isFinite(n) || n <= 0)
    throw new InputError(`input "${name}" is "${value}"; use a number of days greater than 0, e.g. 14.`);
  return n;
};

export function readInputs(get: (name: string) => string): ActionInputs {
  const value = (name: string, fallback: string): string => get(name).trim() || fallback;
  const strict = yesNo('strict', value('strict', 'false'));
  const plans = value('plans', '.plans/**/*.md')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    token: get('token').trim(),
    plans,
    strict,
    failOn: oneOf('fail-on', value('fail-on', 'error'), ['error', 'warning', 'never']),
    comment: oneOf('comment', value('comment', 'changes'), ['changes', 'always', 'off']),
    checkName: value('check-name', 'ExecPlan'),
    config: get('config').trim() || undefined,
    onlyNew: yesNo('only-new', value('only-new', 'false')),
    staleAfter: days('stale-after', value('stale-after', '14')),
    stalePlans: oneOf('stale-plans', value('stale-plans', 'comment'), ['comment', 'off']),
    suggestions: oneOf('suggestions', value('suggestions', 'off'), ['off', 'on']),
  };
}
