import { indentedCodeFix } from '../fixes.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'fenced-code',
    description: 'Reports a fenced code block; the format asks for blocks indented by four spaces.',
    rationale:
      'The format presents commands, transcripts and code as indented blocks, so a plan can itself be pasted inside a fenced block (in a prompt or another document) without its fences closing the outer one.',
    defaultSeverity: 'warning',
    reportedAt: 'the opening fence',
    tags: ['format'],
    advice: 'Indent the block by four spaces instead of fencing it.',
    notes:
      "A plan whose whole content (front matter aside) is one fenced block with the info string `md` or `markdown` gets one finding, at the fence, and the inside of the block is validated as the plan, with the file's line numbers.",
    fixable:
      'turns the block into one indented by four spaces, except where that could change its meaning: inside a list or block quote, right after a list, unclosed, a whole plan in a `md` block, or with blank first or last lines.',
  },
  check(context) {
    const { text } = context.plan.source;
    const wrapper = context.plan.wrapperFence;
    if (wrapper) {
      context.report({
        line: wrapper.line,
        column: wrapper.column,
        message: 'The whole plan is inside one fenced block: remove the fences.',
      });
    }
    for (const leaf of context.plan.leaves) {
      if (leaf.node.type !== 'code') continue;
      const opening = text.slice(leaf.start, leaf.start + 3);
      if (opening !== '```' && opening !== '~~~') continue;
      context.report({
        line: leaf.node.position?.start.line ?? 1,
        column: leaf.node.position?.start.column,
        message: 'Fenced code block: indent it by four spaces instead.',
        fix: indentedCodeFix(context.plan, leaf),
      });
    }
  },
};

export default rule;
