/**
 * The built-in placeholder phrases: what the `placeholder` rule reports, and (its words in
 * capitals) what `undefined-jargon` never counts as an acronym.
 */
export declare const PLACEHOLDER_PHRASES: readonly string[];
