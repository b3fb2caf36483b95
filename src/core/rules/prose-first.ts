import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'prose-first',
    description: 'Reports a table, anywhere in the plan.',
    rationale:
      'Narrative sections are prose-first: sentences carry the reasons and the order of things that a table drops. Write the content as sentences, unless a table is truly clearer; then disable the rule for that table.',
    defaultSeverity: 'warning',
    reportedAt: "the table's first line",
    tags: ['format'],
    advice: 'Write the table as prose (sentences), which the format prefers to tables.',
  },
  check(context) {
    for (const leaf of context.plan.leaves) {
      if (leaf.node.type !== 'table') continue;
      context.report({
        line: leaf.node.position?.start.line ?? 1,
        message: 'Table in the plan: write it as prose.',
      });
    }
  },
};

export default rule;
