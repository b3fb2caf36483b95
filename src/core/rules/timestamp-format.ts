import { canonicalTimestampFix } from '../fixes.js';
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
    advice: 'Put the date, time and zone in parentheses right after the box, e.g. "- [x] (2025-01-20 13:00Z) …".',
    fixable:
      'rewrites the timestamp to `(YYYY-MM-DD HH:MMZ)` in UTC, converting a numeric offset (`+02:00`, `-0500`), when its date, time and zone are known; a leading timestamp is replaced, any other is kept in the text. A zone abbreviation such as `CST`, which names several zones, and a date without a time are left to fix by hand.',
  },
  check(context) {
    for (const item of context.progressItems()) {
      if (item.status !== 'done' || !item.stamp.found || !item.stamp.valid || item.stamp.canonical) continue;
      context.report({
        line: item.line,
        endLine: item.item.endLine,
        message: 'Timestamp is not canonical, e.g. "(2025-01-20 13:00Z)".',
        fix: canonicalTimestampFix(context.plan, item),
      });
    }
  },
};

export default rule;
