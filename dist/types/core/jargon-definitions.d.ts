import type { Plan } from './plan.js';
import { UnicodeRegExp } from './unicode-regexp.js';
/** Terms the plan defines, found in one pass over its text: exact spellings and lower case. */
export interface Definitions {
    readonly exact: ReadonlySet<string>;
    readonly lower: ReadonlySet<string>;
}
export declare const IN_PARENTHESES: UnicodeRegExp;
export declare const WORDS: UnicodeRegExp;
/**
 * Whether the words before a parenthesised acronym are its expansion: their initials (small
 * words may be skipped), or its letters in order, each word giving at least one and starting
 * with its first letter (`JavaScript XML (JSX)`, `PostgreSQL (PG)`). `10 (RVO)` is no expansion.
 */
export declare function fitsAcronym(before: string, acronym: string): boolean;
export declare function findDefinitions(plan: Plan): Definitions;
