import type { ProgressDigest } from '../core/result.js';

/** The most points a chart shows; longer histories are grouped by week, then by month. */
const MAX_POINTS = 30;

export interface ChartPoint {
  readonly label: string;
  /** Dated completions up to and including this point. */
  readonly done: number;
}

/** Cumulative dated completions by day (or week, or month, when there are many days). */
export function chartPoints(completions: ProgressDigest['completions']): ChartPoint[] {
  const days = completions ?? [];
  const group = (key: (date: string) => string): ChartPoint[] => {
    const points: ChartPoint[] = [];
    let done = 0;
    for (const { date, count } of days) {
      done += count;
      const label = key(date);
      if (points.length && points[points.length - 1].label === label) points[points.length - 1] = { label, done };
      else points.push({ label, done });
    }
    return points;
  };
  const byDay = group((d) => d);
  if (byDay.length <= MAX_POINTS) return byDay;
  const byWeek = group((d) => {
    const ms = Date.parse(`${d}T00:00:00Z`);
    const monday = new Date(ms - ((new Date(ms).getUTCDay() + 6) % 7) * 86_400_000);
    return `w/c ${monday.toISOString().slice(0, 10)}`;
  });
  if (byWeek.length <= MAX_POINTS) return byWeek;
  return group((d) => d.slice(0, 7)).slice(-MAX_POINTS);
}

/**
 * A Mermaid line chart of completions over time (GitHub renders Mermaid code blocks in comments),
 * with the same figures as one line of text for clients that do not render it. Empty when fewer
 * than two points would be drawn.
 */
export function paceChart(progress: ProgressDigest | undefined): string[] {
  const points = chartPoints(progress?.completions);
  if (points.length < 2) return [];
  const top = Math.max(progress?.total ?? 0, points[points.length - 1].done);
  const labels = points.map((p) => `"${p.label.replace(/^\d{4}-/, '').replace(/"/g, '')}"`).join(', ');
  const text = points.map((p) => `${p.label}: ${p.done}`).join(' · ');
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Items done (dated), cumulative"',
    `  x-axis [${labels}]`,
    `  y-axis "done" 0 --> ${top}`,
    `  line [${points.map((p) => p.done).join(', ')}]`,
    '```',
    '',
    `<sub>Done by date (cumulative, of ${top}): ${text}</sub>`,
    '',
  ];
}
