import { startsWithName } from '../headings.js';
import type { Plan } from '../plan.js';
import { stringList, type Rule, type RuleContext } from '../rule.js';
import { GLOSSARY_SECTION_NAMES } from '../sections.js';
import { pointOf } from '../source.js';
import { escapeRegExp, isCapitalsOnly } from '../phrases.js';
import placeholder from './placeholder.js';

/** Everyday computing terms that need no definition (the contract's list, and more of the kind). */
export const EVERYDAY_ACRONYMS = new Set(
  (
    'API APIS CLI CI CD CPU GPU RAM ROM SSD HDD USB CSS CSV TSV HTML HTTP HTTPS ID IDS JSON OK OS PR PRS MR SQL UI UX ' +
    'URL URLS URI UTC UTF YAML YML TOML XML README PDF PNG JPG JPEG GIF SVG DNS IP TCP UDP SSH SSL TLS UUID ASCII ' +
    'IO JS TS NPM SDK IDE GUI FAQ QA EOF EOL MB KB GB TB KIB MIB GIB AM PM US UK EU ISO ANSI PID LTS WIP ETA ' +
    'GMT CEST CET PST PDT EST EDT JST KST AI N/A H1 H2 H3 H4 H5 H6 MD RFC PHP CSS3 HTML5 ES6 SHA MD5 GIT'
  ).split(' '),
);

/** Capitalised English words that are emphasis or keywords, not acronyms. */
const CAPITALISED_WORDS = new Set(
  (
    'A I NOT AND OR NO YES DO DONT MUST SHALL SHOULD MAY NEVER ALWAYS ONLY ALL ANY NEW OLD NOTE NOTES WARN WARNING ' +
    'ERROR INFO DEBUG TRUE FALSE NULL NONE DONE OPEN GET POST PUT PATCH DELETE HEAD PASS FAIL FAILED PASSED IF THE IS ' +
    'IN ON TO BE IT OF AT BY AS AN WE UP SO STOP WHY WHAT HOW WHEN WHERE READ WRITE ONCE AFTER BEFORE THEN ELSE WITH ' +
    'FROM INTO OUT OFF RUN SKIP KEEP ADD FIX BUG DRAFT FINAL LIVE STATUS PLAN GOAL NEXT LAST FIRST MAIN THIS THAT ' +
    'FOR BUT NOW ONE TWO USE VERY DONE SET NEED NEEDS ARE WAS HAS HAVE WILL CAN'
  ).split(' '),
);

/** Words on the placeholder list are never jargon. */
const PLACEHOLDER_WORDS = new Set(placeholder.phrases.filter(isCapitalsOnly));

/** Terms of art that need a definition wherever they appear. */
export const BUILT_IN_JARGON = [
  'daemon',
  'middleware',
  'RPC gateway',
  'filter graph',
  'idempotent',
  'idempotency',
  'sharding',
  'monad',
  'memoization',
  'sidecar',
];

const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;
// Capitals and digits, 2 to 6, starting with a letter; a plural `s` is read as the same term.
// Not part of a path, an identifier or a number (`CI/CD`, `FP-0087`, `file.TS`).
const ACRONYM = /(?<![\p{L}\p{N}_/\\@#$.=-])([A-Z][A-Z0-9]{1,5})s?(?![\p{L}\p{N}_/\\@#$=]|[.-][\p{L}\p{N}])/gu;

const foldTerm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

/** One pattern for all terms of art (matched in any case, with a plural ending), and their names. */
function termPattern(names: readonly string[]): { pattern: RegExp; byKey: Map<string, string> } | undefined {
  if (names.length === 0) return undefined;
  const sorted = [...names].sort((a, b) => b.length - a.length);
  const bodies = sorted.map((name) => name.trim().split(/\s+/).map(escapeRegExp).join('\\s+'));
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}_])(${bodies.join('|')})(?:s|es)?(?![\\p{L}\\p{N}_])`, 'giu'),
    byKey: new Map(sorted.map((name) => [foldTerm(name), name])),
  };
}

/** Terms the plan defines, found in one pass over its text: exact spellings and lower case. */
export interface Definitions {
  readonly exact: ReadonlySet<string>;
  readonly lower: ReadonlySet<string>;
}

const WORD = '[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*';
const MARK = '[*_`]*';
// What starts an explanation after a term: a parenthesis, a defining verb, ", which", ", that is",
// or a colon or dash followed by more text on the same line.
const EXPLANATION_START =
  /\(|(?<![\p{L}\p{N}])(?:means|is an?|are|is the|refers? to|stands for)(?![\p{L}])|,[ \t]*(?:which|that is)(?![\p{L}])|(?::|—|–|--|(?<=[ \t])-)(?=[ \t]*[^\s])/gu;
const WORD_CHAR = /[\p{L}\p{N}_-]/u;
const isWordChar = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
  return WORD_CHAR.test(ch);
};
const isBlank = (ch: string): boolean => ch === ' ' || ch === '\t';

