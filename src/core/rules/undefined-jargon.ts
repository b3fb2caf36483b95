import { findDefinitions } from '../jargon-definitions.js';
import {
  EVERYDAY_ACRONYMS,
  CAPITALISED_WORDS,
  PLACEHOLDER_WORDS,
  BUILT_IN_JARGON,
  ROMAN,
  NUMBERED,
  PRIORITY_OR_CODE,
  TIME_BEFORE,
  numberedPrefixes,
  inProductName,
  isModelNumber,
  isCodePoint,
  inPath,
} from '../jargon-terms.js';
import { escapeRegExp, isAscii } from '../phrases.js';
import { stringList, type Rule, type RuleContext } from '../rule.js';
import { pointOf } from '../source.js';
import { UnicodeRegExp } from '../unicode-regexp.js';

const ACRONYM = new UnicodeRegExp(
  String.raw`(?<![\p{L}\p{N}_\\@#$.=]|\d-)([A-Z][A-Z0-9]{1,5})s?(?![\p{L}\p{N}_\\@$=]|[.][\p{L}\p{N}]|-\d|#[^\d])`,
  'gu',
);

const foldTerm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

/** One pattern for all terms of art (matched in any case, with a plural ending), and their names. */
export function termPattern(
  names: readonly string[],
): { pattern: UnicodeRegExp; byKey: Map<string, string> } | undefined {
  if (names.length === 0) return undefined;
  const sorted = [...names].sort((a, b) => b.length - a.length);
  const bodies = sorted.map((name) => name.trim().split(/\s+/).map(escapeRegExp).join('\\s+'));
  return {
    pattern: new UnicodeRegExp(`(?<![\\p{L}\\p{N}_])(${bodies.join('|')})(?:s|es)?(?![\\p{L}\\p{N}_])`, 'giu'),
    byKey: new Map(sorted.map((name) => [foldTerm(name), name])),
  };
}

