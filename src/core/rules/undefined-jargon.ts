import { startsWithName } from '../headings.js';
import type { Plan } from '../plan.js';
import type { Rule, RuleContext } from '../rule.js';
import { GLOSSARY_SECTION_NAMES } from '../sections.js';
import { pointOf } from '../source.js';

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
const PLACEHOLDER_WORDS = new Set(['TBD', 'TBA', 'TODO', 'FIXME', 'XXX']);

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

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

interface Term {
  readonly name: string;
  /** Matches a use of the term in prose. */
  readonly use: RegExp;
  readonly caseSensitive: boolean;
}

function termOf(name: string): Term {
  const body = name.split(/\s+/).map(escape).join('\\s+');
  return {
    name,
    use: new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?:s|es)?(?![\\p{L}\\p{N}_])`, 'giu'),
    caseSensitive: false,
  };
}

/**
 * Whether the plan defines a term: an explanation in parentheses after it, the term in
 * parentheses after its expansion, a defining verb or punctuation after it, or a glossary.
 */
function isDefined(plan: Plan, term: string, caseSensitive: boolean, glossaryText: string): boolean {
  const t = term.split(/\s+/).map(escape).join('\\s+');
  const flags = caseSensitive ? 'u' : 'iu';
  const mark = '[*_`]*';
  const before = '(?<![\\p{L}\\p{N}_])';
  const patterns = [
    `${before}${mark}${t}(?:s|es)?${mark}\\s*\\(`,
    `\\(\\s*${mark}${t}(?:s|es)?${mark}\\s*\\)`,
    `${before}${mark}${t}(?:s|es)?${mark}\\s*(?:means|is an?|are|is the|refers to|refer to|stands for)(?![\\p{L}])`,
    `${before}${mark}${t}(?:s|es)?${mark}\\s*,\\s*(?:which|that is)(?![\\p{L}])`,
    `${before}${mark}${t}(?:s|es)?${mark}\\s*(?::|—|–|--|\\s-\\s)\\s*\\S`,
  ];
  const text = plan.source.text;
  if (patterns.some((p) => new RegExp(p, flags).test(text))) return true;
  return glossaryText !== '' && new RegExp(`${before}${t}`, flags).test(glossaryText);
}

function glossaryTextOf(plan: Plan): string {
  return plan.sections
    .filter((s) => GLOSSARY_SECTION_NAMES.some((name) => startsWithName(s.heading.normalised, name)))
    .map((s) => plan.source.text.slice(s.bodyStart, s.end))
    .join('\n');
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
    examples: {
      failing: ['Sessions are carried in a JWT cookie, written by the session daemon.'].join('\n'),
      fixed: [
        'Sessions are carried in a JWT (JSON Web Token: a signed piece of text the server can check) cookie, written by the session daemon (a background process that runs beside the web server).',
      ].join('\n'),
    },
    options:
      '`jargon.allow` in the configuration file lists acronyms and terms that need no definition; `jargon.terms` adds terms of art to check.',
  },
  check(context: RuleContext) {
    const { plan, settings } = context;
    const allowed = new Set(settings.jargon.allow.map((a) => a.toLowerCase()));
    const terms = [...BUILT_IN_JARGON, ...settings.jargon.terms]
      .filter((t) => !allowed.has(t.toLowerCase()))
      .map(termOf);
    const glossary = glossaryTextOf(plan);
    const defined = new Map<string, boolean>();
    const definedOnce = (name: string, caseSensitive: boolean): boolean => {
      const key = caseSensitive ? name : name.toLowerCase();
      let known = defined.get(key);
      if (known === undefined) {
        known = isDefined(plan, name, caseSensitive, glossary);
        defined.set(key, known);
      }
      return known;
    };
    const report = (name: string, group: string, start: number, end: number, offsets: Int32Array): void => {
      const from = pointOf(plan.source, offsets[start]);
      const to = pointOf(plan.source, offsets[end - 1] + 1);
      context.report({
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
        group,
        message: `"${name}" is not defined in the plan: explain it in plain language at its first use, e.g. "${name} (…, which …)", or in a Glossary section.`,
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
        report(name, `acronym:${name}`, m.index, m.index + m[0].length, block.offsets);
      }
      for (const term of terms) {
        term.use.lastIndex = 0;
        for (let m = term.use.exec(text); m; m = term.use.exec(text)) {
          if (definedOnce(term.name, term.caseSensitive)) break;
          report(term.name, `term:${term.name.toLowerCase()}`, m.index, m.index + m[0].length, block.offsets);
        }
      }
    }
  },
};

export default rule;
