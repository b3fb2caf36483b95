import type { Rule } from '../rule.js';
/** A repository-relative path: holds a `/` or ends in a file extension, and is not absolute or a URL. */
export declare function isRepositoryPath(token: string): boolean;
declare const rule: Rule;
export default rule;
