import type { Rule } from '../rule.js';
declare const rule: Rule & {
    readonly phrases: readonly string[];
};
export default rule;
