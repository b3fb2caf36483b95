/** What `undefined-jargon` counts as a term of art, and the exceptions a careful reader makes. */
/** Everyday computing terms that need no definition (the contract's list, and more of the kind). */
export declare const EVERYDAY_ACRONYMS: Set<string>;
/** Capitalised English words that are emphasis or keywords, not acronyms. */
export declare const CAPITALISED_WORDS: Set<string>;
/** Words on the placeholder list are never jargon. */
export declare const PLACEHOLDER_WORDS: Set<string>;
/** Terms of art that need a definition wherever they appear. */
export declare const BUILT_IN_JARGON: string[];
export declare const ROMAN: RegExp;
/** A letter prefix and a number, with an optional tail (`V17`, `M14`, `F4C1`): a numbered identifier when the plan numbers the prefix more than once. */
export declare const NUMBERED: RegExp;
/** Priorities (`P0` to `P4`) and error codes (`E404`, `CS0200`). */
export declare const PRIORITY_OR_CODE: RegExp;
/** A Unicode code point (`U+FEFF`): the letters are hexadecimal digits, not an acronym. */
export declare const isCodePoint: (text: string, start: number, name: string) => boolean;
/** A time of day right before a zone abbreviation: `18:10 CST`, `09:00IST`. */
export declare const TIME_BEFORE: RegExp;
/** The letter prefixes that the plan numbers with more than one number (`V16` and `V17`). */
export declare function numberedPrefixes(text: string): Set<string>;
/**
 * Whether a short acronym is part of a product name: followed by a word that ends product names
 * (`VS Code`, `RT Admin`), or, when it has two letters, after capitalised words inside a
 * sentence (`Apple M1`, `PingFang SC`, `Noto Sans Mono CJK SC`).
 */
export declare function inProductName(text: string, start: number, end: number): boolean;
/** Whether the match is part of a model number or a tagged identifier: `DNY-NX9`, `ORCH-ACT-1`. */
export declare function isModelNumber(text: string, start: number, end: number): boolean;
/** Whether the whitespace-delimited token around a match is a path or a URL (`src/DB/x.ts`, `docs/ADR/`). */
export declare function inPath(text: string, start: number, end: number): boolean;
