import { labelPattern, reportIncompleteEntries } from '../entries.js';
import type { Rule } from '../rule.js';

const LABELS = [
  { name: 'Observation', pattern: labelPattern('Observation') },
  { name: 'Evidence', pattern: labelPattern('Evidence') },
];

const rule: Rule = {
  meta: {
    id: 'surprise-entry',
    description: 'Reports a Surprises & Discoveries entry missing `Observation:` or `Evidence:`.',
    rationale:
      'A surprise saves the next reader time only when it says what was seen and shows the evidence (a test output, an error message) that lets them recognise it.',
    defaultSeverity: 'warning',
    reportedAt: "the entry's first line",
    tags: ['living-sections'],
    fix: 'Give each entry "Observation: …" and "Evidence: …" (a test output or an error message).',
    notes: 'Labels may be bold (`**Observation:**`).',
  },
  check(context) {
    reportIncompleteEntries(context, 'Surprises & Discoveries', LABELS, '');
  },
};

export default rule;
