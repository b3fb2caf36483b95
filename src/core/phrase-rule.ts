import { compilePhrases, tokenize, type PhraseMatch, type PhraseMatcher, type Tokens } from './phrases.js';
import type { ProseBlock } from './plan.js';
import { stringList, type Rule, type RuleContext, type RuleMeta } from './rule.js';
import { pointOf } from './source.js';

/** What a phrase rule needs beyond its metadata: its built-in phrases and its message. */
export interface PhraseRuleSpec {
  /** Its metadata; the `phrases.<id>` option is added by `createPhraseRule`. */
  readonly meta: Omit<RuleMeta, 'options'>;
  readonly phrases: readonly string[];
  readonly message: (phrase: string) => string;
  /** Returns false to let a match stand without a finding (used by `vague-acceptance`). */
  readonly applies?: (context: RuleContext, block: ProseBlock, match: PhraseMatch) => boolean;
}

/**
 * The tokens of each prose block, made once for all the phrase rules: each of them tokenized every
 * block again, and the tokenizer became hot enough for V8 to optimise it on another thread, which
 * a one-plan run then waited for before it could end (16 ms on Node 22).
 */
const TOKENS = new WeakMap<ProseBlock, Tokens>();
const tokensOf = (block: ProseBlock): Tokens => {
  let tokens = TOKENS.get(block);
  if (!tokens) TOKENS.set(block, (tokens = tokenize(block.quoted)));
  return tokens;
};

/**
 * Builds a rule that reports each use of a phrase in prose, at the phrase's first word.
 * Configured phrases extend the built-in list; matchers are cached per list.
 */
export function createPhraseRule(spec: PhraseRuleSpec): Rule & { readonly phrases: readonly string[] } {
  const cache = new Map<string, PhraseMatcher>();
  const matcherFor = (extra: readonly string[]): PhraseMatcher => {
    const key = extra.join('\u0000');
    let matcher = cache.get(key);
    if (!matcher) {
      matcher = compilePhrases([...spec.phrases, ...extra]);
      cache.set(key, matcher);
    }
    return matcher;
  };

  const meta: RuleMeta = {
    ...spec.meta,
    options: {
      key: ['phrases', spec.meta.id],
      schema: stringList(`Phrases that ${spec.meta.id} reports, besides the built-in ones.`),
    },
  };
  return {
    meta,
    phrases: spec.phrases,
    check(context) {
      const matcher = matcherFor(context.settings.phrases[spec.meta.id] ?? []);
      const { source } = context.plan;
      for (const block of context.plan.prose) {
        for (const match of matcher.find(block.quoted, tokensOf(block))) {
          if (spec.applies && !spec.applies(context, block, match)) continue;
          const start = pointOf(source, block.offsetAt(match.start));
          const end = pointOf(source, block.offsetAt(match.end - 1) + 1);
          context.report({
            line: start.line,
            column: start.column,
            endLine: end.line,
            endColumn: end.column,
            message: spec.message(match.text.replace(/\s+/g, ' ')),
          });
        }
      }
    },
  };
}
