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
    fix: 'Replace the placeholder with the actual value or decision; if it is not known yet, say what it depends on and who decides.',
    notes:
      '`phrases.placeholder` in the configuration file adds phrases. `TBD`, `TBA`, `TODO`, `FIXME` and `XXX` match only in capitals (so "a todo app" is fine); a configured phrase written in capitals also matches only in capitals.',
  },
  phrases: [
    'TBD',
    'TBA',
    'TODO',
    'FIXME',
    'XXX',
    'to be determined',
    'to be decided',
    'fill in later',
    'lorem ipsum',
    '<placeholder>',
  ],
  message: (phrase) => `"${phrase}" is an unresolved placeholder.`,
});
