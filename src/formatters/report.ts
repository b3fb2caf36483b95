import type { Finding } from '../core/rule.js';

/** What one validated file produced: its findings, or why it could not be validated. */
export interface FileReport {
  /** The path as the user gave it or as found, with forward slashes. */
  readonly path: string;
  readonly findings: readonly Finding[];
  /** Set when the file could not be read or is not text; such a file has no findings. */
  readonly error?: string;
  /** Whether it was compared with a base version: every finding has `baselineState`. */
  readonly baselined?: boolean;
}

export interface Totals {
  readonly errors: number;
  readonly warnings: number;
}

export function totalsOf(findings: readonly Finding[]): Totals {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}

export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;
