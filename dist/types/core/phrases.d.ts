export interface PhraseMatch {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}
export interface PhraseMatcher {
    find(text: string): PhraseMatch[];
}
/** Text made literal inside a regular expression. */
export declare const escapeRegExp: (s: string) => string;
export declare const isCapitalsOnly: (phrase: string) => boolean;
export declare function compilePhrases(phrases: readonly string[]): PhraseMatcher;
