export interface PhraseMatch {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}
export interface PhraseMatcher {
    /** The matches in `text`, whose tokens `tokens` are (made here if not given). */
    find(text: string, tokens?: Tokens): PhraseMatch[];
}
/** Text made literal inside a regular expression. */
export declare const escapeRegExp: (s: string) => string;
export declare const isCapitalsOnly: (phrase: string) => boolean;
/** Where each token of a text starts and ends (UTF-16 offsets). */
export interface Tokens {
    readonly starts: number[];
    readonly ends: number[];
}
export declare function tokenize(text: string): Tokens;
export declare function compilePhrases(phrases: readonly string[]): PhraseMatcher;
