import { datedItemFix } from '../fixes.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'progress-timestamp',
    description: 'Reports a checked Progress item with no date, or with an impossible one.',
    rationale:
      'Timestamps on finished steps show when work happened and how fast it moves; a step checked without one cannot be placed in time, and an impossible date (`2025-13-45`) is a typo that hides the real one.',
    defaultSeverity: 'error',
    reportedAt: 'the item',
    tags: ['progress', 'timestamps'],
    advice:
      'Write when the item was done right after the box, e.g. "- [x] (2025-01-20 13:00Z) …"; correct an impossible date or time to a real one.',
    fixable:
      'in a git repository, dates a checked item that has no date from the commit that checked it (its commit time in UTC), when that commit is unambiguous; an impossible date is left to correct by hand, and so is every item when git cannot tell (the report says why). The action reads no history, so it suggests none.',
  },
  check(context) {
    for (const item of context.progressItems()) {
      if (item.status !== 'done') continue;
      if (!item.stamp.found) {
        const date = context.itemDate(item.line);
        context.report({
          line: item.line,
          endLine: item.item.endLine,
          message: 'Checked item has no timestamp, e.g. "(2025-01-20 13:00Z)".',
          fix: date ? datedItemFix(context.plan, item, date) : undefined,
        });
      } else if (!item.stamp.valid) {
        context.report({
          line: item.line,
          endLine: item.item.endLine,
          message: 'Checked item has an impossible date or time.',
        });
      }
    }
  },
};

export default rule;
