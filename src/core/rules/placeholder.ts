import { isPlaceholderNoun, standsAlone } from '../phrase-context.js';
import { PLACEHOLDER_PHRASES } from '../placeholder-phrases.js';
import { createPhraseRule } from '../phrase-rule.js';

export default createPhraseRule({
  meta: {
    id: 'placeholder',
    description: 'Reports an unresolved placeholder (`TBD`, `TODO`, `to be determined`, …) in prose.',
    rationale:
      'A placeholder is a decision or a fact the plan does not contain yet. A newcomer executing the plan cannot resolve it, so the plan is not self-contained until it is replaced.',
    defaultSeverity: 'error',
    reportedAt: "the phrase's first word",
    tags: ['phrases', 'self-containment'],
    advice:
      'Replace the placeholder with the actual value or decision; if it is not known yet, say what it depends on and who decides.',
    notes:
      '`phrases.placeholder` in the configuration file adds phrases. `TBD`, `TBA`, `TODO`, `FIXME` and `XXX` match only in capitals (so "a todo app" is fine); a configured phrase written in capitals also matches only in capitals. `TODO` used as a noun or a count (`TODO comments`, `TODO-only files`, `1 passed, 1 TODO`) is no placeholder. Notes such as "(To be filled during implementation)" or "(To be completed.)" are placeholders when they stand alone, in parentheses or as a whole line; "the migration is to be completed by Friday" is not.',
  },
  phrases: PLACEHOLDER_PHRASES,
  applies: (_context, block, match) => {
    if (isPlaceholderNoun(block, match)) return false;
    if (/^to\s+be\s+(?:filled|completed|written|added|confirmed|defined)/i.test(match.text))
      return standsAlone(block, match);
    return true;
  },
  message: (phrase) => `"${phrase}" is an unresolved placeholder.`,
});
