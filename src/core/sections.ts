/** The required sections and the heading starts that the contract accepts for each. */
export const DEFAULT_SECTION_NAMES = {
  Purpose: ['purpose'],
  Progress: ['progress'],
  'Surprises & Discoveries': ['surprises'],
  'Decision Log': ['decision log', 'decisions'],
  'Outcomes & Retrospective': ['outcomes', 'retrospective'],
  Context: ['context'],
  Validation: ['validation', 'acceptance'],
} as const satisfies Record<string, readonly string[]>;

export type RequiredSectionName = keyof typeof DEFAULT_SECTION_NAMES;
export type SectionNames = Record<RequiredSectionName, readonly string[]>;

export const REQUIRED_SECTIONS = Object.keys(DEFAULT_SECTION_NAMES) as RequiredSectionName[];

/** Section headings whose terms count as defined (see `undefined-jargon`). */
export const GLOSSARY_SECTION_NAMES = ['glossary', 'terms', 'definitions'];
