import picomatch from 'picomatch';

/**
 * The one test of "is this path a plan" for every mode of the action and for the CLI: a path is
 * a plan when it matches one of the globs and none of the negated ones (`!.plans/archive/**`),
 * whatever their order, as the workspace listing (tinyglobby's `ignore`) has always read them.
 * Given to picomatch as one list, a negated glob matched every path that it did not name.
 */
export function planMatcher(globs: readonly string[]): (path: string) => boolean {
  const positive = globs.filter((g) => !g.startsWith('!'));
  const negative = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  const include = positive.length ? picomatch(positive, { dot: true }) : () => false;
  const exclude = negative.length ? picomatch(negative, { dot: true }) : () => false;
  return (path) => include(path) && !exclude(path);
}

/** The folder a glob's matches are all under (`.plans` for `.plans/**\/*.md`), or `` for any. */
export function globBase(glob: string): string {
  return picomatch.scan(glob).base;
}

/**
 * Whether an argument is a glob rather than a path: tinyglobby's `isDynamicPattern`, which is
 * this very test, without loading tinyglobby (and its walker) for it.
 */
export function isDynamicPattern(pattern: string): boolean {
  const scan = picomatch.scan(pattern);
  return scan.isGlob || scan.negated;
}
