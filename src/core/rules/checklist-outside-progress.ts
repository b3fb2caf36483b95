import { inSection } from '../plan.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'checklist-outside-progress',
    description: 'Reports a checkbox item outside the Progress section.',
    rationale:
      'Checklists are allowed only in Progress, where they are the record of the work; elsewhere the format asks for prose, and a stray checkbox is progress that no summary counts.',
    defaultSeverity: 'warning',
    reportedAt: 'the item',
    tags: ['format', 'progress'],
    fix: 'Move the step into Progress, or write it as prose.',
  },
  check(context) {
    const progress = context.section('Progress');
    for (const item of context.plan.checkboxItems) {
      if (progress && inSection(progress, item.start)) continue;
      context.report({
        line: item.line,
        message: 'Checkbox item outside the Progress section.',
      });
    }
  },
};

export default rule;
