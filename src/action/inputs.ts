/** The action's inputs (see `action.yml`), read through a getter so that they can be tested. */
export type FailOn = 'error' | 'warning' | 'never';
export type CommentMode = 'changes' | 'always' | 'off';
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
  readonly suggestions: SuggestionsMode;
}

export class InputError extends Error {}

const oneOf = <T extends string>(name: string, value: string, allowed: readonly T[]): T => {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`input "${name}" is "${value}"; use one of: ${allowed.join(', ')}.`);
};

export function readInputs(get: (name: string) => string): ActionInputs {
  const value = (name: string, fallback: string): string => get(name).trim() || fallback;
  const strict = value('strict', 'false').toLowerCase();
  if (!['true', 'false'].includes(strict)) throw new InputError(`input "strict" is "${strict}"; use true or false.`);
  const plans = value('plans', '.plans/**/*.md')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    token: get('token').trim(),
    plans,
    strict: strict === 'true',
    failOn: oneOf('fail-on', value('fail-on', 'error'), ['error', 'warning', 'never']),
    comment: oneOf('comment', value('comment', 'changes'), ['changes', 'always', 'off']),
    checkName: value('check-name', 'ExecPlan'),
    config: get('config').trim() || undefined,
    suggestions: oneOf('suggestions', value('suggestions', 'off'), ['off', 'on']),
  };
}
