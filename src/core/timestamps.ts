/**
 * Timestamps in Progress items, as the contract reads them.
 *
 * Canonical: a parenthesised date, time and zone right after the checkbox, e.g.
 * `(2025-01-20 13:00Z)`, `(2025-01-20T13:00:30 UTC)`, `(2025-01-21 10:00+02:00)`.
 * Timestamped: any valid `YYYY-MM-DD` date anywhere in the item.
 */
export interface ItemTimestamp {
  /** Whether the item carries any date at all. */
  readonly found: boolean;
  /** Whether its first date (and the time after it, if any) is possible. */
  readonly valid: boolean;
  /** Whether it is written in the canonical form at the start of the item. */
  readonly canonical: boolean;
  /** ISO 8601, in UTC with seconds where time and zone are known, else as far as known. */
  readonly iso: string | null;
  /**
   * Length of the leading timestamp (with its parentheses and a separator after it: `-`, `:` or a
   * dash followed by white space, or a full-width colon, em dash or en dash), 0 if none.
   */
  readonly leadingLength: number;
}

// Case-insensitive by hand, for the few letters they hold: with the `i` flag, V8 works out the
// other cases of every character of `[^)]` when it compiles the expression, which made these
// two a tenth of a one-plan run's time spent compiling expressions.
const CANONICAL =
  /^\(\s*(\d{4})-(\d{2})-(\d{2})[ Tt](\d{2}):(\d{2})(?::(\d{2}))?\s*([Zz]|[Uu][Tt][Cc]|[+-]\d{2}:?\d{2})\s*\)/;
const DATE =
  /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(Z\b|UTC\b|GMT\b|[+-]\d{2}:?\d{2}\b|[A-Z]{3,4}\b))?)?/;
const LEADING =
  /^(?:\(\s*\d{4}-\d{2}-\d{2}[^)]*\)|\[\s*\d{4}-\d{2}-\d{2}[^\]]*\]|\d{4}-\d{2}-\d{2}(?:[ Tt][\d:]+(?:\s*(?:[Zz]|[Uu][Tt][Cc]|[+-]\d{2}:?\d{2}))?)?)\s*(?:[-–—:]\s+|[：—–]\s*)?/;

/**
 * Zone abbreviations seen in real plans, as offsets from UTC in minutes. Ambiguous ones are not
 * guessed: `CST` is China Standard Time as often as US Central, `IST` is India, Israel or
 * Ireland, `BST` British Summer Time or Bangladesh; a time with one of them is read without a zone.
 */
const ZONES: Record<string, number> = {
  Z: 0,
  UTC: 0,
  GMT: 0,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  WET: 0,
  WEST: 60,
  EST: -300,
  EDT: -240,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660,
};

export function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function offsetMinutes(zone: string): number | null {
  const upper = zone.toUpperCase();
  if (upper in ZONES) return ZONES[upper];
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!numeric) return null;
  const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
  return numeric[1] === '-' ? -minutes : minutes;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * A time in UTC to the second, as `toISOString` writes it without its milliseconds. Written from
 * the UTC fields: V8's `toISOString` first works out the local time zone, which ICU reads from the
 * system (0.3 ms, once per process, of a one-plan run that needs no local time).
 */
export function utcIso(ms: number): string {
  const time = new Date(ms);
  const year = time.getUTCFullYear();
  // Years outside four digits take a sign and six digits (`+010000-01-01T04:00:00Z`).
  if (year < 1000 || year > 9999 || time.getUTCMilliseconds() !== 0) return time.toISOString().replace('.000Z', 'Z');
  const [month, day] = [time.getUTCMonth() + 1, time.getUTCDate()];
  const clock = `${pad(time.getUTCHours())}:${pad(time.getUTCMinutes())}:${pad(time.getUTCSeconds())}`;
  return `${year}-${pad(month)}-${pad(day)}T${clock}Z`;
}

export function readTimestamp(itemText: string): ItemTimestamp {
  const match = DATE.exec(itemText);
  const leading = LEADING.exec(itemText);
  const leadingLength = leading ? leading[0].length : 0;
  if (!match) return { found: false, valid: false, canonical: false, iso: null, leadingLength };

  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const hasTime = match[4] !== undefined;
  const [hour, minute, second] = [Number(match[4] ?? 0), Number(match[5] ?? 0), Number(match[6] ?? 0)];
  const valid = isValidDate(year, month, day) && hour <= 23 && minute <= 59 && second <= 59;
  const canonical = valid && CANONICAL.test(itemText);

  let iso: string | null = null;
  if (valid) {
    const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    const offset = match[7] ? offsetMinutes(match[7]) : null;
    if (!hasTime) iso = date;
    else if (offset === null) iso = `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
    else {
      const utc = Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000;
      iso = utcIso(utc);
    }
  }
  return { found: true, valid, canonical, iso, leadingLength };
}
