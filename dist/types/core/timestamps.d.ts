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
export declare function isValidDate(year: number, month: number, day: number): boolean;
/**
 * A time in UTC to the second, as `toISOString` writes it without its milliseconds. Written from
 * the UTC fields: V8's `toISOString` first works out the local time zone, which ICU reads from the
 * system (0.3 ms, once per process, of a one-plan run that needs no local time).
 */
export declare function utcIso(ms: number): string;
export declare function readTimestamp(itemText: string): ItemTimestamp;
