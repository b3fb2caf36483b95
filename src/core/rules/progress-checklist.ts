import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'progress-checklist',
    description: 'Reports a Progress section that holds no checkbox item.',
    rationale:
      'Progress is where the plan says, step by step, what is done and what is left. Only checkbox items (`- [ ]` and `- [x]`) can be counted, resumed from, and shown as progress on a pull request.',
    defaultSeverity: 'error',
    reportedAt: 'the Progress heading',
    tags: ['progress'],
    advice: 'List the steps as "- [ ] step", and check finished ones as "- [x] (2025-01-20 13:00Z) step".',
  },
  check(context) {
    const section = context.section('Progress');
    if (!section || context.progressItems().length > 0) return;
    context.report({
      line: section.heading.line,
      message: 'Progress holds no checkbox item: list steps as "- [ ] step".',
    });
  },
};

export default rule;
