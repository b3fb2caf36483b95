import { labelPattern, reportIncompleteEntries } from '../entries.js';
import type { Rule } from '../rule.js';

const LABELS = [
  { name: 'Decision', pattern: labelPattern('Decision') },
  { name: 'Rationale', pattern: labelPattern('Rationale') },
  { name: 'Date/Author', pattern: /(?<![\p{L}\p{N}])date(?:\s*\/\s*author)?[*_]*\s*:/iu },
];

const rule: Rule = {
  meta: {
    id: 'decision-entry',
    description: 'Reports a Decision Log entry missing `Decision:`, `Rationale:` or `Date/Author:`.',
    rationale:
      'A decision is only useful to the next contributor with its reason and its date: without the rationale it will be re-argued, without the date nobody knows which came first.',
    defaultSeverity: 'warning',
    reportedAt: "the entry's first line",
    tags: ['living-sections'],
    fix: 'Give each entry "Decision: …", "Rationale: …" and "Date/Author: …".',
    notes: '`Date:` is accepted for `Date/Author:`. Labels may be bold (`**Decision:**`).',
  },
  check(context) {
    reportIncompleteEntries(context, 'Decision Log', LABELS, '');
  },
};

export default rule;
