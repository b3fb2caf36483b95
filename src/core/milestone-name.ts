import { UnicodeRegExp } from './unicode-regexp.js';

/**
 * The milestone a Progress item names, in any of the ways real plans write it at the start of an
 * item: `Milestone 3: …`, `Milestone 3 follow-up: …`, `Milestone 3 complete — …`,
 * `**Milestone 2**: …`, `[Milestone 1] …`, `M4 complete: …`, `Phase 2 complete: …`. The name is
 * normalised (`Milestone 3`, `Phase 2`; `M4` reads as `Milestone 4`), so that every item of one
 * milestone counts together however it is phrased. An item that only mentions a milestone later
 * (`Fix the bug found in Milestone 2`) names none.
 */
// Before the name: white space, dashes (`–`, `—`), colons (`:`, `：`), `·`, emphasis and brackets.
const NAMED = new UnicodeRegExp(
  String.raw`^[\s\-\u2013\u2014:\uFF1A\u00B7*_[(]*(milestone|phase|stage)\s+(\d+(?:\.\d+)*[a-z]?|[ivx]{1,5}|[a-z])(?![\p{L}\p{N}])`,
  'iu',
);
const SHORT = new UnicodeRegExp(
  String.raw`^[\s\-\u2013\u2014:\uFF1A\u00B7*_[(]*m(\d+(?:\.\d+)*)(?![\p{L}\p{N}])`,
  'iu',
);

// What each expression needs somewhere in the text, tried first: the two are among the costliest
// of a run to compile, and most items name no milestone. `ſ` is an `s` to the `iu` expressions.
const MAY_NAME = /mile[sſ]tone|pha[sſ]e|[sſ]tage/i;
const MAY_NAME_SHORT = /m\d/i;

export function milestoneOf(text: string): string | undefined {
  const named = MAY_NAME.test(text) ? NAMED.exec(text) : null;
  if (named) {
    const kind = named[1].toLowerCase();
    const id = /^\d/.test(named[2]) ? named[2] : named[2].toUpperCase();
    return `${kind.charAt(0).toUpperCase()}${kind.slice(1)} ${id}`;
  }
  const short = MAY_NAME_SHORT.test(text) ? SHORT.exec(text) : null;
  if (short) return `Milestone ${short[1]}`;
  return undefined;
}