const rule: Rule = {
  meta: {
    id: 'undefined-jargon',
    description:
      'Reports a term of art (an acronym, or a word such as "idempotent") that the plan uses without defining, once per term.',
    rationale:
      'The reader is a complete beginner to the repository. Every term that is not ordinary English is defined in plain language where it is used, or in a Glossary section.',
    defaultSeverity: 'warning',
    reportedAt: 'its first use in prose',
    tags: ['self-containment'],
    advice:
      'Explain the term in plain language at its first use, e.g. "JWT (JSON Web Token, a signed token)", or in a Glossary section.',
    options: {
      key: ['jargon'],
      schema: {
        type: 'object',
        properties: {
          allow: stringList('Acronyms and terms that need no definition.'),
          terms: stringList('Terms of art to check, besides the built-in list.'),
        },
        additionalProperties: false,
        description: 'Which terms undefined-jargon checks.',
      },
    },
    notes:
      "Not jargon: numbered identifiers (a letter and a number where the plan uses the same letter with another number, `V16` and `V17`, `F4A` and `F4B`), priorities (`P0`), error codes (`E404`, `CS0200`), Unicode code points (`U+FEFF`), model numbers and tagged identifiers (`DNY-NX9`, `ORCH-ACT-1`), enum and state names and capitalised English words (`INIT`, `READY`, `CLOSED`, `TEXT`), time-zone abbreviations inside a timestamp, heredoc markers (`PY` of `<<'PY'`), short acronyms that are part of a product or font name (`VS Code`, `PingFang SC`), and everyday abbreviations (`DB`, `PIN`, `UID`, `PATH`, `MIT`, `XOR`, `DRAM`, …). `(ABC)` defines ABC only when the words before it fit it (their initials, or its letters in order: `Reciprocal Velocity Obstacles (RVO)`; `10 (RVO)` defines nothing); `(behaviour-driven development, BDD)` defines BDD. Acronyms next to `/` or `-` (`PEM/PKCS#8`, `CRC-checked`) are checked, outside paths. `jargon.allow` in the configuration file lists acronyms and terms that need no definition; `jargon.terms` adds terms of art to check.",
  },
  check(context: RuleContext) {
    const { plan, settings } = context;
    const allowed = new Set(settings.jargon.allow.map((a) => a.toLowerCase()));
    const names = [...BUILT_IN_JARGON, ...settings.jargon.terms].filter((t) => !allowed.has(t.toLowerCase()));
    // The pattern of terms (case-insensitive, with the letter classes around it: among the
    // costliest expressions of a run to compile) only for prose that holds a term's first word.
    // In ASCII, the pattern's case folding is lower case, with `ſ` an `s`; other terms always.
    const prose = plan.prose.map((block) => block.quoted).join('\n');
    const folded = prose.toLowerCase().replaceAll('ſ', 's');
    const mayHold = (name: string): boolean =>
      !isAscii(name) || folded.includes(name.trim().split(/\s+/)[0].toLowerCase());
    const terms = names.some(mayHold) ? termPattern(names) : undefined;
    // The definitions, the heredoc markers and the numbered prefixes are looked for only once a
    // term needs them: a plan may have no term left to check once the cheaper tests are done.
    let definitions: ReturnType<typeof findDefinitions> | undefined;
    const definedOnce = (name: string, caseSensitive: boolean): boolean => {
      definitions ??= findDefinitions(plan);
      return caseSensitive
        ? definitions.exact.has(name)
        : definitions.lower.has(name.toLowerCase().replace(/\s+/g, ' '));
    };
    const report = (
      name: string,
      group: string,
      start: number,
      end: number,
      offsetAt: (index: number) => number,
    ): void => {
      const from = pointOf(plan.source, offsetAt(start));
      const to = pointOf(plan.source, offsetAt(end - 1) + 1);
      context.report({
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
        group,
        message: `"${name}" is not defined: explain it at its first use.`,
      });
    };

    let heredocMarkers: Set<string> | undefined;
    const isHeredocMarker = (name: string): boolean =>
      (heredocMarkers ??= new Set(
        [...plan.source.text.matchAll(/<<-?\s*['"]?([A-Z][A-Z0-9_]*)['"]?/g)].map((h) => h[1]),
      )).has(name);
    let numbered: Set<string> | undefined;
    const isNumberedPrefix = (prefix: string): boolean => (numbered ??= numberedPrefixes(prose)).has(prefix);
    for (const block of plan.prose) {
      const text = block.quoted;
      const acronym = ACRONYM.for(text);
      acronym.lastIndex = 0;
      for (let m = acronym.exec(text); m; m = acronym.exec(text)) {
        const name = m[1];
        const end = m.index + m[0].length;
        const identifier = NUMBERED.exec(name);
        if (
          EVERYDAY_ACRONYMS.has(name) ||
          CAPITALISED_WORDS.has(name) ||
          PLACEHOLDER_WORDS.has(name) ||
          ROMAN.test(name) ||
          allowed.has(name.toLowerCase()) ||
          (identifier && (isNumberedPrefix(identifier[1]) || EVERYDAY_ACRONYMS.has(identifier[1]))) ||
          PRIORITY_OR_CODE.test(name) ||
          isCodePoint(text, m.index, name) ||
          TIME_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) ||
          (text[m.index - 1] === "'" && text[end] === "'") ||
          inProductName(text, m.index, end) ||
          isModelNumber(text, m.index, end) ||
          isHeredocMarker(name) ||
          (/[/\\-]/.test(text[m.index - 1] ?? '') || /[/\\-]/.test(text[end] ?? '')
            ? inPath(text, m.index, end)
            : false)
        ) {
          continue;
        }
        if (definedOnce(name, true)) continue;
        report(name, `acronym:${name}`, m.index, m.index + m[0].length, block.offsetAt);
      }
      if (!terms) continue;
      const termsIn = terms.pattern.for(text);
      termsIn.lastIndex = 0;
      for (let m = termsIn.exec(text); m; m = termsIn.exec(text)) {
        const name = terms.byKey.get(foldTerm(m[1])) ?? m[1];
        if (definedOnce(name, false)) continue;
        report(name, `term:${foldTerm(name)}`, m.index, m.index + m[0].length, block.offsetAt);
      }
    }
  },
};

export default rule;
