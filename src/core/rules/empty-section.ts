import { noneYetFix } from '../fixes.js';
import { isCommentOnly } from '../markdown.js';
import type { Rule } from '../rule.js';
import { REQUIRED_SECTIONS } from '../sections.js';

const rule: Rule = {
  meta: {
    id: 'empty-section',
    description: 'Reports a required section whose body holds nothing but white space and HTML comments.',
    rationale:
      'An empty section tells the reader nothing, not even that nothing has happened yet. Write what is known, or "None yet." in a living section that has no entries.',
    defaultSeverity: 'warning',
    reportedAt: 'the section heading',
    tags: ['structure'],
    advice: 'Write what is known so far, or "None yet." if there is nothing to record.',
    fixable:
      'writes "None yet." in an empty Surprises & Discoveries, Decision Log or Outcomes & Retrospective section.',
  },
  check(context) {
    for (const name of REQUIRED_SECTIONS) {
      const section = context.section(name);
      if (!section) continue;
      const empty = section.body.every((node) => node.type === 'html' && isCommentOnly(node.value));
      if (empty) {
        context.report({
          line: section.heading.line,
          message: `Empty ${name} section: write it, or "None yet."`,
          fix: noneYetFix(context.plan, section, name),
        });
      }
    }
  },
};

export default rule;
