import type { Rule } from '../rule.js';
declare const rule: Rule;
export default rule;
