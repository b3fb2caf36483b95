import { blankLineAfterFix } from '../fixes.js';
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
    advice: 'Add a blank line after the heading (after its underline, for a setext heading).',
    notes:
      'A `# comment` line of a block indented by four spaces inside a list item (which Markdown reads as a heading) is not reported.',
    fixable: 'inserts a blank line after the heading (inside a block quote, a line holding only `>`).',
  },
  check(context) {
    const { source } = context.plan;
    const last = lineCount(source);
    for (const heading of context.plan.headings) {
      const endLine = heading.node.position?.end.line ?? heading.line;
      const next = endLine + 1;
      if (next > last) continue;
      // A `# comment` line of an indented block inside a list item, which Markdown reads as a
      // heading although the author wrote a shell comment: not a heading to the reader.
      if (!heading.topLevel && /^ {4,}#/.test(lineText(source, heading.line))) continue;
      // Inside a block quote, a line holding only `>` is blank.
      if (/^[\s>]*$/.test(lineText(source, next))) continue;
      // A setext heading is reported at its underline, the line that the blank line must follow.
      context.report({
        line: endLine,
        message: 'Heading is not followed by a blank line.',
        fix: blankLineAfterFix(context.plan, heading.start, endLine),
      });
    }
  },
};

export default rule;
