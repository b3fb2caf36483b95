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
    'GMT CEST CET PST PDT EST EDT JST KST AI N/A H1 H2 H3 H4 H5 H6 MD RFC PHP CSS3 HTML5 ES6 SHA MD5 GIT ' +
    // Everyday abbreviations a beginner reads without help (the contract names DB to DRAM).
    'DB PIN UID GID PATH MIT XOR DRAM SRAM RGB RGBA LAN WAN VM VPN FPS AES RSA SHA1 SHA256 SHA512 MVP E2E CDN SEO ' +
    'CEO CFO CTO FAQS ARM64 X64 X86 AMD64 BSD GPL LGPL CRLF LF PNG WEBP MP4 MP3 ZIP RAW BMP TODOS ' +
    // Time-zone abbreviations and company names.
    'MST MDT CST CDT IST BST AEST AEDT EET EEST WET WEST HKT SGT NZST NZDT NVIDIA AMD IBM INTEL ACME'
  ).split(' '),
);

/** Capitalised English words that are emphasis or keywords, not acronyms. */
const CAPITALISED_WORDS = new Set(
  (
    'A I NOT AND OR NO YES DO DONT MUST SHALL SHOULD MAY NEVER ALWAYS ONLY ALL ANY NEW OLD NOTE NOTES WARN WARNING ' +
    'ERROR INFO DEBUG TRUE FALSE NULL NONE DONE OPEN GET POST PUT PATCH DELETE HEAD PASS FAIL FAILED PASSED IF THE IS ' +
    'IN ON TO BE IT OF AT BY AS AN WE UP SO STOP WHY WHAT HOW WHEN WHERE READ WRITE ONCE AFTER BEFORE THEN ELSE WITH ' +
    'FROM INTO OUT OFF RUN SKIP KEEP ADD FIX BUG DRAFT FINAL LIVE STATUS PLAN GOAL NEXT LAST FIRST MAIN THIS THAT ' +
    'FOR BUT NOW ONE TWO USE VERY DONE SET NEED NEEDS ARE WAS HAS HAVE WILL CAN ' +
    // Enum, state and keyword names that are English words or their usual short forms.
    'INIT READY CLOSED CLOSE TEXT LOAD DEMO RED GREEN BLUE YELLOW HOME HONOR AGENTS AGENT PENDING RUNNING ACTIVE ' +
    'IDLE BUSY LOCKED UNLOCKED STARTED STOPPED PAUSED QUEUED FAILURE SUCCESS OKAY BLOCKED ALLOW DENY DROP EXIT ' +
    'START END BEGIN COMMIT ROLLBACK SELECT INSERT UPDATE UPSERT WHERE JOIN ORDER GROUP LIMIT TABLE INDEX VIEW ' +
    'ON OFF HIGH LOW MEDIUM CRITICAL MAJOR MINOR PATCH FATAL TRACE VERBOSE NOTICE ALERT EMPTY FULL NONE VALID ' +
    'INVALID UNKNOWN DEFAULT CUSTOM TEST TESTS LINT BUILD DEPLOY RELEASE CHECK CHECKS GATE MERGE MERGED REVIEW ' +
    'APPROVED REJECTED OPENED EXPIRED DELETED CREATED ARCHIVED DISABLED ENABLED REQUIRED OPTIONAL PUBLIC PRIVATE ' +
    'LOCAL REMOTE DEV PROD STAGING USER USERS ADMIN OWNER GUEST ROOT DATA INPUT OUTPUT ROUTE LIVE IMPORTANT ' +
    'CAUTION TIP HINT BREAKING SAFE UNSAFE STABLE BETA ALPHA PREVIEW LATEST OBSOLETE DEPRECATED REMOVED FIXED ' +
    'BROKEN BLOCKER MANUAL AUTO TRUE FALSE PARTIAL COMPLETE COMPLETED IN_PROGRESS WAITING RETRY TIMEOUT ERRORS ' +
    'WARNINGS PASSES FAILS KEY VALUE NAME TYPE MODE STATE EVENT EVENTS LIST ITEM ITEMS NODE NODES STEP STEPS'
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
/** A letter prefix and a number, with an optional tail (`V17`, `M14`, `F4C1`): a numbered identifier when the plan numbers the prefix more than once. */
const NUMBERED = /^([A-Z]{1,2})(\d+)([A-Z]?\d*)$/;
/** Priorities (`P0` to `P4`) and error codes (`E404`, `CS0200`). */
const PRIORITY_OR_CODE = /^(?:P[0-4]|[A-Z]{1,2}\d{3,5})$/;
/** A time of day right before a zone abbreviation: `18:10 CST`, `09:00IST`. */
const TIME_BEFORE = /\d{1,2}:\d{2}(?::\d{2})?\s*$/;

/** The letter prefixes that the plan numbers with more than one number (`V16` and `V17`). */
function numberedPrefixes(text: string): Set<string> {
  const seen = new Map<string, string>();
  const numbered = new Set<string>();
  const tokens = /(?<![\p{L}\p{N}_])([A-Z]{1,2})(\d+[A-Z]?\d*)(?![\p{L}\p{N}_])/gu;
  for (let m = tokens.exec(text); m; m = tokens.exec(text)) {
    const previous = seen.get(m[1]);
    if (previous === undefined) seen.set(m[1], m[2]);
    else if (previous !== m[2]) numbered.add(m[1]);
  }
  return numbered;
}

/** Words that end product names after a short acronym: `VS Code`, `RT Admin`, `AWS Console`. */
const PRODUCT_WORDS =
  'Code|Studio|Admin|Wiki|Cloud|Pro|Max|Mini|Air|Plus|Online|Desktop|Mobile|Server|Hub|Suite|Console|Portal|Store|Connect|Express|Edition|Enterprise|Community';
const PRODUCT_AFTER = new RegExp(`^ (?:${PRODUCT_WORDS})\\b`);

/**
 * Whether a short acronym is part of a product name: followed by a word that ends product names
 * (`VS Code`, `RT Admin`), or, when it has two letters, after capitalised words inside a
 * sentence (`Apple M1`, `PingFang SC`, `Noto Sans Mono CJK SC`).
 */
function inProductName(text: string, start: number, end: number): boolean {
  if (end - start > 3) return false;
  if (end - start <= 2) {
    // One to three capitalised words before it, inside a sentence, one of them a name (`Noto Sans Mono CJK SC`).
    const name = /(?:^|[a-z,] )((?:[A-Z][\p{L}\d/]* ){1,3})$/u.exec(
      (start > 40 ? '\u0001' : '') + text.slice(Math.max(0, start - 40), start),
    );
    if (name && /[a-z]/.test(name[1])) return true;
  }
  return PRODUCT_AFTER.test(text.slice(end, end + 20));
}

/** Whether the match is part of a model number or a tagged identifier: `DNY-NX9`, `ORCH-ACT-1`. */
function isModelNumber(text: string, start: number, end: number): boolean {
  let from = start;
  let to = end;
  while (from > 0 && /[A-Z0-9-]/.test(text[from - 1])) from--;
  while (to < text.length && /[A-Z0-9-]/.test(text[to])) to++;
  const token = text.slice(from, to);
  return /^[A-Z0-9]+(?:-[A-Z0-9]+)+$/.test(token) && /\d/.test(token);
}

/** Whether the whitespace-delimited token around a match is a path or a URL (`src/DB/x.ts`, `docs/ADR/`). */
function inPath(text: string, start: number, end: number): boolean {
  let from = start;
  let to = end;
  while (from > 0 && !/\s/.test(text[from - 1])) from--;
  while (to < text.length && !/\s/.test(text[to])) to++;
  const token = text.slice(from, to).replace(/^[("'`*_[]+|[)"'`*_\].,;:!?]+$/g, '');
  if (!token.includes('/') && !token.includes('\\')) return false;
  return /[a-z]/.test(token.replace(/[A-Z]+/g, '')) || /^[.~/]/.test(token) || /\.[A-Za-z0-9]{1,5}$/.test(token);
}
// Capitals and digits, 2 to 6, starting with a letter; a plural `s` is read as the same term.
// Not part of a path, an identifier or a number (`CI/CD`, `FP-0087`, `file.TS`).
// Next to `/` or `-` (`PEM/PKCS#8`, `CRC-checked`) it is checked, unless the token is a path or
// a hyphenated identifier with a number (`FP-0087`, `UTF-8`).
const ACRONYM =
  /(?<![\p{L}\p{N}_\\@#$.=]|\d-)([A-Z][A-Z0-9]{1,5})s?(?![\p{L}\p{N}_\\@$=]|[.][\p{L}\p{N}]|-\d|#[^\d])/gu;

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
// A term in parentheses right after its expansion: `JSON Web Token (JWT)`, or after its
// expansion inside them: `(behaviour-driven development, BDD)`.
const IN_PARENTHESES = new RegExp(`\\([ \\t]*${MARK}((?:${WORD}[ \\t]+){0,2}${WORD})${MARK}[ \\t]*\\)`, 'gu');
const EXPANSION_THEN_ACRONYM = /\(([^()\n]{3,120}?),[ \t]*[*_`]*([A-Z][A-Z0-9]{1,5})s?[*_`]*[ \t]*\)/gu;
const ACRONYM_SHAPE = /^[A-Z][A-Z0-9]{1,5}s?$/;
const SMALL_WORDS = new Set([
  'of',
  'and',
  'the',
  'for',
  'to',
  'a',
  'an',
  'in',
  'on',
  'with',
  'de',
  'la',
  'el',
  'le',
  'des',
  'du',
  'da',
  'do',
]);

/**
 * Whether the words before a parenthesised acronym are its expansion: their initials (small
 * words may be skipped), or its letters in order, each word giving at least one and starting
 * with its first letter (`JavaScript XML (JSX)`, `PostgreSQL (PG)`). `10 (RVO)` is no expansion.
 */
export function fitsAcronym(before: string, acronym: string): boolean {
  const letters = acronym
    .replace(/s$/, '')
    .replace(/[^A-Z]/g, '')
    .toLowerCase();
  if (letters.length < 2) return false;
  const words = before
    .split(/[\s\-–—/]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean)
    .slice(-(letters.length + 4));
  for (let k = 1; k <= words.length; k++) {
    const tail = words.slice(-k).filter((w, i) => i === 0 || !SMALL_WORDS.has(w.toLowerCase()));
    if (!/^\p{L}/u.test(tail[0]) || tail[0][0].toLowerCase() !== letters[0]) continue;
    if (tail.map((w) => w[0].toLowerCase()).join('') === letters) return true;
    if (lettersInOrder(tail, letters)) return true;
  }
  return false;
}

/** Each word starts with the next letter and may give more of them, in order. */
function lettersInOrder(words: readonly string[], letters: string): boolean {
  let at = 0;
  for (let w = 0; w < words.length; w++) {
    const lower = words[w].toLowerCase();
    if (lower[0] !== letters[at]) return false;
    at++;
    // Leave one letter for each word still to come.
    const keep = words.length - w - 1;
    for (let i = 1; i < lower.length && at < letters.length - keep; i++) if (lower[i] === letters[at]) at++;
  }
  return at === letters.length;
}

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
  for (let m = IN_PARENTHESES.exec(text); m; m = IN_PARENTHESES.exec(text)) {
    const term = m[1];
    if (ACRONYM_SHAPE.test(term)) {
      const lineStartAt = text.lastIndexOf('\n', m.index) + 1;
      if (!fitsAcronym(text.slice(Math.max(lineStartAt, m.index - 200), m.index), term)) continue;
    }
    addForms(term, exact, lower, false);
  }
  EXPANSION_THEN_ACRONYM.lastIndex = 0;
  for (let m = EXPANSION_THEN_ACRONYM.exec(text); m; m = EXPANSION_THEN_ACRONYM.exec(text)) {
    if (fitsAcronym(m[1], m[2])) addForms(m[2], exact, lower, false);
  }
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
      "Not jargon: numbered identifiers (a letter and a number where the plan uses the same letter with another number, `V16` and `V17`, `F4A` and `F4B`), priorities (`P0`), error codes (`E404`, `CS0200`), model numbers and tagged identifiers (`DNY-NX9`, `ORCH-ACT-1`), enum and state names and capitalised English words (`INIT`, `READY`, `CLOSED`, `TEXT`), time-zone abbreviations inside a timestamp, heredoc markers (`PY` of `<<'PY'`), short acronyms that are part of a product or font name (`VS Code`, `PingFang SC`), and everyday abbreviations (`DB`, `PIN`, `UID`, `PATH`, `MIT`, `XOR`, `DRAM`, …). `(ABC)` defines ABC only when the words before it fit it (their initials, or its letters in order: `Reciprocal Velocity Obstacles (RVO)`; `10 (RVO)` defines nothing); `(behaviour-driven development, BDD)` defines BDD. Acronyms next to `/` or `-` (`PEM/PKCS#8`, `CRC-checked`) are checked, outside paths. `jargon.allow` in the configuration file lists acronyms and terms that need no definition; `jargon.terms` adds terms of art to check.",
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
        message: `"${name}" is not defined in the plan: explain it in plain language at its first use, e.g. "${name} (…, which …)", or in a Glossary section.`,
      });
    };

    const heredocMarkers = new Set(
      [...plan.source.text.matchAll(/<<-?\s*['"]?([A-Z][A-Z0-9_]*)['"]?/g)].map((h) => h[1]),
    );
    const numbered = numberedPrefixes(plan.prose.map((block) => block.quoted).join('\n'));
    for (const block of plan.prose) {
      const text = block.quoted;
      ACRONYM.lastIndex = 0;
      for (let m = ACRONYM.exec(text); m; m = ACRONYM.exec(text)) {
        const name = m[1];
        const end = m.index + m[0].length;
        const identifier = NUMBERED.exec(name);
        if (
          EVERYDAY_ACRONYMS.has(name) ||
          CAPITALISED_WORDS.has(name) ||
          PLACEHOLDER_WORDS.has(name) ||
          ROMAN.test(name) ||
          allowed.has(name.toLowerCase()) ||
          (identifier && (numbered.has(identifier[1]) || EVERYDAY_ACRONYMS.has(identifier[1]))) ||
          PRIORITY_OR_CODE.test(name) ||
          TIME_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) ||
          (text[m.index - 1] === "'" && text[end] === "'") ||
          inProductName(text, m.index, end) ||
          isModelNumber(text, m.index, end) ||
          heredocMarkers.has(name) ||
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