/** The one to three words right before `end` on its line, past white space and emphasis marks. */
function wordsBefore(text: string, end: number, lineStart: number): string | undefined {
  let i = end;
  while (i > lineStart && isBlank(text[i - 1])) i--;
  while (i > lineStart && '*_`'.includes(text[i - 1])) i--;
  const words: string[] = [];
  while (words.length < 3) {
    let j = i;
    while (j > lineStart && isWordChar(text[j - 1])) j--;
    const word = text.slice(j, i).replace(/^[_-]+/, '');
    if (!word) break;
    words.unshift(word);
    i = j;
    if (i === lineStart || !isBlank(text[i - 1])) break;
    while (i > lineStart && isBlank(text[i - 1])) i--;
  }
  return words.length ? words.join(' ') : undefined;
}
// A term in parentheses right after its expansion: `JSON Web Token (JWT)`.
const IN_PARENTHESES = new RegExp(`\\([ \\t]*${MARK}((?:${WORD}[ \\t]+){0,2}${WORD})${MARK}[ \\t]*\\)`, 'gu');

function addForms(words: string, exact: Set<string>, lower: Set<string>, withTails = true): void {
  const list = words.split(/[ \t]+/);
  // Every run of last words (the match may start before the term: "the session daemon means"
  // defines "daemon"), and each without a plural ending.
  for (let i = 0; i < (withTails ? list.length : 1); i++) {
    const phrase = list.slice(i).join(' ');
    for (const form of [phrase, phrase.replace(/(?:es|s)$/, ''), phrase.replace(/s$/, '')]) {
      exact.add(form);
      lower.add(form.toLowerCase());
    }
  }
}

export function findDefinitions(plan: Plan): Definitions {
  const exact = new Set<string>();
  const lower = new Set<string>();
  const text = plan.source.text;
  // Look back from each place an explanation starts, within its line: linear in the plan's size.
  // The line's start is tracked as the matches move on, not searched back for from each (which
  // is quadratic on a long line with many parentheses).
  let lineStart = 0;
  let scanned = 0;
  EXPLANATION_START.lastIndex = 0;
  for (let m = EXPLANATION_START.exec(text); m; m = EXPLANATION_START.exec(text)) {
    for (let i = m.index - 1; i >= scanned; i--) {
      if (text[i] === '\n') {
        lineStart = i + 1;
        break;
      }
    }
    scanned = m.index;
    const before = wordsBefore(text, m.index, lineStart);
    if (before) addForms(before, exact, lower);
  }
  // In parentheses, only the whole content is the term: "(NodeNext ESM)" defines neither word.
  IN_PARENTHESES.lastIndex = 0;
  for (let m = IN_PARENTHESES.exec(text); m; m = IN_PARENTHESES.exec(text)) addForms(m[1], exact, lower, false);
  // Every word, and every run of two or three words, in a Glossary, Terms or Definitions section.
  for (const section of plan.sections) {
    if (!GLOSSARY_SECTION_NAMES.some((name) => startsWithName(section.heading.normalised, name))) continue;
    const words = text.slice(section.bodyStart, section.end).match(new RegExp(WORD, 'gu')) ?? [];
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= 3 && i + n <= words.length; n++) addForms(words.slice(i, i + n).join(' '), exact, lower);
    }
  }
  return { exact, lower };
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
    fix: 'Explain the term in plain language at its first use, e.g. "JWT (JSON Web Token, a signed token)", or in a Glossary section.',
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
  },
  check(context: RuleContext) {
    const { plan, settings } = context;
    const allowed = new Set(settings.jargon.allow.map((a) => a.toLowerCase()));
    const terms = termPattern(
      [...BUILT_IN_JARGON, ...settings.jargon.terms].filter((t) => !allowed.has(t.toLowerCase())),
    );
    const definitions = findDefinitions(plan);
    const definedOnce = (name: string, caseSensitive: boolean): boolean =>
      caseSensitive ? definitions.exact.has(name) : definitions.lower.has(name.toLowerCase().replace(/\s+/g, ' '));
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

    for (const block of plan.prose) {
      const text = block.quoted;
      ACRONYM.lastIndex = 0;
      for (let m = ACRONYM.exec(text); m; m = ACRONYM.exec(text)) {
        const name = m[1];
        if (
          EVERYDAY_ACRONYMS.has(name) ||
          CAPITALISED_WORDS.has(name) ||
          PLACEHOLDER_WORDS.has(name) ||
          ROMAN.test(name) ||
          allowed.has(name.toLowerCase())
        ) {
          continue;
        }
        if (definedOnce(name, true)) continue;
        report(name, `acronym:${name}`, m.index, m.index + m[0].length, block.offsetAt);
      }
      if (!terms) continue;
      terms.pattern.lastIndex = 0;
      for (let m = terms.pattern.exec(text); m; m = terms.pattern.exec(text)) {
        const name = terms.byKey.get(foldTerm(m[1])) ?? m[1];
        if (definedOnce(name, false)) continue;
        report(name, `term:${foldTerm(name)}`, m.index, m.index + m[0].length, block.offsetAt);
      }
    }
  },
};

export default rule;
