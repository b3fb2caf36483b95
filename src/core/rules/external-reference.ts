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
    advice: 'Write down what the reader needs to know here, in your own words.',
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
  message: (phrase) => `"${phrase}" points at knowledge outside the plan.`,
});

/** A verb that makes a path the rules the plan follows: `follows ../other-repo/PLANS.md`. */
const FOLLOWS =
  /\b(?:follows?|following|per|according to|described in|defined in|maintained (?:per|under|according to)|see|governed by|as in|based on)\s*[*_]*\s*[`[(]*\s*$/iu;
/** Where a path that leaves the repository starts: up and out (`../other-repo/…`), or a home folder. */
const OUTSIDE_START = /\.\.\/|~\/|\/home\/|\/Users\//g;
const OUTSIDE = /^(?:(?:\.\.\/)+[^\s/]+\/\S*|~\/\S+|\/(?:home|Users)\/\S+)$/u;

const rule: Rule & { readonly phrases: readonly string[] } = {
  ...phraseRule,
  check(context) {
    phraseRule.check(context);
    const { text } = context.plan.source;
    for (const block of context.plan.prose) {
      const start = block.node.position?.start.offset;
      const end = block.node.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      const source = text.slice(start, end);
      // Each place a path may leave the repository, looked at once: linear in the block.
      OUTSIDE_START.lastIndex = 0;
      let seenUntil = 0;
      for (let m = OUTSIDE_START.exec(source); m; m = OUTSIDE_START.exec(source)) {
        if (m.index < seenUntil) continue;
        // The path is the code span or link target around the match: back to its opening, on to its end.
        let from = m.index;
        while (from > 0 && source[from - 1] === '.') from--;
        while (from > 0 && source[from - 1] === '/') from--;
        const opener = source[from - 1];
        if (opener !== '`' && opener !== '(') continue;
        let to = m.index;
        while (to < source.length && !/[\s`)]/.test(source[to])) to++;
        seenUntil = to;
        const path = source.slice(from, to);
        if (!OUTSIDE.test(path)) continue;
        if (opener === '(') {
          // A link whose text names a path inside the repository (`[docs/x.md](../../x.md)`) is inside it.
          if (source[from - 2] !== ']') continue;
          const open = source.lastIndexOf('[', from - 2);
          const linkText = open === -1 ? '' : source.slice(open + 1, from - 2);
          if (/^[\w.-]+\/[\w./-]+$/.test(linkText.replace(/`/g, ''))) continue;
          if (!FOLLOWS.test(source.slice(Math.max(0, open - 40), open + 1))) continue;
        } else if (!FOLLOWS.test(source.slice(Math.max(0, from - 41), from))) continue;
        const at = pointOf(context.plan.source, start + from);
        const until = pointOf(context.plan.source, start + to);
        context.report({
          line: at.line,
          column: at.column,
          endLine: until.line,
          endColumn: until.column,
          // The path can be long; its end names the file, and the column points at all of it.
          message: `"${path.length > 20 ? `…${path.slice(-19)}` : path}" is outside the repository.`,
        });
      }
    }
  },
};

export default rule;
