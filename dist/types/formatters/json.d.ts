import type { Finding } from '../core/rule.js';
import { type PlanResult } from '../core/result.js';
/**
 * The contract's `validate --format json` shape. A plan that could not be validated carries
 * `error` and counts as one error, as everywhere else.
 */
export declare function toJsonReport(results: readonly PlanResult[]): {
    files: {
        findings: {
            fix?: {
                readonly edits: readonly import("../core/rule.js").FindingEdit[];
                readonly lines?: import("../core/rule.js").LineReplacement;
            } | undefined;
            baselineState?: "new" | "unchanged" | undefined;
            fingerprint?: string | undefined;
            ruleId: string;
            severity: import("../core/rule.js").Severity;
            line: number;
            column: number;
            endLine: number;
            endColumn: number;
            message: string;
            url: string;
        }[];
        error?: string | undefined;
        newErrors?: number | undefined;
        newWarnings?: number | undefined;
        errors: number;
        warnings: number;
        path: string;
    }[];
    newErrors?: number | undefined;
    newWarnings?: number | undefined;
    errors: number;
    warnings: number;
};
export declare function formatJson(results: readonly PlanResult[]): string;
/** The same as one string: what the cache keeps, so that a warm run writes it without serialising the findings again. */
export declare function findingsJson(findings: readonly Finding[]): string;
/**
 * `formatJson`'s text as bytes, with each plan's `findings` taken from `known` when it has them
 * (the cache's copy, already UTF-8): a warm run over hundreds of plans then neither serialises
 * nor encodes their findings. The rest is serialised here, key by key, as `JSON.stringify` with an
 * indent of 2 writes it; `__tests__/json-bytes.test.ts` compares the two byte for byte.
 */
export declare function formatJsonBytes(results: readonly PlanResult[], known?: (result: PlanResult) => Uint8Array | undefined): Uint8Array;
