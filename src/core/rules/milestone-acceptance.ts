import { holdsCode } from '../markdown.js';
import type { Rule } from '../rule.js';

/** `Milestone` followed by more text; `Milestones …` is their parent, not a milestone. */
const MILESTONE_HEADING = /^milestone(?![\p{L}\p{N}_])\s*\S/u;

const rule: Rule = {
  meta: {
    id: 'milestone-acceptance',
    description: 'Reports a milestone section that shows no command to run (code block or inline code).',
    rationale:
      'Each milestone must be independently verifiable: its section says what to run and what to expect, so the reader knows when the milestone is done.',
    defaultSeverity: 'warning',
    reportedAt: 'the milestone heading',
    tags: ['milestones', 'validation'],
    fix: 'Add the command (inline code or an indented block) and the output that proves the milestone is done.',
  },
  check(context) {
    for (const section of context.plan.sections) {
      if (!MILESTONE_HEADING.test(section.heading.normalised)) continue;
      if (holdsCode([section.heading.node, ...section.body])) continue;
      context.report({
        line: section.heading.line,
        message: 'Milestone shows no command to run and no output to expect.',
      });
    }
  },
};

export default rule;
