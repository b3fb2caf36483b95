import { holdsCommand } from '../commands.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'validation-commands',
    description:
      'Reports a Validation section that shows no command: a code span or block that looks like something to run (a known program, a path to a script, options, a pipeline), not a bare file name or identifier.',
    rationale:
      'Validation is not optional: the section gives the exact commands to run and what they print, so a novice can tell success from failure.',
    defaultSeverity: 'warning',
    reportedAt: 'the Validation heading',
    tags: ['validation'],
    advice: 'Give the exact command to run (inline code or an indented block) and what it prints.',
  },
  check(context) {
    const section = context.section('Validation');
    if (!section || holdsCommand(section.body, context.plan.source.text)) return;
    context.report({
      line: section.heading.line,
      message: 'Validation shows no command to run and no output to expect.',
    });
  },
};

export default rule;
