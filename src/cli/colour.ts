/**
 * Whether to colour the output, as the usual libraries decide (supports-color, Node's
 * `tty.hasColors`): `FORCE_COLOR` wins (any value but `0` or `false` turns colour on, even when
 * the output is not a terminal, as in CI logs); otherwise a non-empty `NO_COLOR`
 * (https://no-color.org) turns it off; otherwise colour when the output is a terminal that is
 * not `TERM=dumb`.
 */
export function useColour(env: Readonly<Record<string, string | undefined>>, isTty: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTty && env.TERM !== 'dumb';
}
