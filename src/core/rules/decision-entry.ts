import { labelsOf, reportIncompleteEntries } from '../entries.js';
import type { Rule } from '../rule.js';

const LABELS = ['Decision', 'Rationale', 'Date/Author'] as const;

const rule: Rule = {
  meta: {
    id: 'decision-entry',
    description: 'Reports a Decision Log entry missing `Decision:`, `Rationale:` or `Date/Author:`.',
    rationale:
      'A decision is only useful to the next contributor with its reason and its date: without the rationale it will be re-argued, without the date nobody knows which came first.',
    defaultSeverity: 'warning',
    reportedAt: "the entry's first line",
    tags: ['living-sections'],
    examples: {
      failing: ['## Decision Log', '', '- Use an anchored popover, not a modal.'].join('\n'),
      fixed: [
        '## Decision Log',
        '',
        '- Decision: use an anchored popover, not a modal.',
        '  Rationale: the popover keeps the table visible while the user types.',
        '  Date/Author: 2026-06-03, web team.',
      ].join('\n'),
    },
    options: '`Date:` is accepted for `Date/Author:`. Labels may be bold (`**Decision:**`).',
  },
  check(context) {
    reportIncompleteEntries(
      context,
      'Decision Log',
      labelsOf(context.settings.labels, LABELS),
      'give each entry "Decision: …", "Rationale: …" and "Date/Author: …".',
    );
  },
};

export default rule;
