import type { Rule } from '../rule.js';
import { lineCount, lineText } from '../source.js';

const rule: Rule = {
  meta: {
    id: 'heading-blank-line',
    description: 'Reports a heading that is not followed by a blank line.',
    rationale:
      'The format asks for two newlines after every heading, so the text under it reads as its own paragraph in every renderer.',
    defaultSeverity: 'warning',
    reportedAt: 'the heading; for a setext heading, its underline (the line the blank line must follow)',
    tags: ['format'],
    fix: 'Add a blank line after the heading (after its underline, for a setext heading).',
  },
  check(context) {
    const { source } = context.plan;
    const last = lineCount(source);
    for (const heading of context.plan.headings) {
      const endLine = heading.node.position?.end.line ?? heading.line;
      const next = endLine + 1;
      if (next > last) continue;
      // Inside a block quote, a line holding only `>` is blank.
      if (/^[\s>]*$/.test(lineText(source, next))) continue;
      // A setext heading is reported at its underline, the line that the blank line must follow.
      context.report({
        line: endLine,
        message: 'Heading is not followed by a blank line.',
      });
    }
  },
};

export default rule;
