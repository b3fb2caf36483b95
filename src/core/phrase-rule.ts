import { compilePhraseSets, type PhraseMatch, type PhraseSetMatcher } from './phrases.js';
import type { ProseBlock } from './plan.js';
import { stringList, type Rule, type RuleContext, type RuleMeta } from './rule.js';
import type { LintSettings } from './settings.js';
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

/** Every phrase rule, in the order they were made: each one's list is a set of the one matcher. */
const PHRASE_RULES: PhraseRuleSpec[] = [];

/**
 * One matcher for all the phrase rules (by the phrases the settings add to each), which walks each
 * prose block once for all of them; its matches are kept per block. Each rule walked every block
 * again before, and the matcher's functions became hot enough for V8 to optimise them on another
 * thread, which a one-plan run then waited for before it could end (about 12 ms on Node 22).
 */
const MATCHERS = new Map<string, PhraseSetMatcher>();
const MATCHES = new WeakMap<ProseBlock, { readonly matcher: PhraseSetMatcher; readonly matches: PhraseMatch[][] }>();

const MATCHER_OF_SETTINGS = new WeakMap<LintSettings, PhraseSetMatcher>();

function matcherFor(settings: LintSettings): PhraseSetMatcher {
  const known = MATCHER_OF_SETTINGS.get(settings);
  if (known) return known;
  const lists = PHRASE_RULES.map((rule) => [...rule.phrases, ...(settings.phrases[rule.meta.id] ?? [])]);
  const key = lists.map((list) => list.join('\u0000')).join('\u0001');
  let matcher = MATCHERS.get(key);
  if (!matcher) MATCHERS.set(key, (matcher = compilePhraseSets(lists)));
  MATCHER_OF_SETTINGS.set(settings, matcher);
  return matcher;
}

function matchesIn(block: ProseBlock, matcher: PhraseSetMatcher): PhraseMatch[][] {
  const known = MATCHES.get(block);
  if (known?.matcher === matcher) return known.matches;
  const matches = matcher.find(block.quoted);
  MATCHES.set(block, { matcher, matches });
  return matches;
}

/**
 * Builds a rule that reports each use of a phrase in prose, at the phrase's first word.
 * Configured phrases extend the built-in list.
 */
export function createPhraseRule(spec: PhraseRuleSpec): Rule & { readonly phrases: readonly string[] } {
  const set = PHRASE_RULES.push(spec) - 1;
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
      const matcher = matcherFor(context.settings);
      const { source } = context.plan;
      for (const block of context.plan.prose) {
        for (const match of matchesIn(block, matcher)[set]) {
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
