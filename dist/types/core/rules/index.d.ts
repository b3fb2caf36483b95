import type { Rule } from '../rule.js';
/** Every rule, in the order of the contract's catalogue. */
export declare const RULES: readonly Rule[];
export declare const RULE_IDS: readonly string[];
