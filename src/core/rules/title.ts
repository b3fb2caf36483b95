import { titleOf } from '../progress.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'title',
    description: 'Reports a plan that does not start with a level-1 heading, and each further level-1 heading.',
    rationale:
      "The level-1 heading is the plan's title: it names the work in lists, comments and summaries. A second level-1 heading splits one plan into what looks like two.",
    defaultSeverity: 'warning',
    reportedAt: 'line 1 when the title is missing; each further level-1 heading',
    tags: ['structure'],
    advice:
      'Begin the plan with "# " and a short title of the work; a plan has one level-1 heading, so make any other a level-2 heading ("## ").',
  },
  check(context) {
    const { plan } = context;
    if (!titleOf(plan)) {
      context.report({
        line: 1,
        message: 'The plan does not start with a level-1 heading ("# Title").',
      });
    }
    const levelOne = plan.headings.filter((h) => h.topLevel && h.depth === 1);
    for (const heading of levelOne.slice(1)) {
      context.report({
        line: heading.line,
        message: 'A plan has one level-1 heading: make this one level 2 ("## ").',
      });
    }
  },
};

export default rule;
