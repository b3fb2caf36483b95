import { holdsCode } from '../markdown.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'validation-commands',
    description: 'Reports a Validation section that shows no command (code block or inline code).',
    rationale:
      'Validation is not optional: the section gives the exact commands to run and what they print, so a novice can tell success from failure.',
    defaultSeverity: 'warning',
    reportedAt: 'the Validation heading',
    tags: ['validation'],
    fix: 'Give the exact command to run (inline code or an indented block) and what it prints.',
  },
  check(context) {
    const section = context.section('Validation');
    if (!section || holdsCode(section.body)) return;
    context.report({
      line: section.heading.line,
      message: 'Validation shows no command to run and no output to expect.',
    });
  },
};

export default rule;
