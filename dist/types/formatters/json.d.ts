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
