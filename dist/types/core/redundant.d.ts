import type { Finding } from './rule.js';
/**
 * Findings that say nothing new next to another rule's finding at the same line: an empty
 * Context section names no path and an empty Validation section shows no command, but the
 * `empty-section` finding on that heading already says all of it. Each key is dropped when a
 * finding of one of its values is at the same line (so turning `empty-section` off, or disabling
 * it there, brings the other back).
 */
export declare const REDUNDANT_NEXT_TO: Readonly<Record<string, readonly string[]>>;
/** Removes, in place, every finding made redundant by another at its line. */
export declare function dropRedundant(findings: Finding[]): void;
