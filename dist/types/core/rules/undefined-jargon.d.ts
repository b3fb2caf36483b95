import { type Rule } from '../rule.js';
import { UnicodeRegExp } from '../unicode-regexp.js';
/** One pattern for all terms of art (matched in any case, with a plural ending), and their names. */
export declare function termPattern(names: readonly string[]): {
    pattern: UnicodeRegExp;
    byKey: Map<string, string>;
} | undefined;
declare const rule: Rule;
export default rule;
