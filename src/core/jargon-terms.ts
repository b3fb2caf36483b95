import { isCapitalsOnly } from './phrases.js';
import { PLACEHOLDER_PHRASES } from './placeholder-phrases.js';
import { UnicodeRegExp } from './unicode-regexp.js';

/** What `undefined-jargon` counts as a term of art, and the exceptions a careful reader makes. */
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
export const CAPITALISED_WORDS = new Set(
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
export const PLACEHOLDER_WORDS = new Set(PLACEHOLDER_PHRASES.filter(isCapitalsOnly));

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

export const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;
/** A letter prefix and a number, with an optional tail (`V17`, `M14`, `F4C1`): a numbered identifier when the plan numbers the prefix more than once. */
export const NUMBERED = /^([A-Z]{1,2})(\d+)([A-Z]?\d*)$/;
/** Priorities (`P0` to `P4`) and error codes (`E404`, `CS0200`). */
export const PRIORITY_OR_CODE = /^(?:P[0-4]|[A-Z]{1,2}\d{3,5})$/;
const HEX_DIGITS = /^[0-9A-F]{4,6}$/;
/** A Unicode code point (`U+FEFF`): the letters are hexadecimal digits, not an acronym. */
export const isCodePoint = (text: string, start: number, name: string): boolean =>
  text.startsWith('U+', start - 2) && HEX_DIGITS.test(name);
/** A time of day right before a zone abbreviation: `18:10 CST`, `09:00IST`. */
export const TIME_BEFORE = /\d{1,2}:\d{2}(?::\d{2})?\s*$/;

const NUMBERED_TOKEN = new UnicodeRegExp(
  String.raw`(?<![\p{L}\p{N}_])([A-Z]{1,2})(\d+[A-Z]?\d*)(?![\p{L}\p{N}_])`,
  'gu',
);

/** The letter prefixes that the plan numbers with more than one number (`V16` and `V17`). */
export function numberedPrefixes(text: string): Set<string> {
  const seen = new Map<string, string>();
  const numbered = new Set<string>();
  const tokens = NUMBERED_TOKEN.for(text);
  tokens.lastIndex = 0;
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
const CAPITALISED_WORDS_AT_END = new UnicodeRegExp(String.raw`(?:^|[a-z,] )((?:[A-Z][\p{L}\d/]* ){1,3})$`, 'u');

/**
 * Whether a short acronym is part of a product name: followed by a word that ends product names
 * (`VS Code`, `RT Admin`), or, when it has two letters, after capitalised words inside a
 * sentence (`Apple M1`, `PingFang SC`, `Noto Sans Mono CJK SC`).
 */
export function inProductName(text: string, start: number, end: number): boolean {
  if (end - start > 3) return false;
  if (end - start <= 2) {
    // One to three capitalised words before it, inside a sentence, one of them a name (`Noto Sans Mono CJK SC`).
    const before = (start > 40 ? '\u0001' : '') + text.slice(Math.max(0, start - 40), start);
    const name = CAPITALISED_WORDS_AT_END.exec(before);
    if (name && /[a-z]/.test(name[1])) return true;
  }
  return PRODUCT_AFTER.test(text.slice(end, end + 20));
}

/** Whether the match is part of a model number or a tagged identifier: `DNY-NX9`, `ORCH-ACT-1`. */
export function isModelNumber(text: string, start: number, end: number): boolean {
  let from = start;
  let to = end;
  while (from > 0 && /[A-Z0-9-]/.test(text[from - 1])) from--;
  while (to < text.length && /[A-Z0-9-]/.test(text[to])) to++;
  const token = text.slice(from, to);
  return /^[A-Z0-9]+(?:-[A-Z0-9]+)+$/.test(token) && /\d/.test(token);
}

/** Whether the whitespace-delimited token around a match is a path or a URL (`src/DB/x.ts`, `docs/ADR/`). */
export function inPath(text: string, start: number, end: number): boolean {
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
