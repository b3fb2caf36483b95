/**
 * A regular expression with Unicode property classes (`\p{L}`, `\p{N}`, …) and its twin for
 * text whose every character is in the twins' alphabet (ASCII, the letters of the scripts plans
 * are most written in, common punctuation): there each class is a few ranges (`\p{L}` is
 * `A-Za-z`, Latin-1's and Cyrillic's letters, kana, Han and Hangul), and the two match alike.
 * Why: V8 builds and compiles a property class as hundreds of ranges, about a millisecond for
 * each expression the first time a process uses it; over the thirty expressions a plan's
 * validation uses, that was a third of a one-plan command's time. Each expression is built when
 * text first needs it.
 */
/** The properties the twins know (for the test that checks each against the engine's). */
export declare const TWIN_PROPERTIES: readonly string[];
/** Whether every character of `text` is in the twins' alphabet. */
export declare const inTwinAlphabet: (text: string) => boolean;
/**
 * A twin's flags: without `u` where the twin means the same without it, which it does on text in
 * the alphabet (no surrogates, and the same simple case mappings both ways) unless it is written
 * with what only `u` reads (`\u{…}`, a property class), with a surrogate, whose quantifier would
 * take half a character, or with `Ÿ` or `ẞ`, which the twin of `\p{Lu}` lists for the case
 * folding of `u` (without it, `ß` is not the lower case of `ẞ`). Why: V8 compiles an expression
 * with `i` and `u` in about one and a half times the time of one with `i` alone (the 29 such twins
 * of a one-plan run: 4.5 against 3.1 ms).
 */
export declare function twinFlags(twin: string, flags: string): string;
/**
 * The source with every `\p{…}` replaced by its members in the twins' alphabet: inside a class
 * by the members themselves, outside by a class of them (`[]`, which matches nothing, if none).
 */
export declare function twinSource(source: string): string;
export declare class UnicodeRegExp {
    readonly source: string;
    readonly flags: string;
    private full;
    private twin;
    /**
     * `source` as in `new RegExp`, with the `u` flag among `flags`. Characters beyond ASCII are
     * written as `\u` escapes in it: the classic script of the CLI is ASCII only, and the build
     * cannot escape a template literal's characters without changing its raw text.
     */
    constructor(source: string, flags: string);
    /** The expression to run on `text`: the twin when `text` is in the twins' alphabet. */
    for(text: string): RegExp;
    /** Whether it matches `text`, searched from its start (whatever the flags). */
    test(text: string): boolean;
    /** Its first match in `text` (whatever the flags). */
    exec(text: string): RegExpExecArray | null;
}
