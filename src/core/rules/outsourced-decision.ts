import { createPhraseRule } from '../phrase-rule.js';

export default createPhraseRule({
  meta: {
    id: 'outsourced-decision',
    description: 'Reports a phrase that hands a decision to the reader ("use your best judgment", "up to you", …).',
    rationale:
      'A plan resolves its own ambiguities. Leaving a choice to the reader makes two executions of the same plan diverge; decide, and record why in the Decision Log.',
    defaultSeverity: 'error',
    reportedAt: "the phrase's first word",
    tags: ['phrases', 'decisions'],
    fix: 'Make the decision in the plan and record it in the Decision Log.',
    notes: '`phrases.outsourced-decision` in the configuration file adds phrases.',
  },
  phrases: [
    'use best judgment',
    'use your best judgment',
    'use your judgment',
    'use best judgement',
    'choose an appropriate',
    'choose a suitable',
    'pick an appropriate',
    'pick a suitable',
    'at your discretion',
    'as you see fit',
    'up to you',
    'whichever you prefer',
  ],
  message: (phrase) => `"${phrase}" leaves a decision to the reader.`,
});
