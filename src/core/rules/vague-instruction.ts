import { after, inRecord, isAccordinglyInstruction } from '../phrase-context.js';
import { createPhraseRule } from '../phrase-rule.js';

/** The contract's phrases (`etc.` aside), reported wherever they stand. */
const CONTRACT_PHRASES = new Set([
  'as needed',
  'as necessary',
  'if necessary',
  'as appropriate',
  'configure appropriately',
  'update accordingly',
  'handle edge cases',
  'and so on',
]);

export default createPhraseRule({
  meta: {
    id: 'vague-instruction',
    description: 'Reports an instruction with no concrete content ("as needed", "update accordingly", "etc.", …).',
    rationale:
      'An instruction a newcomer can follow names what to do. "As needed" or "handle edge cases" asks them to guess which cases and which changes.',
    defaultSeverity: 'warning',
    reportedAt: "the phrase's first word",
    tags: ['phrases', 'clarity'],
    advice: 'Say exactly what to do and when: the file, the setting, the value, the condition.',
    notes:
      '`phrases.vague-instruction` in the configuration file adds phrases. Variants with the same meaning are matched too: `if needed`, `where necessary`, `etc` without its full stop, and `accordingly` after a verb of change (`update the prompts accordingly`). A list closed by `etc.` in a record (Progress, Surprises & Discoveries, Decision Log, Outcomes & Retrospective, a revision note) describes rather than instructs and is not reported.',
  },
  phrases: [
    ...CONTRACT_PHRASES,
    'etc.',
    // Word-order and spelling variants with the same meaning.
    'etc',
    'if needed',
    'when needed',
    'where needed',
    'as required',
    'where necessary',
    'when necessary',
    'where appropriate',
    'when appropriate',
    'if appropriate',
    'accordingly',
    'handle any edge cases',
    'handle all edge cases',
    'handle the edge cases',
    'and the like',
    'and so forth',
  ],
  applies: (context, block, match) => {
    const phrase = match.text.toLowerCase().replace(/\s+/g, ' ');
    // The contract's phrases are reported wherever they are; the variants only where the plan instructs.
    if (!CONTRACT_PHRASES.has(phrase) && inRecord(context, block)) return false;
    if (phrase === 'accordingly') return isAccordinglyInstruction(block, match);
    // A variant followed by its criterion is specific: "widen it when needed so the bowl stays below 20°".
    if (!CONTRACT_PHRASES.has(phrase) && /^,?\s+(?:so(?:\s+that)?|until|to\s+keep)\b/i.test(after(block, match, 20)))
      return false;
    // A list closed by "etc." in a record (Progress, the logs, the revision note) describes, it does not instruct.
    if (phrase.startsWith('etc')) return !inRecord(context, block);
    // "as required by the contract" names its requirement.
    if (phrase === 'as required') return !/^\s+(?:by|in|for|under)\b/i.test(after(block, match, 10));
    return true;
  },
  message: (phrase) => `"${phrase}" is vague: say exactly what to do.`,
});
