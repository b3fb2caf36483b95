import { holdsCommand } from '../commands.js';
import { startsWithName } from '../headings.js';
import type { Rule } from '../rule.js';
import { UnicodeRegExp } from '../unicode-regexp.js';

/** `Milestone` followed by more text; `Milestones …` is their parent, not a milestone. */
const MILESTONE_HEADING = new UnicodeRegExp(String.raw`^milestone(?![\p{L}\p{N}_])\s*\S`, 'u');

const rule: Rule = {
  meta: {
    id: 'milestone-acceptance',
    description:
      'Reports a milestone (a `Milestone …` section, or a list item right under a Milestones heading without milestone subsections) that shows no command to run: a code span or block that looks like something to run, not a bare file name or identifier.',
    rationale:
      'Each milestone must be independently verifiable: its section says what to run and what to expect, so the reader knows when the milestone is done.',
    defaultSeverity: 'warning',
    reportedAt: 'the milestone heading',
    tags: ['milestones', 'validation'],
    advice: 'Add the command (inline code or an indented block) and the output that proves the milestone is done.',
  },
  check(context) {
    for (const section of context.plan.sections) {
      if (!MILESTONE_HEADING.test(section.heading.normalised)) continue;
      if (holdsCommand([section.heading.node, ...section.body], context.plan.source.text)) continue;
      context.report({
        line: section.heading.line,
        message: 'Milestone shows no command to run and no output to expect.',
      });
    }
    // Milestones written as list items under a Milestones heading that has no milestone subsections.
    const { sections } = context.plan;
    for (const [i, section] of sections.entries()) {
      if (!startsWithName(section.heading.normalised, 'milestones')) continue;
      const inside = sections.slice(i + 1).filter((s) => s.heading.start < section.end);
      if (inside.some((s) => MILESTONE_HEADING.test(s.heading.normalised))) continue;
      for (const node of section.body) {
        if (node.type === 'heading') break; // only the list right under the Milestones heading
        if (node.type !== 'list') continue;
        for (const item of node.children) {
          if (holdsCommand([item], context.plan.source.text)) continue;
          context.report({
            line: item.position?.start.line ?? section.heading.line,
            message: 'Milestone list item shows no command to run.',
          });
        }
      }
    }
  },
};

export default rule;
