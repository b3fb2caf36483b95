/** The entry labels, by the name the messages and the `labels` setting use. */
export type LabelName = 'Decision' | 'Rationale' | 'Date/Author' | 'Observation' | 'Evidence';
export type LabelNames = Record<LabelName, readonly string[]>;
export declare const LABEL_NAMES: readonly LabelName[];
/**
 * Built-in names of each label: English first, then Chinese (simplified, traditional), Japanese,
 * Korean, Spanish, Portuguese, French, German and Russian (`docs/languages.md` glosses them).
 */
export declare const DEFAULT_LABEL_NAMES: LabelNames;
