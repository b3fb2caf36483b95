import { inSection } from '../plan.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'checklist-outside-progress',
    description:
      'Reports a checkbox item outside the Progress section; silent when the plan has no Progress section (`required-sections` then names the heading that holds the items).',
    rationale:
      'Checklists are allowed only in Progress, where they are the record of the work; elsewhere the format asks for prose, and a stray checkbox is progress that no summary counts.',
    defaultSeverity: 'warning',
    reportedAt: 'the item',
    tags: ['format', 'progress'],
    advice: 'Move the step into Progress, or write it as prose.',
  },
  check(context) {
    const progress = context.section('Progress');
    // Without a Progress section there is no knowing which list is Progress: `required-sections`
    // names the heading that holds the checkbox items instead of one finding per item.
    if (!progress) return;
    for (const item of context.plan.checkboxItems) {
      if (inSection(progress, item.start)) continue;
      context.report({
        line: item.line,
        message: 'Checkbox item outside the Progress section.',
      });
    }
  },
};

export default rule;
