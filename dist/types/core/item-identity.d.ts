/**
 * Which Progress item of one version is which item of the other.
 *
 * 1. Every item is reduced to its key: its text (already without the leading timestamp and the
 *    `(completed: …; remaining: …)` tail), without a separator left at its start (`-`, `:`, `：`,
 *    `—`), white space folded, a final full stop dropped, lower-cased.
 * 2. The two lists of keys are aligned as a line diff aligns lines (Myers' algorithm, `diffArrays`
 *    of the `diff` package): items with equal keys in the common subsequence are the same item.
 * 3. Inside each stretch that changed (items removed from the base next to items added in the
 *    head), items are paired by similarity: the Dice coefficient of their word sets (see
 *    `similarity`; a partial item's words include its `completed` and `remaining` parts), plus a small bonus for the same relative position in the stretch. Pairs are
 *    taken best first; a pair needs a similarity of at least `PAIR_THRESHOLD`, or, when the stretch
 *    holds exactly one item on each side (an item rewritten in place), `IN_PLACE_THRESHOLD`.
 * 4. Items still alone are paired across stretches when their keys are equal or their similarity is
 *    at least `MOVE_THRESHOLD` (an item moved elsewhere).
 * What stays alone was added (head) or removed (base).
 */
export declare const PAIR_THRESHOLD = 0.3;
export declare const IN_PLACE_THRESHOLD = 0.15;
export declare const MOVE_THRESHOLD = 0.6;
export interface ItemPair {
    /** Index in the base list. */
    readonly base: number;
    /** Index in the head list. */
    readonly head: number;
}
export interface ItemMatch {
    readonly pairs: readonly ItemPair[];
    /** Base indexes with no counterpart, in order. */
    readonly removed: readonly number[];
    /** Head indexes with no counterpart, in order. */
    readonly added: readonly number[];
}
/** One item as compared: its text, and more words that count for similarity only. */
export interface ComparedItem {
    readonly text: string;
    /** For a partial item, its `completed` and `remaining` parts: the pieces it may be split into. */
    readonly detail?: string;
}
/** Pairs the items of two versions, given in order. */
export declare function matchItems(baseItems: readonly ComparedItem[], headItems: readonly ComparedItem[]): ItemMatch;
