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
    examples: {
      failing: ['Choose an appropriate batch size for the consumer.'].join('\n'),
      fixed: ['Use a batch size of 100: it keeps one batch under the 1 MB message limit.'].join('\n'),
    },
    options: '`phrases.outsourced-decision` in the configuration file adds phrases.',
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
    'optional but recommended',
    'recommended but optional',
    'if you prefer',
    'if you want',
    'if desired',
    'your choice',
    'your call',
    'use judgment',
    'use judgement',
    'use your own judgment',
    'use your own judgement',
    "at the implementer's discretion",
    'at the discretion of',
    'choose whichever',
    'pick whichever',
  ],
  message: (phrase) =>
    `"${phrase}" leaves a decision to the reader: make the decision in the plan and record it in the Decision Log.`,
});
