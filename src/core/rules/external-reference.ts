import { createPhraseRule } from '../phrase-rule.js';
import type { Rule } from '../rule.js';
import { pointOf } from '../source.js';

const phraseRule = createPhraseRule({
  meta: {
    id: 'external-reference',
    description: 'Reports a phrase that points at knowledge outside the plan ("as discussed", "see the wiki", …).',
    rationale:
      'The reader has only the working tree and this one file. A reference to a conversation, a wiki or another document leaves them without the knowledge the plan depends on; the plan must say it in its own words.',
    defaultSeverity: 'error',
    reportedAt: "the phrase's first word",
    tags: ['phrases', 'self-containment'],
    notes:
      '`phrases.external-reference` in the configuration file adds phrases. A plan that says it follows, or is maintained per, a file outside the repository (a path climbing out with `../` to another folder that the link does not name inside the repository, or a home folder such as `~/`) is reported too: the reader has only this repository.',
  },
  phrases: [
    'as discussed',
    'as we discussed',
    'as agreed',
    'as defined previously',
    'as described previously',
    'see the architecture doc',
    'see the design doc',
    'according to the architecture doc',
    'per the RFC',
    'refer to the wiki',
    'see the wiki',
    'see the ticket',
    'see slack',
    'the previous plan',
  ],
  message: (phrase) =>
    `"${phrase}" points at knowledge outside the plan: write down what the reader needs to know here, in your own words.`,
});

/** A verb that makes a path the rules the plan follows: `follows ../other-repo/PLANS.md`. */
const FOLLOWS =
  /\b(?:follows?|following|per|according to|described in|defined in|maintained (?:per|under|according to)|see|governed by|as in|based on)\s*[*_]*\s*$/iu;
/** A path that leaves the repository: up and out (`../other-repo/…`), or a home folder. */
const OUTSIDE = /^(?:(?:\.\.\/)+[^\s/]+\/[^\s]*|~\/[^\s]+|\/(?:home|Users)\/[^\s]+)$/u;

const rule: Rule & { readonly phrases: readonly string[] } = {
  ...phraseRule,
  check(context) {
    phraseRule.check(context);
    const { text } = context.plan.source;
    for (const block of context.plan.prose) {
      const node = block.node;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      const source = text.slice(start, end);
      // A path in inline code or in a link's target, right after a verb of following.
      // A target stops at `(` and `[` too, so that a run of unclosed links (`[a]([a](…`) stays linear.
      const pattern = /`([^`\n]+)`|\[([^\]\n]*)\]\(([^()[\]\s]+)\)/gu;
      for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
        const path = m[1] ?? m[3];
        const linkText = m[2];
        if (!OUTSIDE.test(path)) continue;
        // A link whose text names a path inside the repository (`[docs/x.md](../../x.md)`) is inside it.
        if (linkText !== undefined && /^[\w.-]+\/[\w./-]+$/.test(linkText.replace(/`/g, ''))) continue;
        if (!FOLLOWS.test(source.slice(Math.max(0, m.index - 40), m.index))) continue;
        const at = pointOf(context.plan.source, start + m.index);
        const to = pointOf(context.plan.source, start + m.index + m[0].length);
        context.report({
          line: at.line,
          column: at.column,
          endLine: to.line,
          endColumn: to.column,
          message: `"${path}" is outside the repository: the reader has only this repository and this plan, so write down what the plan needs from that file here, in your own words.`,
        });
      }
    }
  },
};

export default rule;
