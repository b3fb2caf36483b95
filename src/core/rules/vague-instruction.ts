import { createPhraseRule } from '../phrase-rule.js';

export default createPhraseRule({
  meta: {
    id: 'vague-instruction',
    description: 'Reports an instruction with no concrete content ("as needed", "update accordingly", "etc.", …).',
    rationale:
      'An instruction a newcomer can follow names what to do. "As needed" or "handle edge cases" asks them to guess which cases and which changes.',
    defaultSeverity: 'warning',
    reportedAt: "the phrase's first word",
    tags: ['phrases', 'clarity'],
    fix: 'Say exactly what to do and when: the file, the setting, the value, the condition.',
    notes: '`phrases.vague-instruction` in the configuration file adds phrases.',
  },
  phrases: [
    'as needed',
    'as necessary',
    'if necessary',
    'as appropriate',
    'configure appropriately',
    'update accordingly',
    'handle edge cases',
    'and so on',
    'etc.',
  ],
  message: (phrase) => `"${phrase}" is vague: say exactly what to do.`,
});
