import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'timestamp-format',
    description: 'Reports a checked Progress item whose timestamp is not in the canonical form.',
    rationale:
      'One form, a parenthesised date, time and zone right after the box, lets people and tools read every timestamp the same way and compare them across time zones.',
    defaultSeverity: 'warning',
    reportedAt: 'the item',
    tags: ['progress', 'timestamps'],
    examples: {
      failing: [
        '## Progress',
        '',
        '- [x] (2025-01-23) Reviewed the hook.',
        '- [x] Shipped to staging (2025-01-24 11:00Z).',
      ].join('\n'),
      fixed: [
        '## Progress',
        '',
        '- [x] (2025-01-23 10:00Z) Reviewed the hook.',
        '- [x] (2025-01-24 11:00Z) Shipped to staging.',
      ].join('\n'),
    },
  },
  check(context) {
    for (const item of context.progressItems()) {
      if (item.status !== 'done' || !item.stamp.found || !item.stamp.valid || item.stamp.canonical) continue;
      context.report({
        line: item.line,
        endLine: item.item.endLine,
        message:
          'Timestamp is not canonical: put the date, time and zone in parentheses right after the box, e.g. "- [x] (2025-01-20 13:00Z) …".',
      });
    }
  },
};

export default rule;
