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
    fix: 'Indent the block by four spaces instead of fencing it.',
  },
  check(context) {
    const { text } = context.plan.source;
    for (const leaf of context.plan.leaves) {
      if (leaf.node.type !== 'code') continue;
      const opening = text.slice(leaf.start, leaf.start + 3);
      if (opening !== '```' && opening !== '~~~') continue;
      context.report({
        line: leaf.node.position?.start.line ?? 1,
        column: leaf.node.position?.start.column,
        message: 'Fenced code block: indent it by four spaces instead.',
      });
    }
  },
};

export default rule;
