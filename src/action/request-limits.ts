import type { Annotation } from './github.js';

/**
 * Limits on what one run asks of GitHub (issue 10, item 2), so that a hostile plan cannot use up
 * the token's hourly budget (a 250 KB plan of `TBD` lines made about 1,000 check-run updates),
 * nor a server that never answers or a `Link: next` that loops hold the job for long.
 */
/** Annotations sent to the check run: 20 requests of 50. The job summary and report have all. */
export const MAX_CHECK_ANNOTATIONS = 1000;
/** Each request's time limit; a retried request gets it again each time. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** Pages read of one list (100 items each): a files list has at most 30, comments rarely more. */
export const MAX_PAGES = 100;

const rank = (a: Annotation): number =>
  a.annotation_level === 'failure' ? 0 : a.annotation_level === 'warning' ? 1 : 2;

/**
 * The annotations that go to the check run: at most `max`, the most severe first, then in file
 * order and by line (earliest first); and a note of the others and where they are, by plan.
 */
export function capAnnotations(
  annotations: readonly Annotation[],
  max = MAX_CHECK_ANNOTATIONS,
): { sent: Annotation[]; left: number; note: string | undefined } {
  if (annotations.length <= max) return { sent: [...annotations], left: 0, note: undefined };
  const order = new Map<string, number>();
  for (const a of annotations) if (!order.has(a.path)) order.set(a.path, order.size);
  const sorted = [...annotations].sort(
    (a, b) => rank(a) - rank(b) || order.get(a.path)! - order.get(b.path)! || a.start_line - b.start_line,
  );
  const sent = sorted.slice(0, max);
  const leftByPath = new Map<string, number>();
  for (const a of sorted.slice(max)) leftByPath.set(a.path, (leftByPath.get(a.path) ?? 0) + 1);
  const where = [...leftByPath]
    .slice(0, 10)
    .map(([path, n]) => `${path} (${n})`)
    .join(', ');
  const more = leftByPath.size > 10 ? ` and ${leftByPath.size - 10} more plans` : '';
  const left = annotations.length - max;
  const note = `${left} more findings are not annotations of the check run (at most ${max} are sent, errors and the earliest first), in ${where}${more}: the job summary and the JSON report (the \`report\` output) list every finding.`;
  return { sent, left, note };
}

/** A `fetch` that gives up on a request after `ms` (the default fetch waits for as long as the server). */
export function fetchWithTimeout(ms = REQUEST_TIMEOUT_MS): typeof fetch {
  return (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(ms) });
}

/**
 * Counts the pages read of each list (the same path and query but `page`); past `max`, the
 * request fails with a clear error instead of following a `Link: next` that loops forever.
 */
export function pageCounter(max = MAX_PAGES): (method: string, url: string) => void {
  const pages = new Map<string, number>();
  return (method, url) => {
    if (method !== 'GET') return;
    const parsed = new URL(url, 'https://api.github.com');
    parsed.searchParams.delete('page');
    const key = `${parsed.pathname}?${parsed.searchParams}`;
    const n = (pages.get(key) ?? 0) + 1;
    pages.set(key, n);
    if (n > max)
      throw new Error(
        `GitHub's list ${parsed.pathname} went on past ${max} pages (its Link: next may loop); stopped reading it.`,
      );
  };
}

/** GitHub shows at most this many error, and as many warning, annotations of one step. */
export const STEP_ANNOTATIONS_SHOWN = 10;

/**
 * When findings go out as workflow commands (no check run, as on a fork), GitHub shows only the
 * first 10 errors and 10 warnings of the step as annotations: say how many more are only in the
 * log and the job summary (issue 10, item 12).
 */
export function workflowAnnotationNote(levels: readonly Annotation['annotation_level'][]): string | undefined {
  const errors = levels.filter((l) => l === 'failure').length;
  const warnings = levels.length - errors;
  const hidden = Math.max(0, errors - STEP_ANNOTATIONS_SHOWN) + Math.max(0, warnings - STEP_ANNOTATIONS_SHOWN);
  if (!hidden) return undefined;
  return `${levels.length} findings were written as workflow-command annotations, but GitHub shows at most ${STEP_ANNOTATIONS_SHOWN} errors and ${STEP_ANNOTATIONS_SHOWN} warnings of a step as annotations: ${hidden} are only in the log and in the job summary.`;
}
