import type { Leaf, ProseBlock } from '../plan.js';
import { createPhraseRule } from '../phrase-rule.js';
import { walk } from '../markdown.js';
import type { RuleContext } from '../rule.js';

/**
 * Whether the paragraph or list item around a phrase makes it specific: it holds inline code,
 * or a code block follows it before the next paragraph, list item or heading, or (for a
 * paragraph) the block right before it is a code block, whose result it states.
 */
function isSpecific(context: RuleContext, block: ProseBlock): boolean {
  const { leaves } = context.plan;
  const unit = block.listItem;
  if (unit) {
    let hasCode = false;
    walk(unit, (node) => {
      if (node.type === 'list') return false; // nested items are items of their own
      if (node.type === 'inlineCode' || node.type === 'code') hasCode = true;
    });
    if (hasCode) return true;
  } else if (block.inlineCode.length > 0) {
    return true;
  }
  // A command shown right before the paragraph: `    pytest` then "Expected: all tests pass".
  let first = block.leafIndex;
  while (first > 0 && unit && leaves[first - 1].start >= (unit.position?.start.offset ?? 0)) first--;
  if (first > 0 && leaves[first - 1].node.type === 'code' && !unit) return true;
  const unitEnd = unit?.position?.end.offset ?? leaves[block.leafIndex].end;
  let i = block.leafIndex + 1;
  while (i < leaves.length && leaves[i].start < unitEnd) i++;
  for (; i < leaves.length; i++) {
    const leaf: Leaf = leaves[i];
    if (leaf.node.type === 'code') return true;
    if (leaf.node.type === 'paragraph' || leaf.node.type === 'heading') return false;
  }
  return false;
}

/** A phrase made specific by the counts that follow it in its sentence: `tests pass (22 tests)`. */
function countedInPlace(text: string, end: number): boolean {
  const rest = text.slice(end, end + 80).split(/[.;](?:\s|$)/)[0];
  return /\d+\s*(?:tests?|passed|passing|checks?|specs?|cases?|suites?)\b/i.test(rest);
}

export default createPhraseRule({
  meta: {
    id: 'vague-acceptance',
    description: 'Reports acceptance phrased without specifics ("tests should pass", "works as expected", …).',
    rationale:
      'Acceptance is behaviour a person can check. "Tests should pass" does not say which command to run or what it prints; name both, and the phrase becomes specific.',
    defaultSeverity: 'warning',
    reportedAt: "the phrase's first word",
    tags: ['phrases', 'validation'],
    advice: 'Name the command to run and the output that proves success, e.g. "`npm test` prints 42 passed, 0 failed".',
    notes:
      'Besides the listed phrases, any "… tests pass" (`All existing tests pass.`, `Backend tests pass under Python 3.14.`) is matched. A phrase is not reported when its paragraph or list item holds inline code, or a code block follows it before the next paragraph, list item or heading. `phrases.vague-acceptance` in the configuration file adds phrases.',
  },
  phrases: [
    'tests should pass',
    'all tests pass',
    'should work correctly',
    'works correctly',
    'works as expected',
    'should work',
    'verify it works',
    'make sure it works',
    'ensure it works',
    // Variants with the same meaning: which tests, in which words, still names no command.
    'tests pass',
    'tests still pass',
    'tests should still pass',
    'tests are passing',
    'tests are green',
    'tests passing',
    'tests must pass',
    'tests will pass',
    'test suite passes',
    'everything works',
    'everything passes',
    'works fine',
    'works properly',
    'should work as expected',
    'confirm it works',
    'check that it works',
  ],
  message: (phrase) => `"${phrase}" is not checkable: show a command.`,
  applies: (context, block, match) => !isSpecific(context, block) && !countedInPlace(block.quoted, match.end),
});
