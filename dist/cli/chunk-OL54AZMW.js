import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);

// src/core/pace.ts
var DAY = 864e5;
function timestampMs(iso) {
  const withZone = /Z$|[+-]\d{2}:?\d{2}$/.test(iso) ? iso : iso.length === 10 ? `${iso}T00:00:00Z` : `${iso}Z`;
  return Date.parse(withZone);
}
var utcDay = (ms) => Math.floor(ms / DAY);
var dateOf = (day) => new Date(day * DAY).toISOString().slice(0, 10);
function isoDuration(ms) {
  const minutes = Math.floor(Math.max(0, ms) / 6e4);
  const [d, h, m] = [Math.floor(minutes / 1440), Math.floor(minutes % 1440 / 60), minutes % 60];
  const time = `${h ? `${h}H` : ""}${m ? `${m}M` : ""}`;
  if (!d) return `PT${time || "0M"}`;
  return `P${d}D${time ? `T${time}` : ""}`;
}
function paceOf(summary, now) {
  const left = summary.total - summary.completed;
  const stamps = summary.items.filter((i) => i.status === "done" && i.timestamp !== null).map((i) => ({ iso: i.timestamp, ms: timestampMs(i.timestamp) })).filter((s) => Number.isFinite(s.ms));
  if (stamps.length === 0) {
    return {
      firstDone: null,
      lastDone: null,
      perDay: null,
      estimatedDone: null,
      sinceLastDone: null,
      dated: 0,
      days: 0,
      left,
      daysLeft: null,
      sinceLastDoneMs: null
    };
  }
  const first = stamps.reduce((a, b) => b.ms < a.ms ? b : a);
  const last = stamps.reduce((a, b) => b.ms > a.ms ? b : a);
  const days = utcDay(last.ms) - utcDay(first.ms) + 1;
  const rate = days >= 2 ? stamps.length / days : null;
  const inOrder = last.ms <= now.getTime();
  const daysLeft = rate !== null && left > 0 && inOrder ? Math.ceil(left / rate) : null;
  const from = Math.max(utcDay(now.getTime()), utcDay(last.ms));
  return {
    firstDone: first.iso,
    lastDone: last.iso,
    perDay: rate === null ? null : Math.round(rate * 10) / 10,
    estimatedDone: daysLeft === null ? null : dateOf(from + daysLeft),
    sinceLastDone: inOrder ? isoDuration(now.getTime() - last.ms) : null,
    dated: stamps.length,
    days,
    left,
    daysLeft,
    sinceLastDoneMs: inOrder ? now.getTime() - last.ms : null
  };
}
var paceJson = (pace) => ({
  firstDone: pace.firstDone,
  lastDone: pace.lastDone,
  perDay: pace.perDay,
  estimatedDone: pace.estimatedDone,
  sinceLastDone: pace.sinceLastDone
});

export {
  paceOf,
  paceJson
};
