import { createPhraseRule } from '../phrase-rule.js';

export default createPhraseRule({
  meta: {
    id: 'external-reference',
    description: 'Reports a phrase that points at knowledge outside the plan ("as discussed", "see the wiki", …).',
    rationale:
      'The reader has only the working tree and this one file. A reference to a conversation, a wiki or another document leaves them without the knowledge the plan depends on; the plan must say it in its own words.',
    defaultSeverity: 'error',
    reportedAt: "the phrase's first word",
    tags: ['phrases', 'self-containment'],
    fix: 'Write down what the reader needs to know here, in your own words.',
    notes: '`phrases.external-reference` in the configuration file adds phrases.',
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
