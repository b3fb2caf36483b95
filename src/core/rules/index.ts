import type { Rule } from '../rule.js';
import requiredSections from './required-sections.js';
import progressChecklist from './progress-checklist.js';
import progressTimestamp from './progress-timestamp.js';
import timestampFormat from './timestamp-format.js';
import placeholder from './placeholder.js';
import externalReference from './external-reference.js';
import outsourcedDecision from './outsourced-decision.js';
import vagueAcceptance from './vague-acceptance.js';
import vagueInstruction from './vague-instruction.js';
import undefinedJargon from './undefined-jargon.js';
import emptySection from './empty-section.js';
import checklistOutsideProgress from './checklist-outside-progress.js';
import fencedCode from './fenced-code.js';
import headingBlankLine from './heading-blank-line.js';
import proseFirst from './prose-first.js';
import decisionEntry from './decision-entry.js';
import surpriseEntry from './surprise-entry.js';
import milestoneAcceptance from './milestone-acceptance.js';
import contextPaths from './context-paths.js';
import validationCommands from './validation-commands.js';
import title from './title.js';
import outcomesWhenDone from './outcomes-when-done.js';
import revisionNote from './revision-note.js';

/** Every rule, in the order of the contract's catalogue. */
export const RULES: readonly Rule[] = [
  requiredSections,
  progressChecklist,
  progressTimestamp,
  timestampFormat,
  placeholder,
  externalReference,
  outsourcedDecision,
  vagueAcceptance,
  vagueInstruction,
  undefinedJargon,
  emptySection,
  checklistOutsideProgress,
  fencedCode,
  headingBlankLine,
  proseFirst,
  decisionEntry,
  surpriseEntry,
  milestoneAcceptance,
  contextPaths,
  validationCommands,
  title,
  outcomesWhenDone,
  revisionNote,
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.meta.id);
