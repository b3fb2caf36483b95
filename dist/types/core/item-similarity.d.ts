/** The text two items are compared by. */
export declare function identityKey(text: string): string;
/** A word cut to its first characters. */
export declare const stem: (word: string) => string;
/**
 * The word set of a text: lower-cased runs of letters, digits and `_`, stop words dropped, each cut
 * to its first five characters; a run in Chinese, Japanese or Korean script gives its pairs of
 * adjacent characters (and a lone character itself), since those scripts do not (or not always)
 * separate words by spaces.
 */
export declare function wordSet(text: string): Set<string>;
/** Dice's coefficient of two word sets: twice the shared words over the sum of the sizes, 0 to 1. */
export declare function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number;
