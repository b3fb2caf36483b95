'use strict';
const __execplanUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/cli/validate-worker.ts
var validate_worker_exports = {};
module.exports = __toCommonJS(validate_worker_exports);
var import_node_worker_threads = require("node:worker_threads");

// src/core/controls.ts
var CONTROL = /^execplan-(disable-next-line|disable-line|disable-file|disable|enable)(?:\s+([\s\S]*))?$/;
function readSuppressions(comments) {
  const spans = [];
  const open = /* @__PURE__ */ new Map();
  const close = (key, line) => {
    const from = open.get(key);
    if (from === void 0) return;
    spans.push({ rules: key === "" ? null : /* @__PURE__ */ new Set([key]), from, to: line });
    open.delete(key);
  };
  for (const comment of comments) {
    const match = CONTROL.exec(comment.body.trim());
    if (!match) continue;
    const rules = match[2] ? match[2].split(/[\s,]+/).filter(Boolean) : [];
    const ruleSet = rules.length ? new Set(rules) : null;
    switch (match[1]) {
      case "disable-file":
        spans.push({ rules: ruleSet, from: 1, to: Number.MAX_SAFE_INTEGER });
        break;
      case "disable-line":
        spans.push({ rules: ruleSet, from: comment.line, to: comment.endLine });
        break;
      case "disable-next-line":
        spans.push({ rules: ruleSet, from: comment.endLine + 1, to: comment.endLine + 1 });
        break;
      case "disable":
        for (const key of rules.length ? rules : [""]) if (!open.has(key)) open.set(key, comment.line);
        break;
      case "enable":
        if (rules.length) for (const key of rules) close(key, comment.line);
        else for (const key of [...open.keys()]) close(key, comment.line);
        break;
    }
  }
  for (const key of [...open.keys()]) close(key, Number.MAX_SAFE_INTEGER);
  return {
    isSuppressed(ruleId, line) {
      return spans.some((s) => line >= s.from && line <= s.to && (s.rules === null || s.rules.has(ruleId)));
    }
  };
}

// src/core/source.ts
function normaliseText(raw) {
  const withoutBom = raw.charCodeAt(0) === 65279 ? raw.slice(1) : raw;
  return withoutBom.includes("\r") ? withoutBom.replace(/\r\n?/g, "\n") : withoutBom;
}
function createSource(raw) {
  const text = normaliseText(raw);
  return { text, lineStarts: lineStartsOf(text) };
}
function lineStartsOf(text) {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  return lineStarts;
}
function lastAtOrBelow(values, target) {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (values[mid] <= target) low = mid;
    else high = mid - 1;
  }
  return low;
}
function lineOf(source, offset) {
  return lastAtOrBelow(source.lineStarts, offset) + 1;
}
function pointOf(source, offset) {
  const line = lineOf(source, offset);
  return { line, column: offset - source.lineStarts[line - 1] + 1 };
}
function lineText(source, line) {
  const start = source.lineStarts[line - 1];
  if (start === void 0) return "";
  const next = source.lineStarts[line];
  return source.text.slice(start, next === void 0 ? source.text.length : next - 1);
}
function lineCount(source) {
  const { text, lineStarts } = source;
  return text.endsWith("\n") ? lineStarts.length - 1 : lineStarts.length;
}
function trimEnds(text, trailing, leading) {
  let start = 0;
  let end = text.length;
  while (leading && start < end && leading.test(text[start])) start++;
  while (end > start && trailing.test(text[end - 1])) end--;
  return text.slice(start, end);
}

// src/core/fix-lines.ts
function lineReplacement(source, edits) {
  if (edits.length === 0) return void 0;
  const { text, lineStarts } = source;
  const anchored = edits.map((edit) => {
    const atLineStart = edit.start > 0 && text[edit.start - 1] === "\n";
    if (edit.start === edit.end && atLineStart && edit.text.endsWith("\n"))
      return { start: edit.start - 1, end: edit.start - 1, text: `
${edit.text.slice(0, -1)}` };
    return edit;
  });
  const first = Math.min(...anchored.map((e) => lineOf(source, e.start)));
  const last = Math.max(
    ...anchored.map((e) => lineOf(source, e.end > e.start && text[e.end - 1] === "\n" ? e.end - 1 : e.end))
  );
  const from = lineStarts[first - 1];
  const to = lineStarts[last - 1] + lineText(source, last).length;
  let out = "";
  let at = from;
  for (const edit of [...anchored].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, edit.start) + edit.text;
    at = Math.max(at, edit.end);
  }
  out += text.slice(at, Math.max(at, to));
  return { line: first, endLine: last, text: out };
}

// src/core/unicode-regexp.ts
var LATIN_1_LETTERS = String.raw`\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF`;
var CYRILLIC = String.raw`\u0401\u0410-\u044F\u0451`;
var HIRAGANA = String.raw`\u3041-\u3096`;
var KATAKANA = String.raw`\u30A1-\u30FA`;
var HAN = String.raw`\u4E00-\u9FFF`;
var HANGUL = String.raw`\uAC00-\uD7A3`;
var PUNCTUATION = String.raw`\u00B7\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\u3001\u3002\u300C-\u300F\uFF01\uFF08\uFF09\uFF0C\uFF1A\uFF1B\uFF1F`;
var SYMBOLS = String.raw`\u00D7\u2192\uFFFC`;
var TWIN_MEMBERS = {
  L: `A-Za-z${LATIN_1_LETTERS}${CYRILLIC}${HIRAGANA}${KATAKANA}${HAN}${HANGUL}`,
  // With the `i` flag a class also holds its letters' other cases: `ÿ` and `ß` are the lower case
  // of `Ÿ` and `ẞ`, which are outside the alphabet, so those two are listed.
  Lu: String.raw`A-Z\u00C0-\u00D6\u00D8-\u00DE\u0178\u1E9E\u0401\u0410-\u042F`,
  Ll: String.raw`a-z\u00DF-\u00F6\u00F8-\u00FF\u0430-\u044F\u0451`,
  N: "0-9",
  P: String.raw`\x21-\x23\x25-\x2a\x2c-\x2f\x3a\x3b\x3f\x40\x5b-\x5d\x5f\x7b\x7d` + PUNCTUATION,
  S: String.raw`\x24\x2b\x3c-\x3e\x5e\x60\x7c\x7e` + SYMBOLS,
  Zs: String.raw`\x20`,
  "Script=Latin": `A-Za-z${LATIN_1_LETTERS}`,
  "Script=Greek": "",
  "Script=Cyrillic": CYRILLIC,
  "Script=Han": HAN,
  "Script=Hiragana": HIRAGANA,
  "Script=Katakana": KATAKANA,
  "Script=Hangul": HANGUL,
  Extended_Pictographic: "",
  Emoji_Modifier: ""
};
var TWIN_PROPERTIES = Object.keys(TWIN_MEMBERS);
var OUTSIDE_TWIN_ALPHABET = new RegExp(
  `[^\\x00-\\x7f${LATIN_1_LETTERS}${CYRILLIC}${HIRAGANA}${KATAKANA}${HAN}${HANGUL}${PUNCTUATION}${SYMBOLS}]`
);
var inTwinAlphabet = (text) => !OUTSIDE_TWIN_ALPHABET.test(text);
var lastText;
var lastInAlphabet = false;
var inTwinAlphabetMemo = (text) => {
  if (text !== lastText) [lastText, lastInAlphabet] = [text, inTwinAlphabet(text)];
  return lastInAlphabet;
};
function twinFlags(twin, flags) {
  return /\\u\{|\\[pP]\{|[\uD800-\uDFFF]|\\u[dD][89a-fA-F]|\\u(?:0178|1E9E)/i.test(twin) ? flags : flags.replace("u", "");
}
function twinSource(source) {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      const property = /^[pP]\{([^}]*)\}/.exec(source.slice(i + 1, i + 40));
      if (property) {
        const members = TWIN_MEMBERS[property[1]];
        if (property[0][0] === "P" || members === void 0)
          throw new Error(`unicode-regexp: no twin for \\${property[0]} in /${source}/`);
        out += inClass ? members : `[${members}]`;
        i += property[0].length;
        continue;
      }
      out += c + (source[i + 1] ?? "");
      i++;
      continue;
    }
    if (c === "[" && !inClass) inClass = true;
    else if (c === "]" && inClass) inClass = false;
    out += c;
  }
  return out;
}
var UnicodeRegExp = class {
  /**
   * `source` as in `new RegExp`, with the `u` flag among `flags`. Characters beyond ASCII are
   * written as `\u` escapes in it: the classic script of the CLI is ASCII only, and the build
   * cannot escape a template literal's characters without changing its raw text.
   */
  constructor(source, flags) {
    this.source = source;
    this.flags = flags;
    if (!flags.includes("u")) throw new Error(`unicode-regexp: /${source}/ needs the u flag`);
  }
  source;
  flags;
  full;
  twin;
  /** The expression to run on `text`: the twin when `text` is in the twins' alphabet. */
  for(text) {
    if (!inTwinAlphabetMemo(text)) return this.full ??= new RegExp(this.source, this.flags);
    if (this.twin) return this.twin;
    const source = twinSource(this.source);
    return this.twin = new RegExp(source, twinFlags(source, this.flags));
  }
  /** Whether it matches `text`, searched from its start (whatever the flags). */
  test(text) {
    const expression = this.for(text);
    expression.lastIndex = 0;
    return expression.test(text);
  }
  /** Its first match in `text` (whatever the flags). */
  exec(text) {
    const expression = this.for(text);
    expression.lastIndex = 0;
    return expression.exec(text);
  }
};

// src/core/cut-points.ts
var MAX_PARAGRAPH_LINES = 256;
var PARAGRAPH_LINE = /^ {0,3}(?![-*+][ \t]|\d{1,9}[.)][ \t]|[>|#])\S/;
var FORCED_PIECE_DIVISOR = 4;
var QUOTE_PREFIX = /^(?: {0,3}>[ \t]?)*/;
var FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
var RAW_HTML_OPEN = /^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i;
var HEADING = /^#{1,6}(?=[ \t]|$)/;
var LETTER = new UnicodeRegExp(String.raw`^\p{L}`, "u");
var SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
var BLANK = /^[ \t]*$/;
var CODE_SPAN = /(`+)[^`]*?\1/g;
var BLOCK_COMMENT = /^ {0,3}<!--$/;
function cutPoints(text, { start, minPiece, maxPiece, forced }) {
  const cuts = [];
  let pieceStart = start;
  let lastClean = -1;
  let fence = null;
  let ended = null;
  let comment = null;
  let rawHtmlEnd = null;
  let previousBlank = true;
  let inLongStretch = false;
  let paragraphLines = 0;
  for (let lineStart = start; lineStart < text.length; ) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const prefix = QUOTE_PREFIX.exec(line)[0];
    const quoteDepth = countOf(prefix, ">");
    const rest = line.slice(prefix.length);
    const blank = BLANK.test(line);
    if (fence && quoteDepth < fence.quoteDepth) fence = null;
    if (fence && fence.indent > 0 && !blank && indentOf(rest) < fence.indent) [ended, fence] = [fence, null];
    if (fence) {
      const closing = FENCE.exec(rest);
      if (closing && closes(fence, closing)) fence = null;
    } else {
      if (!comment && !rawHtmlEnd && lineStart > pieceStart) {
        const size = lineStart - pieceStart;
        if (HEADING.test(line)) {
          inLongStretch = false;
          if (size >= minPiece) {
            cuts.push(lineStart);
            pieceStart = lineStart;
            lastClean = -1;
          }
        } else if (previousBlank && LETTER.test(line)) {
          inLongStretch = false;
          if (size > maxPiece) {
            cuts.push(lineStart);
            pieceStart = lineStart;
            lastClean = -1;
          } else lastClean = lineStart;
        } else if (forced && !BLANK.test(line[0] ?? " ") && !SETEXT_UNDERLINE.test(line)) {
          const clean = lastClean > pieceStart ? lastClean : -1;
          const sinceClean = lineStart - (clean === -1 ? pieceStart : clean);
          const limit = inLongStretch ? maxPiece / FORCED_PIECE_DIVISOR : maxPiece;
          const longParagraph = paragraphLines > MAX_PARAGRAPH_LINES;
          const forceHere = sinceClean > limit || longParagraph;
          if (forceHere || size > maxPiece) {
            if (clean !== -1 && !longParagraph) cuts.push(clean);
            if (forceHere) {
              cuts.push(lineStart);
              inLongStretch = true;
              paragraphLines = 0;
            }
            pieceStart = cuts[cuts.length - 1];
            lastClean = -1;
          }
        }
      }
      const opening = rawHtmlEnd || comment ? null : FENCE.exec(rest);
      if (opening && ended && closes(ended, opening)) {
        ended = null;
      } else if (opening && !(opening[1][0] === "`" && opening[2].includes("`"))) {
        fence = { marker: opening[1][0], length: opening[1].length, quoteDepth, indent: indentOf(rest) };
        ended = null;
      } else {
        const raw = rawHtmlEnd || comment ? null : RAW_HTML_OPEN.exec(rest);
        if (raw) rawHtmlEnd = `</${raw[1].toLowerCase()}>`;
        if (rawHtmlEnd) {
          if (line.toLowerCase().includes(rawHtmlEnd)) rawHtmlEnd = null;
        } else if (comment === "inline" && blank) comment = null;
        else comment = commentAfter(rest.replace(CODE_SPAN, ""), comment);
      }
    }
    previousBlank = blank;
    paragraphLines = blank || fence || !PARAGRAPH_LINE.test(rest) ? 0 : paragraphLines + 1;
    lineStart = lineEnd + 1;
  }
  return cuts;
}
function commentAfter(line, open) {
  for (let at = 0; ; ) {
    const next = open ? line.indexOf("-->", at) : line.indexOf("<!--", at);
    if (next === -1) return open;
    open = open ? null : BLOCK_COMMENT.test(line.slice(0, next + 4)) ? "block" : "inline";
    at = next + (open ? 4 : 3);
  }
}
var closes = (fence, line) => line[1][0] === fence.marker && line[1].length >= fence.length && BLANK.test(line[2]);
var indentOf = (line) => line.length - line.trimStart().length;
function countOf(s, ch) {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

// src/core/shift-positions.ts
var isParent = (node2) => "children" in node2;
function countNewlines(s) {
  let n = 0;
  for (let i = s.indexOf("\n"); i !== -1; i = s.indexOf("\n", i + 1)) n++;
  return n;
}
function pointAtEnd(text) {
  const lastBreak = text.lastIndexOf("\n");
  return { line: countNewlines(text) + 1, column: text.length - lastBreak, offset: text.length };
}
var shifted = (position, offset, lines) => ({
  start: {
    line: position.start.line + lines,
    column: position.start.column,
    offset: (position.start.offset ?? 0) + offset
  },
  end: { line: position.end.line + lines, column: position.end.column, offset: (position.end.offset ?? 0) + offset }
});
function shiftPositions(node2, offset, lines) {
  if (node2.position) node2.position = shifted(node2.position, offset, lines);
  if (isParent(node2)) for (const child of node2.children) shiftPositions(child, offset, lines);
  return node2;
}
function copyShifted(node2, offset, lines) {
  const copy = { ...node2 };
  if (node2.position) copy.position = shifted(node2.position, offset, lines);
  if (isParent(node2))
    copy.children = node2.children.map((child) => copyShifted(child, offset, lines));
  return copy;
}

// src/core/fast-markdown/content.ts
var ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
var CHARACTER_REFERENCE = /&(?:#[xX][0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/;
var Unsupported = class extends Error {
};
var Content = class {
  /** In a table cell, where `\\|` in a code span is a pipe (as mdast-util-gfm-table reads it). */
  constructor(inTable = false) {
    this.inTable = inTable;
  }
  inTable;
  text = "";
  /** Per line: where it starts in `text`, in the source, and the source line and its start. */
  starts = [];
  offsets = [];
  lines = [];
  lineOffsets = [];
  /** Per line: where its white space before `offsets` starts (after any container's prefix). */
  spaceOffsets = [];
  source = "";
  /**
   * Adds the source text from `from` to `to` on `line` (starting at source offset `lineOffset`),
   * indented by white space from `spaceFrom` on.
   */
  add(source, from, to, line, lineOffset, spaceFrom = from) {
    this.source = source;
    this.spaceOffsets.push(spaceFrom);
    if (this.starts.length) this.text += "\n";
    this.starts.push(this.text.length);
    this.offsets.push(from);
    this.lines.push(line);
    this.lineOffsets.push(lineOffset);
    this.text += source.slice(from, to);
  }
  lineOf(index) {
    let [low, high] = [0, this.starts.length - 1];
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (this.starts[middle] <= index) low = middle;
      else high = middle - 1;
    }
    return low;
  }
  /** Whether a line after the first starts inside a list item's indentation. */
  get indentedByContainer() {
    return this.spaceOffsets.some((space, k) => k > 0 && space > this.lineOffsets[k]);
  }
  /** The text from `from` to `to` with the indentation of its lines, as a code span keeps it. */
  withIndentation(from, to) {
    let value = "";
    let at = from;
    for (let k = this.lineOf(from) + 1; k < this.starts.length && this.starts[k] <= to; k++) {
      value += this.text.slice(at, this.starts[k]) + this.source.slice(this.spaceOffsets[k], this.offsets[k]);
      at = this.starts[k];
    }
    return value + this.text.slice(at, to);
  }
  point(index) {
    const k = this.lineOf(index);
    const offset = this.offsets[k] + index - this.starts[k];
    return { line: this.lines[k], column: offset - this.lineOffsets[k] + 1, offset };
  }
  /** The start of the source line that `index`, just after a line ending, begins. */
  lineStart(index) {
    const k = this.lineOf(index);
    if (this.starts[k] !== index || k === 0) return this.point(index);
    return { line: this.lines[k], column: 1, offset: this.lineOffsets[k] };
  }
};

// node_modules/mdast-util-to-string/lib/index.js
var emptyOptions = {};
function toString(value, options) {
  const settings = options || emptyOptions;
  const includeImageAlt = typeof settings.includeImageAlt === "boolean" ? settings.includeImageAlt : true;
  const includeHtml = typeof settings.includeHtml === "boolean" ? settings.includeHtml : true;
  return one(value, includeImageAlt, includeHtml);
}
function one(value, includeImageAlt, includeHtml) {
  if (node(value)) {
    if ("value" in value) {
      return value.type === "html" && !includeHtml ? "" : value.value;
    }
    if (includeImageAlt && "alt" in value && value.alt) {
      return value.alt;
    }
    if ("children" in value) {
      return all(value.children, includeImageAlt, includeHtml);
    }
  }
  if (Array.isArray(value)) {
    return all(value, includeImageAlt, includeHtml);
  }
  return "";
}
function all(values, includeImageAlt, includeHtml) {
  const result = [];
  let index = -1;
  while (++index < values.length) {
    result[index] = one(values[index], includeImageAlt, includeHtml);
  }
  return result.join("");
}
function node(value) {
  return Boolean(value && typeof value === "object");
}

// src/core/fast-markdown/emphasis.ts
var isDelimiter = (item) => "marker" in item;
function resolveEmphasis(items) {
  for (let closer = 0; closer < items.length; closer++) {
    const close = items[closer];
    if (!isDelimiter(close) || !close.canClose) continue;
    for (let opener = closer - 1; opener >= 0; opener--) {
      const open = items[opener];
      if (!isDelimiter(open) || !open.canOpen || open.marker !== close.marker) continue;
      const [openSize, closeSize] = [open.node.value.length, close.node.value.length];
      if ((open.canClose || close.canOpen) && closeSize % 3 && !((openSize + closeSize) % 3)) continue;
      const use = openSize > 1 && closeSize > 1 ? 2 : 1;
      const start = shift(open.node.position.end, -use);
      const end = shift(close.node.position.start, use);
      const inner = resolveEmphasis(items.slice(opener + 1, closer));
      const group = {
        type: use > 1 ? "strong" : "emphasis",
        children: mergeTexts(inner),
        position: { start, end }
      };
      open.node.value = open.node.value.slice(use);
      open.node.position.end = start;
      close.node.value = close.node.value.slice(use);
      close.node.position.start = end;
      const replacement = [...open.node.value ? [open] : [], group, ...close.node.value ? [close] : []];
      items.splice(opener, closer - opener + 1, ...replacement);
      closer = opener + replacement.length - (close.node.value ? 2 : 1);
      break;
    }
  }
  return items.map((item) => isDelimiter(item) ? item.node : item);
}
function shift(point, by) {
  return { line: point.line, column: point.column + by, offset: point.offset + by };
}
function mergeTexts(nodes) {
  const merged = [];
  for (const node2 of nodes) {
    const last = merged.at(-1);
    if (node2.type === "text" && last?.type === "text") {
      merged[merged.length - 1] = {
        type: "text",
        value: last.value + node2.value,
        position: { start: last.position.start, end: node2.position.end }
      };
    } else merged.push(node2);
  }
  return merged;
}

// src/core/fast-markdown/resource.ts
var POINTED_DESTINATION = /<([^<>\n\\]*)>/y;
function parseResource(src, at) {
  if (src[at] !== "(") return void 0;
  let i = skipSpace(src, at + 1);
  let url;
  if (src[i] === "<") {
    POINTED_DESTINATION.lastIndex = i;
    const pointed = POINTED_DESTINATION.exec(src);
    if (!pointed) return void 0;
    url = pointed[1];
    i += pointed[0].length;
  } else {
    let depth = 0;
    const start = i;
    for (; i < src.length; i++) {
      const char = src[i];
      if (char === "\\" && src[i + 1] !== void 0 && ASCII_PUNCTUATION.test(src[i + 1])) i++;
      else if (char === "(") {
        if (++depth > 8) throw new Unsupported("nested parentheses");
      } else if (char === ")") {
        if (depth-- === 0) break;
      } else if (char <= " " || char === "\x7F") break;
    }
    if (depth > 0) return void 0;
    url = unescape(src.slice(start, i));
  }
  const afterUrl = i;
  i = skipSpace(src, i);
  let title = null;
  const quote = src[i];
  if (i > afterUrl && (quote === '"' || quote === "'" || quote === "(")) {
    const closer = quote === "(" ? ")" : quote;
    let end = i + 1;
    for (; end < src.length && src[end] !== closer; end++) {
      if (src[end] === "\\") end++;
      else if (quote === "(" && src[end] === "(") return void 0;
      else if (src[end] === "\n" && src[end + 1] === "\n") return void 0;
    }
    if (end >= src.length) return void 0;
    title = unescape(src.slice(i + 1, end));
    i = skipSpace(src, end + 1);
  }
  if (src[i] !== ")") return void 0;
  if (CHARACTER_REFERENCE.test(url) || title && CHARACTER_REFERENCE.test(title))
    throw new Unsupported("reference in a link");
  return { url, title, end: i + 1 };
}
function skipSpace(src, at) {
  let lines = 0;
  while (src[at] === " " || src[at] === "	" || src[at] === "\n" && ++lines === 1) at++;
  return at;
}
var unescape = (value) => value.replace(/\\([!-/:-@[-`{-~])/g, "$1");

// src/core/fast-markdown/inline.ts
var MARKER_LIMIT = 300;
var FAILED_LIMIT = 16;
var MARKERS = /[*_[\]!`]/g;
var PUNCTUATION2 = new UnicodeRegExp(String.raw`^[\p{P}\p{S}]$`, "u");
var WHITESPACE = /^\s$/;
var AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\0- <>]*)>/y;
var EMAIL = /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
var ATTRIBUTE = String.raw`(?:[ \t\n]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t\n]*=[ \t\n]*(?:[^ \t\n"'=<>\x60]+|'[^']*'|"[^"]*"))?)`;
var HTML_TAG = new RegExp(
  String.raw`(?:<[A-Za-z][A-Za-z0-9-]*${ATTRIBUTE}*[ \t\n]*/?>|</[A-Za-z][A-Za-z0-9-]*[ \t\n]*>|<!--(?:-?>|[\s\S]*?-->))`,
  "y"
);
function classify(char) {
  if (char === void 0 || WHITESPACE.test(char)) return 1;
  return PUNCTUATION2.test(char) ? 2 : 0;
}
function parseInline(content) {
  const src = content.text;
  MARKERS.lastIndex = 0;
  for (let markers = 0; MARKERS.test(src); ) if (++markers > MARKER_LIMIT) throw new Unsupported("markers");
  const items = [];
  const brackets = [];
  let failed = 0;
  let i = 0;
  const indented = content.indentedByContainer;
  const fail = (readOn) => {
    if (++failed >= FAILED_LIMIT) throw new Unsupported("failed attempts");
    if (readOn && indented && src.includes("\n", i))
      throw new Unsupported("failed attempt before a line ending in a list item");
  };
  let current;
  const text = (value, from, to) => {
    const end = value.endsWith("\n") ? content.lineStart(to) : content.point(to);
    if (current && items.at(-1) === current) {
      current.value += value;
      current.position.end = end;
    } else items.push(current = { type: "text", value, position: { start: content.point(from), end } });
  };
  const trimLine = (at) => {
    let size = 0;
    while (src[at - 1 - size] === " ") size++;
    if (size && current && items.at(-1) === current) {
      current.value = current.value.slice(0, -size);
      current.position.end = content.point(at - size);
      if (!current.value) items.pop();
    }
    return size;
  };
  while (i < src.length) {
    const char = src[i];
    if (char === "\\") {
      const next = src[i + 1];
      if (next === "\n") {
        pushBreak(items, content, i, i + 2);
        i += 2;
      } else if (next !== void 0 && ASCII_PUNCTUATION.test(next)) {
        text(next, i, i + 2);
        i += 2;
      } else text("\\", i, ++i);
    } else if (char === "`") {
      let run = i;
      while (src[run] === "`") run++;
      const size = run - i;
      const close = closingRun(src, run, size);
      if (close === -1) {
        fail(true);
        text(src.slice(i, run), i, run);
        i = run;
      } else {
        let value = content.withIndentation(run, close);
        if (/^[ \n]/.test(value) && /[ \n]$/.test(value) && /[^ \n]/.test(value)) value = value.slice(1, -1);
        if (content.inTable)
          value = value.replace(/\\([\\|])/g, (escape, char2) => char2 === "|" ? char2 : escape);
        items.push({
          type: "inlineCode",
          value,
          position: { start: content.point(i), end: content.point(close + size) }
        });
        i = close + size;
      }
    } else if (char === "*" || char === "_") {
      let run = i;
      while (src[run] === char) run++;
      const before2 = classify(src[i - 1]);
      const after2 = classify(src[run]);
      const open = !after2 || after2 === 2 && before2 !== 0;
      const close = !before2 || before2 === 2 && after2 !== 0;
      const node2 = {
        type: "text",
        value: src.slice(i, run),
        position: { start: content.point(i), end: content.point(run) }
      };
      items.push({
        marker: char,
        node: node2,
        canOpen: char === "*" ? open : open && (before2 !== 0 || !close),
        canClose: char === "*" ? close : close && (after2 !== 0 || !open)
      });
      i = run;
    } else if (char === "[" || char === "!" && src[i + 1] === "[") {
      const end = char === "!" ? i + 2 : i + 1;
      const node2 = {
        type: "text",
        value: src.slice(i, end),
        position: { start: content.point(i), end: content.point(end) }
      };
      brackets.push({ image: char === "!", at: items.length, node: node2, active: true });
      items.push(node2);
      i = end;
    } else if (char === "]") {
      const opener = brackets.pop();
      const resource = opener?.active ? parseResource(src, i + 1) : void 0;
      if (!opener || !resource) {
        fail(src[i + 1] === "(");
        text("]", i, ++i);
        continue;
      }
      const children = resolveEmphasis(items.splice(opener.at + 1));
      items.pop();
      const start = opener.node.position.start;
      const position = { start, end: content.point(resource.end) };
      if (opener.image) {
        items.push({
          type: "image",
          title: resource.title,
          url: resource.url,
          alt: toString(children),
          position
        });
      } else {
        items.push({
          type: "link",
          title: resource.title,
          url: resource.url,
          children: mergeTexts(children),
          position
        });
        for (const earlier of brackets) if (!earlier.image) earlier.active = false;
      }
      i = resource.end;
    } else if (char === "<") {
      const auto = stickyAt(AUTOLINK, src, i);
      const link = auto ?? stickyAt(EMAIL, src, i);
      const tag = link ? null : stickyAt(HTML_TAG, src, i);
      if (link) {
        const end = i + link[0].length;
        items.push({
          type: "link",
          title: null,
          url: auto ? link[1] : `mailto:${link[1]}`,
          children: [
            { type: "text", value: link[1], position: { start: content.point(i + 1), end: content.point(end - 1) } }
          ],
          position: { start: content.point(i), end: content.point(end) }
        });
        i = end;
      } else if (tag) {
        if (tag[0].includes("\n")) throw new Unsupported("HTML over lines");
        items.push({
          type: "html",
          value: tag[0],
          position: { start: content.point(i), end: content.point(i + tag[0].length) }
        });
        i += tag[0].length;
      } else {
        if (src[i + 1] === "!" || src[i + 1] === "?") throw new Unsupported("declaration");
        fail(/[A-Za-z/]/.test(src[i + 1] ?? ""));
        text("<", i, ++i);
      }
    } else if (char === "&" && src.slice(i, i + 40).search(CHARACTER_REFERENCE) === 0) {
      throw new Unsupported("character reference");
    } else if (char === "\n") {
      const spaces = trimLine(i);
      if (spaces >= 2) pushBreak(items, content, i - spaces, i + 1);
      else text("\n", i, i + 1);
      i++;
    } else {
      let end = i + 1;
      while (end < src.length && !SPECIAL[src.charCodeAt(end)]) end++;
      text(src.slice(i, end), i, end);
      i = end;
    }
  }
  trimLine(src.length);
  return mergeTexts(resolveEmphasis(items));
}
function stickyAt(pattern, src, at) {
  pattern.lastIndex = at;
  return pattern.exec(src);
}
var SPECIAL = [];
for (const char of "\\`*_[]!<&\n") SPECIAL[char.charCodeAt(0)] = true;
function pushBreak(items, content, from, to) {
  items.push({ type: "break", position: { start: content.point(from), end: content.lineStart(to) } });
}
function closingRun(src, from, size) {
  for (let at = src.indexOf("`", from); at !== -1; at = src.indexOf("`", at)) {
    let run = at;
    while (src[run] === "`") run++;
    if (run - at === size) return at;
    at = run;
  }
  return -1;
}

// src/core/fast-markdown/block-lines.ts
var HEADING2 = /^(#{1,6})(?: +|$)/;
var FENCE2 = /^(`{3,}|~{3,})(.*)$/;
var THEMATIC_BREAK = /^(?:(?:\* *){3,}|(?:- *){3,}|(?:_ *){3,})$/;
var SETEXT_UNDERLINE2 = /^(?:=+|-+) *$/;
var BULLET = /^([-+*])( *)/;
var ORDERED = /^(\d{1,9})([.)])( *)/;
var TASK = /^\[([ xX])\](?: +\S| *$)/;
var spacesAt = (line, from) => {
  let at = from;
  while (line.charCodeAt(at) === 32) at++;
  return at - from;
};
var endBeforeSpaces = (text, from, end) => {
  let at = end;
  while (at > from && text.charCodeAt(at - 1) === 32) at--;
  return at;
};
var startsBlock = (rest) => THEMATIC_BREAK.test(rest) || HEADING2.test(rest) || FENCE2.test(rest) || /^(?:[-+*]|\d{1,9}[.)])(?: |$)/.test(rest);
function closesFence(rest, fence) {
  const close = FENCE2.exec(rest);
  return close !== null && close[1][0] === fence[0] && close[1].length >= fence.length && !/[^ ]/.test(close[2]);
}
function fenceInfo(afterFence) {
  const info = afterFence.trim();
  if (/[\\&]/.test(info)) throw new Unsupported("escape in an info string");
  const [lang] = info.split(" ", 1);
  const meta = afterFence.trimStart().slice(lang.length).trimStart();
  return { lang: lang || null, meta: meta || null };
}
function headingText(line, at, depth) {
  const from = at + depth + spacesAt(line, at + depth);
  const to = endBeforeSpaces(line, from, line.length);
  let closing = to;
  while (closing > from && line[closing - 1] === "#") closing--;
  return { from, to: closing === from || line[closing - 1] === " " ? endBeforeSpaces(line, from, closing) : to };
}

// src/core/fast-markdown/table.ts
var DELIMITER = /^\|? *:?-+:? *(?:\| *:?-+:? *)*\|?$/;
var isDelimiterRow = (line) => DELIMITER.test(line.trimEnd());
function openTable(text, from, to, next, column, point) {
  let indent = 0;
  while (next.charCodeAt(indent) === 32) indent++;
  const delimiter = next.slice(indent);
  if (indent < column || indent - column >= 4 || !delimiter.includes("|") || !isDelimiterRow(delimiter))
    return void 0;
  if (/^[-+*] /.test(delimiter)) throw new Unsupported("delimiter row like a list item");
  const align = cellRanges(delimiter, 0, delimiter.length).map(({ contentFrom, contentTo }) => {
    const cell = delimiter.slice(contentFrom, contentTo);
    const [left, right] = [cell.startsWith(":"), cell.endsWith(":")];
    return left && right ? "center" : left ? "left" : right ? "right" : null;
  });
  const header = row(text, from, to, point);
  if (header.children.length !== align.length) return void 0;
  const node2 = {
    type: "table",
    align,
    children: [header],
    position: { start: { ...header.position.start }, end: { ...header.position.end } }
  };
  return { kind: "table", node: node2, delimiterNext: true };
}
function tableRow(table, text, from, to, point) {
  if (table.delimiterNext) {
    table.delimiterNext = false;
    table.node.position.end = point(to);
    return;
  }
  const node2 = row(text, from, to, point);
  table.node.children.push(node2);
  table.node.position.end = { ...node2.position.end };
}
function closeTable(table) {
  if (table.delimiterNext) throw new Unsupported("table without its delimiter row");
}
function row(text, from, to, point) {
  const start = point(from);
  const [line, lineStart] = [start.line, start.offset - start.column + 1];
  const children = cellRanges(text, from, to).map(
    ({ from: cellFrom, to: cellTo, contentFrom, contentTo }) => {
      const content = new Content(true);
      content.add(text, contentFrom, contentTo, line, lineStart);
      return {
        type: "tableCell",
        children: contentTo > contentFrom ? parseInline(content) : [],
        position: { start: point(cellFrom), end: point(cellTo) }
      };
    }
  );
  return { type: "tableRow", children, position: { start, end: point(to) } };
}
function cellRanges(text, from, to) {
  const pipes = [];
  for (let at = from; at < to; at++) {
    if (text[at] === "\\") at++;
    else if (text[at] === "|") pipes.push(at);
  }
  const end = endBeforeSpaces(text, from, to);
  const leading = pipes[0] === from;
  const trailing = pipes.length > 0 && pipes.at(-1) === end - 1 && !(leading && pipes.length === 1);
  const bounds = [
    leading ? from : from - 1,
    ...pipes.slice(leading ? 1 : 0, trailing ? -1 : void 0),
    trailing ? end - 1 : end
  ];
  const cells = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    let contentFrom = bounds[k] + 1;
    let contentTo = bounds[k + 1];
    while (contentFrom < contentTo && text[contentFrom] === " ") contentFrom++;
    while (contentTo > contentFrom && text[contentTo] !== void 0 && text[contentTo - 1] === " ") contentTo--;
    cells.push({
      from: k === 0 ? from : bounds[k],
      to: k + 2 === bounds.length ? to : bounds[k + 1],
      contentFrom,
      contentTo
    });
  }
  return cells;
}

// src/core/fast-markdown/containers.ts
var DEFINITION = /^\[(?:\\[\s\S]|[^\\\]])*\]:/;
function deepest(container) {
  while (container.list) container = container.list.item;
  return container;
}
function add(container, node2) {
  closeLeaf(container);
  closeList(container);
  gotContent(container);
  container.node.children.push(node2);
}
function markBlank(tip) {
  for (let open = tip; open; open = open.parent) open.blank = true;
}
function gotContent(container) {
  if (container.blank && container.node.type === "listItem") container.node.spread = true;
  for (let open = container; open; open = open.parent) open.blank = false;
}
function openItem(container, item, marker, start) {
  closeLeaf(container);
  const list = container.list;
  if (list && list.marker === marker) {
    closeItem(list.item);
    if (list.item.blank) list.node.spread = true;
    for (let open = container; open; open = open.parent) open.blank = false;
    list.node.children.push(item.node);
    list.item = item;
    return;
  }
  closeList(container);
  gotContent(container);
  const node2 = {
    type: "list",
    ordered: start !== null,
    start,
    spread: false,
    children: [item.node],
    position: { start: { ...item.node.position.start }, end: item.node.position.start }
  };
  container.node.children.push(node2);
  container.list = { node: node2, marker, item };
}
function closeLeaf(container) {
  const leaf = container.leaf;
  container.leaf = void 0;
  if (leaf?.kind === "paragraph") {
    if (DEFINITION.test(leaf.content.text)) throw new Unsupported("definition");
    if (leaf.task && !/\S/.test(leaf.content.text)) throw new Unsupported("task check alone");
    leaf.node.children = parseInline(leaf.content);
    if (leaf.task) {
      const head = leaf.node.children[0];
      if (head?.type === "text") {
        head.value = head.value.slice(1);
        if (!head.value) leaf.node.children.shift();
        else {
          head.position.start = {
            ...head.position.start,
            column: head.position.start.column + 1,
            offset: head.position.start.offset + 1
          };
          leaf.node.position.start = { ...head.position.start };
        }
      }
    }
  } else if (leaf?.kind === "code") throw new Unsupported("code block left open");
  else if (leaf?.kind === "indented") leaf.node.value = leaf.lines.join("\n");
  else if (leaf?.kind === "table") closeTable(leaf);
}
function closeItem(item) {
  closeLeaf(item);
  closeList(item);
  const last = item.node.children.at(-1);
  if (last) item.node.position.end = { ...last.position.end };
}
function closeList(container) {
  const list = container.list;
  if (!list) return;
  closeItem(list.item);
  list.node.position.end = { ...list.item.node.position.end };
  container.list = void 0;
}
function closeAll(top) {
  closeLeaf(top);
  closeList(top);
}

// src/core/fast-markdown/block.ts
function parseBlocks(text) {
  if (/[\t\r\0\uFEFF]/.test(text) || text.startsWith("---")) throw new Unsupported("tab, CR, NUL or front matter");
  const root = {
    type: "root",
    children: [],
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }
  };
  const top = { node: root, indent: 0, blank: false };
  let lineStart = 0;
  let lineNumber = 1;
  const point = (offset) => ({ line: lineNumber, column: offset - lineStart + 1, offset });
  for (; ; ) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const blank = !/[^ ]/.test(line);
    let container = top;
    let column = 0;
    while (container.list) {
      const item = container.list.item;
      if (!blank && spacesAt(line, 0) < item.indent) break;
      column = blank ? Math.min(item.indent, line.length) : item.indent;
      container = item;
    }
    const tip = deepest(container);
    const matched = tip === container;
    const leaf = tip.leaf;
    if (leaf?.kind === "code" && matched) {
      const at = Math.min(column + spacesAt(line, column), line.length);
      if (at - column < 4 && closesFence(line.slice(at), leaf.fence)) {
        leaf.node.value = leaf.lines.join("\n");
        leaf.node.position.end = point(lineEnd);
        tip.leaf = void 0;
      } else {
        const from = Math.min(column, line.length);
        leaf.lines.push(line.slice(from + Math.min(spacesAt(line, from), leaf.indent)));
      }
    } else if (blank && leaf?.kind === "indented") {
      if (line.length >= column + 4) throw new Unsupported("white space line in indented code");
      leaf.blanks.push(line.slice(Math.min(column + 4, line.length)));
    } else if (blank) {
      closeLeaf(tip);
      markBlank(tip);
    } else if (leaf?.kind === "indented" && matched && spacesAt(line, column) >= 4) {
      leaf.lines.push(...leaf.blanks, line.slice(column + 4));
      leaf.blanks.length = 0;
      leaf.node.position.end = point(lineEnd);
    } else {
      if (leaf?.kind === "indented") {
        closeLeaf(tip);
        if (leaf.blanks.length) markBlank(tip);
      }
      readBlockStarts(line, column, container, matched);
    }
    if (newline === -1) break;
    lineStart = newline + 1;
    lineNumber++;
  }
  closeAll(top);
  root.position.end = point(text.length);
  return root;
  function readBlockStarts(line, column, container, matched) {
    for (; ; ) {
      const tip = deepest(container);
      const paragraph = tip.leaf?.kind === "paragraph" ? tip.leaf : void 0;
      const indent = spacesAt(line, column);
      const at = column + indent;
      const rest = line.slice(at);
      if (indent >= 4) {
        if (paragraph) return continueParagraph(paragraph, line, column, at);
        if (container.list) throw new Unsupported("indented code closing a list");
        const node3 = {
          type: "code",
          lang: null,
          meta: null,
          value: "",
          position: { start: point(lineStart + column), end: point(lineStart + line.length) }
        };
        add(container, node3);
        container.leaf = { kind: "indented", node: node3, lines: [line.slice(column + 4)], blanks: [] };
        return;
      }
      if (rest[0] === ">" || rest[0] === "<") throw new Unsupported("block quote or HTML");
      if (paragraph && (SETEXT_UNDERLINE2.test(rest) || matched && isDelimiterRow(rest)))
        throw new Unsupported("setext heading or table after a paragraph");
      if (tip.leaf?.kind === "table" && matched && !startsBlock(rest))
        return tableRow(tip.leaf, text, lineStart + at, lineStart + line.length, point);
      if (tip.leaf?.kind === "table" && !matched) throw new Unsupported("lazy line after a table");
      if (THEMATIC_BREAK.test(rest)) {
        add(container, {
          type: "thematicBreak",
          position: { start: point(lineStart + at), end: point(lineStart + line.length) }
        });
        return;
      }
      const heading = HEADING2.exec(rest);
      if (heading) return addHeading(container, line, at, heading[1].length);
      const fence = FENCE2.exec(rest);
      if (fence && !(fence[1][0] === "`" && fence[2].includes("`"))) {
        const node3 = {
          type: "code",
          ...fenceInfo(fence[2]),
          value: "",
          position: { start: point(lineStart + at), end: point(lineStart + line.length) }
        };
        add(container, node3);
        container.leaf = { kind: "code", node: node3, fence: fence[1], indent, lines: [] };
        return;
      }
      const bullet = BULLET.exec(rest);
      const ordered = bullet ? null : ORDERED.exec(rest);
      const marker = bullet ?? ordered;
      if (ordered && Number(ordered[1]) !== 1 && isIndentedCode(container.node.children.at(-1)))
        throw new Unsupported("ordered list after indented code");
      if (marker && !(paragraph && matched && ordered && Number(ordered[1]) !== 1)) {
        const spaces = marker.at(-1).length;
        const size = marker[0].length - spaces;
        if (at + size + spaces >= line.length) throw new Unsupported("empty list item");
        if (spaces === 0) {
          if (paragraph) return continueParagraph(paragraph, line, column, at);
        } else {
          if (spaces >= 5) throw new Unsupported("indented code in a list item");
          const kind = bullet ? bullet[1] : ordered[2];
          const item = {
            node: {
              type: "listItem",
              spread: false,
              checked: null,
              children: [],
              position: { start: point(lineStart + at), end: point(lineStart + at) }
            },
            indent: at + size + spaces,
            parent: container,
            blank: false
          };
          openItem(container, item, kind, ordered ? Number(ordered[1]) : null);
          container = item;
          column = item.indent;
          matched = true;
          continue;
        }
      }
      if (paragraph) return continueParagraph(paragraph, line, column, at);
      if (rest.includes("|")) {
        const table = openTable(
          text,
          lineStart + at,
          lineStart + line.length,
          nextLine(lineStart + line.length),
          column,
          point
        );
        if (table) {
          add(container, table.node);
          container.leaf = table;
          return;
        }
      }
      const node2 = {
        type: "paragraph",
        children: [],
        position: { start: point(lineStart + at), end: point(lineStart + line.length) }
      };
      const itemStart = container.node.type === "listItem" && container.node.children.length === 0;
      if (itemStart && rest === "[") throw new Unsupported("a lone bracket opening a list item");
      const task = itemStart && TASK.test(rest) && (/\S/.test(rest.slice(3)) || lineStart + line.length < text.length);
      const content = new Content();
      content.add(text, lineStart + at + (task ? 3 : 0), lineStart + line.length, lineNumber, lineStart);
      add(container, node2);
      if (task) container.node.checked = rest[1] !== " ";
      container.leaf = { kind: "paragraph", node: node2, content, task };
      return;
    }
  }
  function isIndentedCode(node2) {
    return node2?.type === "code" && text.charCodeAt(node2.position.start.offset) === 32;
  }
  function continueParagraph(paragraph, line, column, at) {
    paragraph.content.add(text, lineStart + at, lineStart + line.length, lineNumber, lineStart, lineStart + column);
    paragraph.node.position.end = point(lineStart + line.length);
  }
  function addHeading(container, line, at, depth) {
    const { from, to } = headingText(line, at, depth);
    const content = new Content();
    content.add(text, lineStart + from, lineStart + to, lineNumber, lineStart);
    const children = to > from ? parseInline(content) : [];
    add(container, {
      type: "heading",
      depth,
      children,
      position: { start: point(lineStart + at), end: point(lineStart + line.length) }
    });
  }
  function nextLine(end) {
    if (end >= text.length) return "";
    const newline = text.indexOf("\n", end + 1);
    return text.slice(end + 1, newline === -1 ? text.length : newline);
  }
}

// src/core/fast-markdown/index.ts
function parseFast(text) {
  try {
    return parseBlocks(text);
  } catch (error) {
    if (error instanceof Unsupported) return void 0;
    throw error;
  }
}

// src/core/markdown.ts
var MicromarkNotLoaded = class extends Error {
  constructor() {
    super("this text needs micromark, which is not loaded: import 'src/core/micromark.js' first.");
    this.name = "MicromarkNotLoaded";
  }
};
var micromark;
function provideMicromark(parse2) {
  micromark = parse2;
}
var parse = (text) => {
  const fast = parseFast(text);
  if (fast) return fast;
  if (!micromark) throw new MicromarkNotLoaded();
  return micromark(text);
};
var DEFAULT_CHUNK_SIZE = 1;
var DEFAULT_MAX_PIECE_SIZE = 8192;
var WHOLE_PARSE_LIMIT = 65536;
var DEFINITION2 = /^ {0,3}\[[^\]\n]+\]:/m;
var FRONT_MATTER = /^---[ \t]*\n(?:[\s\S]*?\n)?---[ \t]*(?:\n|$)/;
function parseMarkdown(text, options = {}) {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const maxPiece = options.maxPieceSize ?? DEFAULT_MAX_PIECE_SIZE;
  if (chunkSize <= 0 || text.length <= WHOLE_PARSE_LIMIT && DEFINITION2.test(text)) return parse(text);
  if (text.length <= maxPiece) {
    const fast = parseFast(text);
    if (fast) return fast;
  }
  const root = {
    type: "root",
    children: [],
    position: { start: { line: 1, column: 1, offset: 0 }, end: pointAtEnd(text) }
  };
  const frontMatterEnd = FRONT_MATTER.exec(text)?.[0].length ?? 0;
  let chunkStart = 0;
  let lineOffset = 0;
  const cache = options.cache;
  const take = (end) => {
    const piece = text.slice(chunkStart, end);
    const cached = cache?.get(piece);
    if (cached) {
      if (end < text.length && endsInOpenBlock(cached.tree, piece, cached.offset)) return false;
      const [offset, lines] = [chunkStart - cached.offset, lineOffset - cached.lines];
      for (const child of cached.tree.children) root.children.push(copyShifted(child, offset, lines));
    } else {
      const tree = parse(piece);
      if (end < text.length && endsInOpenBlock(tree, piece, 0)) return false;
      for (const child of tree.children) root.children.push(shiftPositions(child, chunkStart, lineOffset));
      cache?.set(piece, { tree, offset: chunkStart, lines: lineOffset });
    }
    lineOffset += countNewlines(piece);
    chunkStart = end;
    return true;
  };
  let refusedSize = 0;
  for (const cut of cutPoints(text, {
    start: frontMatterEnd,
    minPiece: chunkSize,
    maxPiece,
    forced: options.forcedCuts ?? true
  })) {
    if (cut - chunkStart < 2 * refusedSize) continue;
    refusedSize = take(cut) ? 0 : cut - chunkStart;
  }
  take(text.length);
  return root;
}
function endsInOpenBlock(tree, piece, placedAt) {
  const last = tree.children.at(-1);
  if (!last || last.type !== "code" && last.type !== "html") return false;
  const [start, end] = [startOffset(last) - placedAt, endOffset(last) - placedAt];
  if (/\n[ \t]*\n/.test(piece.slice(end))) return false;
  const source = piece.slice(start, end);
  const lastLine = source.slice(source.lastIndexOf("\n") + 1);
  if (last.type === "code") {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(source);
    if (!fence) return false;
    const closing = source.includes("\n") ? /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lastLine) : null;
    return !(closing && closing[1][0] === fence[1][0] && closing[1].length >= fence[1].length);
  }
  const ends = [
    [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
    [/^ {0,3}<!--/, /-->/],
    [/^ {0,3}<\?/, /\?>/],
    [/^ {0,3}<![A-Za-z]/, />/],
    [/^ {0,3}<!\[CDATA\[/, /\]\]>/]
  ];
  const kind = ends.find(([start2]) => start2.test(source));
  return !kind || !kind[1].test(lastLine);
}
function startOffset(node2) {
  return node2.position?.start.offset ?? 0;
}
function endOffset(node2) {
  return node2.position?.end.offset ?? 0;
}
function isParent2(node2) {
  return "children" in node2;
}
function walk(node2, visit, ancestors = []) {
  if (!isParent2(node2)) return;
  ancestors.push(node2);
  for (const child of node2.children) {
    if (visit(child, ancestors) !== false) walk(child, visit, ancestors);
  }
  ancestors.pop();
}
function plainText(node2) {
  if (node2.type === "text" || node2.type === "inlineCode") return node2.value;
  if (node2.type === "break") return " ";
  if (isParent2(node2)) return node2.children.map(plainText).join("");
  return "";
}
function isCommentOnly(value) {
  let at = 0;
  let comments = 0;
  for (; ; ) {
    while (at < value.length && /\s/.test(value[at])) at++;
    if (at === value.length) return comments > 0;
    if (!value.startsWith("<!--", at)) return false;
    const close = value.indexOf("-->", at + 4);
    if (close === -1) return false;
    at = close + 3;
    comments++;
  }
}

// src/core/headings.ts
var EMOJI = new UnicodeRegExp(
  String.raw`\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}|\u{20E3}`,
  "gu"
);
var LEADING_NUMBERING = /^(?:\d+(?:\.\d+)*[.):]?|[ivxlcdm]+[.)]|[a-z\u017f\u212a][.)])\s+/i;
var EDGE_PUNCTUATION = new UnicodeRegExp(String.raw`^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$`, "gu");
function normaliseHeading(text) {
  let result = text.replace(EMOJI.for(text), " ").replace(/&/g, " and ").replace(/\s+/g, " ").trim();
  const edgePunctuation = EDGE_PUNCTUATION.for(text);
  result = result.replace(edgePunctuation, "");
  for (let i = 0; i < 3 && LEADING_NUMBERING.test(result); i++) {
    result = result.replace(LEADING_NUMBERING, "").replace(edgePunctuation, "");
  }
  return result.toLowerCase();
}
var SPACED_SCRIPT_END = new UnicodeRegExp(
  String.raw`[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]$`,
  "u"
);
var WORD_CHAR = new UnicodeRegExp(String.raw`[\p{L}\p{N}_]`, "u");
var LETTERS_DIGITS_AND_SPACES = new UnicodeRegExp(String.raw`^[\p{L}\p{N} ]+$`, "u");
var LATIN = new UnicodeRegExp(String.raw`\p{Script=Latin}`, "u");
var normalisedNames = /* @__PURE__ */ new Map();
function normalisedName(name) {
  let wanted = normalisedNames.get(name);
  if (wanted === void 0) {
    wanted = normaliseHeading(name);
    if (normalisedNames.size < 1e4) normalisedNames.set(name, wanted);
  }
  return wanted;
}
function startsWithName(normalised, name) {
  const wanted = normalisedName(name);
  if (!wanted || !normalised.startsWith(wanted)) return false;
  const next = normalised.charAt(wanted.length);
  if (next === "" || !SPACED_SCRIPT_END.test(wanted)) return true;
  return !WORD_CHAR.test(next);
}
var NEGATIONS = /* @__PURE__ */ new Set(["non", "no", "not", "without", "sin", "sem", "sans", "ohne", "kein", "keine", "\u0431\u0435\u0437", "\u043D\u0435"]);
var CJK_NEGATION = /[非无無不未没沒]/u;
var CJK_QUALIFIER_MAX = 4;
function matchesName(normalised, name) {
  if (startsWithName(normalised, name)) return true;
  const wanted = normalisedName(name);
  if (!wanted) return false;
  if (!SPACED_SCRIPT_END.test(wanted)) {
    const at = normalised.indexOf(wanted);
    if (at <= 0 || at > CJK_QUALIFIER_MAX) return false;
    const qualifier = normalised.slice(0, at);
    return !CJK_NEGATION.test(qualifier) && LETTERS_DIGITS_AND_SPACES.test(qualifier) && !LATIN.test(qualifier);
  }
  for (let at = normalised.indexOf(wanted); at > 0; at = normalised.indexOf(wanted, at + 1)) {
    if (normalised.charAt(at - 1) !== " ") continue;
    const rest = normalised.slice(at + wanted.length);
    if (!(rest === "" || /^ and\b/u.test(rest) || /^ (?:y|e|et|und|и)\b/u.test(rest))) continue;
    const qualifiers = normalised.slice(0, at - 1).split(" ");
    if (qualifiers.length > 2) continue;
    if (qualifiers.some((word) => NEGATIONS.has(word) || word.includes("-") || !WORD_CHAR.test(word))) continue;
    return true;
  }
  return false;
}

// src/core/limits.ts
var MAX_NESTING = 100;
var MAX_INDENT_COLUMNS = 400;
var PlanLimitError = class extends Error {
  constructor(line, message) {
    super(message);
    this.line = line;
    this.name = "PlanLimitError";
  }
  line;
};
var LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;
function assertWithinLimits(text) {
  let line = 1;
  for (let start = 0; start < text.length; line++) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    let depth = 0;
    let columns = 0;
    let i = start;
    while (i < end) {
      const ch = text[i];
      if (ch === " ") columns++;
      else if (ch === "	") columns += 4 - columns % 4;
      else if (ch === ">") depth++;
      else {
        const marker = LIST_MARKER.exec(text.slice(i, Math.min(end, i + 11)));
        if (!marker) break;
        depth++;
        i += marker[0].length;
        continue;
      }
      i++;
    }
    if (depth > MAX_NESTING) {
      throw new PlanLimitError(
        line,
        `line ${line} nests lists and block quotes ${depth} levels deep; at most ${MAX_NESTING} are read: flatten it.`
      );
    }
    if (columns > MAX_INDENT_COLUMNS) {
      throw new PlanLimitError(
        line,
        `line ${line} is indented by ${columns} columns; at most ${MAX_INDENT_COLUMNS} are read: flatten the nesting.`
      );
    }
    start = end + 1;
  }
}

// src/core/prose.ts
var HOLE = "\uFFFC";
var BARE_URL = new UnicodeRegExp(String.raw`(?<![\p{L}\p{N}_])(?:https?:\/\/|www\.)[^\s<>\uFFFC]+`, "giu");
var MAY_HOLD_URL = /http[sſ]?:\/\/|www\./i;
var HTML_ELEMENTS = new Set(
  "a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script search section select slot small source span strong style sub summary sup table tbody td template textarea tfoot th thead time title tr track u ul var video wbr center font big tt strike".split(" ")
);
function isWordInBrackets(html) {
  const match = /^<([a-z][\w-]*)>$/i.exec(html);
  return match !== null && !HTML_ELEMENTS.has(match[1].toLowerCase());
}
var RunBuilder = class {
  constructor(source) {
    this.source = source;
  }
  source;
  parts = [];
  starts = [];
  sources = [];
  length = 0;
  inlineCode = [];
  linkUrls = [];
  piece(text, sourceOffset) {
    if (!text) return;
    this.parts.push(text);
    this.starts.push(this.length);
    this.sources.push(sourceOffset);
    this.length += text.length;
  }
  /** Appends source text, folding each line break and its container prefix into one space. */
  appendSource(start, end) {
    const { source } = this;
    let i = start;
    while (i < end) {
      const lineEnd = source.indexOf("\n", i);
      if (lineEnd === -1 || lineEnd >= end) {
        this.piece(source.slice(i, end), i);
        return;
      }
      this.piece(source.slice(i, lineEnd), i);
      this.piece(" ", lineEnd);
      i = lineEnd + 1;
      while (i < end && (source[i] === " " || source[i] === "	" || source[i] === ">")) i++;
    }
  }
  hole(offset) {
    this.piece(HOLE, offset);
  }
  space(offset) {
    this.piece(" ", offset);
  }
  build() {
    const joined = this.parts.join("");
    const text = MAY_HOLD_URL.test(joined) ? joined.replace(BARE_URL.for(joined), (url) => HOLE.repeat(url.length)) : joined;
    const starts = Int32Array.from(this.starts);
    const sources = Int32Array.from(this.sources);
    return {
      text,
      quoted: blankQuotations(text),
      offsetAt(index) {
        const piece = lastAtOrBelow(starts, index);
        return sources[piece] + (index - starts[piece]);
      },
      inlineCode: this.inlineCode,
      linkUrls: this.linkUrls
    };
  }
};
function blankQuotations(text) {
  if (!/["“«]/.test(text)) return text;
  return text.replace(/"[^"]*"|“[^”]*”|«[^»]*»/g, (quoted) => HOLE.repeat(quoted.length));
}
function appendInline(builder, node2) {
  switch (node2.type) {
    case "text":
      builder.appendSource(startOffset(node2), endOffset(node2));
      return;
    case "inlineCode":
      builder.inlineCode.push(node2.value);
      builder.hole(startOffset(node2));
      return;
    case "html":
      if (isWordInBrackets(node2.value)) builder.appendSource(startOffset(node2), endOffset(node2));
      else builder.hole(startOffset(node2));
      return;
    case "break":
      builder.space(startOffset(node2));
      return;
    case "link": {
      builder.linkUrls.push(node2.url);
      const onlyChild = node2.children.length === 1 ? node2.children[0] : void 0;
      const isAutolink = onlyChild?.type === "text" && (onlyChild.value === node2.url || `mailto:${onlyChild.value}` === node2.url);
      if (isAutolink) builder.hole(startOffset(node2));
      else for (const child of node2.children) appendInline(builder, child);
      return;
    }
    case "image":
    case "imageReference":
    case "footnoteReference":
      builder.hole(startOffset(node2));
      return;
    default:
      if ("children" in node2) for (const child of node2.children) appendInline(builder, child);
  }
}
function proseRunOf(node2, source) {
  const builder = new RunBuilder(source);
  for (const child of node2.children) appendInline(builder, child);
  return builder.build();
}

// src/core/plan-parts.ts
var MARKDOWN_INFO = /^(?:md|markdown)$/i;
function wrapperFenceOf(root, firstContentIndex, text) {
  const rest = root.children.slice(firstContentIndex).filter((node2) => !(node2.type === "html" && isCommentOnly(node2.value)));
  const only = rest[0];
  if (rest.length !== 1 || only.type !== "code" || !MARKDOWN_INFO.test(only.lang ?? "")) return void 0;
  const start = only.position?.start;
  const end = only.position?.end;
  if (!start || !end) return void 0;
  const opening = text.slice(startOffset(only), startOffset(only) + 3);
  if (opening !== "```" && opening !== "~~~") return void 0;
  const lines = [start.line];
  const lastLine = text.split("\n")[end.line - 1] ?? "";
  if (end.line > start.line && /^\s*(?:`{3,}|~{3,})\s*$/.test(lastLine)) lines.push(end.line);
  return { line: start.line, column: start.column, lines };
}
function blankLines(text, lines) {
  const all2 = text.split("\n");
  for (const line of lines) all2[line - 1] = "";
  return all2.join("\n");
}
function proseBlock(node2, text, leafIndex, listItem) {
  let run;
  const get = () => run ??= proseRunOf(node2, text);
  return {
    node: node2,
    leafIndex,
    listItem,
    get text() {
      return get().text;
    },
    get quoted() {
      return get().quoted;
    },
    offsetAt: (index) => get().offsetAt(index),
    get inlineCode() {
      return get().inlineCode;
    },
    get linkUrls() {
      return get().linkUrls;
    }
  };
}
function closestListItem(ancestors) {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const ancestor = ancestors[i];
    if (ancestor.type === "listItem") return ancestor;
  }
  return void 0;
}
function buildSections(root, topHeadings, textLength) {
  const indexOf = /* @__PURE__ */ new Map();
  root.children.forEach((node2, index) => indexOf.set(node2, index));
  return topHeadings.map((heading, i) => {
    let endHeading;
    for (let j = i + 1; j < topHeadings.length; j++) {
      if (topHeadings[j].depth <= heading.depth) {
        endHeading = topHeadings[j];
        break;
      }
    }
    const first = (indexOf.get(heading.node) ?? 0) + 1;
    const last = endHeading ? indexOf.get(endHeading.node) ?? root.children.length : root.children.length;
    return {
      heading,
      bodyStart: heading.end,
      end: endHeading ? endHeading.start : textLength,
      body: root.children.slice(first, last)
    };
  });
}
function checkboxItemOf(node2, source) {
  const parts = [];
  for (const child of node2.children) {
    if (child.type === "list") continue;
    parts.push(source.text.slice(startOffset(child), endOffset(child)));
  }
  const text = parts.join(" ").replace(/^\s*\[[ xX]\]\s*/, "").replace(/\s+/g, " ").trim();
  const start = startOffset(node2);
  const lastOwn = [...node2.children].reverse().find((child) => child.type !== "list");
  return {
    node: node2,
    checked: node2.checked === true,
    line: pointOf(source, start).line,
    endLine: lineOf(source, Math.max(start, (lastOwn ? endOffset(lastOwn) : endOffset(node2)) - 1)),
    start,
    text
  };
}

// src/core/plan.ts
function parsePlan(raw, options = {}) {
  const source = createSource(raw);
  assertWithinLimits(source.text);
  let root;
  try {
    root = parseMarkdown(source.text, options);
  } catch (error) {
    if (error instanceof RangeError)
      throw new PlanLimitError(1, `the plan is nested too deeply to be read (${error.message}): flatten it.`);
    throw error;
  }
  const text = source.text;
  const headings = [];
  const prose = [];
  const leaves = [];
  const checkboxItems = [];
  const comments = [];
  walk(root, (node2, ancestors) => {
    const listItem = closestListItem(ancestors);
    switch (node2.type) {
      case "heading": {
        const headingText2 = plainText(node2);
        headings.push({
          node: node2,
          depth: node2.depth,
          text: headingText2,
          normalised: normaliseHeading(headingText2),
          line: lineOf(source, startOffset(node2)),
          start: startOffset(node2),
          end: endOffset(node2),
          topLevel: ancestors.length === 1
        });
        addLeaf(node2, listItem);
        prose.push(proseBlock(node2, text, leaves.length - 1, listItem));
        collectInlineComments(node2);
        return false;
      }
      case "paragraph":
        addLeaf(node2, listItem);
        prose.push(proseBlock(node2, text, leaves.length - 1, listItem));
        collectInlineComments(node2);
        return false;
      case "table":
        addLeaf(node2, listItem);
        walk(node2, (cell) => {
          if (cell.type !== "tableCell") return;
          prose.push(proseBlock(cell, text, leaves.length - 1, listItem));
          collectInlineComments(cell);
          return false;
        });
        return false;
      case "code":
      case "thematicBreak":
      case "yaml":
        addLeaf(node2, listItem);
        return false;
      case "html":
        addLeaf(node2, listItem);
        addComments(node2.value, startOffset(node2));
        return false;
      case "listItem":
        if (typeof node2.checked === "boolean") checkboxItems.push(checkboxItemOf(node2, source));
        return;
      default:
        return;
    }
  });
  function addLeaf(node2, listItem) {
    leaves.push({ node: node2, start: startOffset(node2), end: endOffset(node2), listItem });
  }
  function addComments(value, offset) {
    for (let open = value.indexOf("<!--"); open !== -1; ) {
      const close = value.indexOf("-->", open + 4);
      if (close === -1) return;
      comments.push({
        body: value.slice(open + 4, close),
        line: lineOf(source, offset + open),
        endLine: lineOf(source, offset + close + 2)
      });
      open = value.indexOf("<!--", close + 3);
    }
  }
  function collectInlineComments(node2) {
    walk(node2, (child) => {
      if (child.type === "html") addComments(child.value, startOffset(child));
      if (child.type === "inlineCode") return false;
    });
  }
  const topHeadings = headings.filter((h) => h.topLevel);
  const sections = buildSections(root, topHeadings, text.length);
  let firstContentIndex = root.children.findIndex(
    (node2) => node2.type !== "yaml" && !(node2.type === "html" && isCommentOnly(node2.value))
  );
  if (firstContentIndex === -1) firstContentIndex = root.children.length;
  const wrapper = wrapperFenceOf(root, firstContentIndex, text);
  if (wrapper) {
    const inner = parsePlan(blankLines(text, wrapper.lines), options);
    return { ...inner, wrapperFence: { line: wrapper.line, column: wrapper.column } };
  }
  return { source, root, headings, sections, prose, leaves, checkboxItems, comments, firstContentIndex };
}
function findSection(plan, names, minDepth = 2) {
  const candidates = plan.sections.filter((section) => section.heading.depth >= minDepth);
  return candidates.find((section) => names.some((name) => startsWithName(section.heading.normalised, name))) ?? candidates.find((section) => names.some((name) => matchesName(section.heading.normalised, name)));
}
function inSection(section, offset) {
  return offset >= section.bodyStart && offset < section.end;
}

// src/core/timestamps.ts
var CANONICAL = /^\(\s*(\d{4})-(\d{2})-(\d{2})[ Tt](\d{2}):(\d{2})(?::(\d{2}))?\s*([Zz]|[Uu][Tt][Cc]|[+-]\d{2}:?\d{2})\s*\)/;
var DATE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(Z\b|UTC\b|GMT\b|[+-]\d{2}:?\d{2}\b|[A-Z]{3,4}\b))?)?/;
var LEADING = /^(?:\(\s*\d{4}-\d{2}-\d{2}[^)]*\)|\[\s*\d{4}-\d{2}-\d{2}[^\]]*\]|\d{4}-\d{2}-\d{2}(?:[ Tt][\d:]+(?:\s*(?:[Zz]|[Uu][Tt][Cc]|[+-]\d{2}:?\d{2}))?)?)\s*(?:[-–—:]\s+|[：—–]\s*)?/;
var ZONES = {
  Z: 0,
  UTC: 0,
  GMT: 0,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  WET: 0,
  WEST: 60,
  EST: -300,
  EDT: -240,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660
};
function isValidDate(year, month, day) {
  if (year < 1e3 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}
function offsetMinutes(zone) {
  const upper = zone.toUpperCase();
  if (upper in ZONES) return ZONES[upper];
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!numeric) return null;
  const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
  return numeric[1] === "-" ? -minutes : minutes;
}
var pad = (n, width = 2) => String(n).padStart(width, "0");
function utcIso(ms) {
  const time = new Date(ms);
  const year = time.getUTCFullYear();
  if (year < 1e3 || year > 9999 || time.getUTCMilliseconds() !== 0) return time.toISOString().replace(".000Z", "Z");
  const [month, day] = [time.getUTCMonth() + 1, time.getUTCDate()];
  const clock = `${pad(time.getUTCHours())}:${pad(time.getUTCMinutes())}:${pad(time.getUTCSeconds())}`;
  return `${year}-${pad(month)}-${pad(day)}T${clock}Z`;
}
function readTimestamp(itemText) {
  const match = DATE.exec(itemText);
  const leading = LEADING.exec(itemText);
  const leadingLength = leading ? leading[0].length : 0;
  if (!match) return { found: false, valid: false, canonical: false, iso: null, leadingLength };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const hasTime = match[4] !== void 0;
  const [hour, minute, second] = [Number(match[4] ?? 0), Number(match[5] ?? 0), Number(match[6] ?? 0)];
  const valid = isValidDate(year, month, day) && hour <= 23 && minute <= 59 && second <= 59;
  const canonical = valid && CANONICAL.test(itemText);
  let iso = null;
  if (valid) {
    const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    const offset = match[7] ? offsetMinutes(match[7]) : null;
    if (!hasTime) iso = date;
    else if (offset === null) iso = `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
    else {
      const utc = Date.UTC(year, month - 1, day, hour, minute, second) - offset * 6e4;
      iso = utcIso(utc);
    }
  }
  return { found: true, valid, canonical, iso, leadingLength };
}

// src/core/sections.ts
var DEFAULT_SECTION_NAMES = {
  Purpose: [
    "purpose",
    // Chinese (simplified, traditional), Japanese, Korean
    "\u76EE\u7684",
    "\u76EE\u6807",
    "\u76EE\u6A19",
    "\uBAA9\uC801",
    // Spanish, Portuguese, French, German, Russian
    "prop\xF3sito",
    "objetivo",
    "finalidad",
    "objectif",
    "but",
    "zweck",
    "ziel",
    "\u0446\u0435\u043B\u044C",
    "\u043D\u0430\u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435"
  ],
  Progress: [
    "progress",
    "\u8FDB\u5EA6",
    "\u8FDB\u5C55",
    "\u9032\u5EA6",
    "\u9032\u5C55",
    "\u9032\u6357",
    "\uC9C4\uD589",
    "\uC9C4\uCC99",
    "progreso",
    "avance",
    "progresso",
    "andamento",
    "progression",
    "avancement",
    "fortschritt",
    "\u043F\u0440\u043E\u0433\u0440\u0435\u0441\u0441",
    "\u0445\u043E\u0434 \u0440\u0430\u0431\u043E\u0442",
    "\u0445\u043E\u0434 \u0440\u0430\u0431\u043E\u0442\u044B"
  ],
  "Surprises & Discoveries": [
    "surprises",
    "\u610F\u5916\u4E0E\u53D1\u73B0",
    "\u610F\u5916\u548C\u53D1\u73B0",
    "\u610F\u5916\u767C\u73FE",
    "\u610F\u5916\u8207\u767C\u73FE",
    "\u610F\u5916",
    "\u53D1\u73B0",
    "\u767C\u73FE",
    "\u9A5A\u304D\u3068\u767A\u898B",
    "\u60F3\u5B9A\u5916",
    "\u767A\u898B",
    "\uB180\uB77C\uC6B4 \uC810",
    "\uB180\uB780 \uC810",
    "\uBC1C\uACAC",
    "sorpresas",
    "hallazgos",
    "descubrimientos",
    "surpresas",
    "descobertas",
    "d\xE9couvertes",
    "\xFCberraschungen",
    "erkenntnisse",
    "\u0441\u044E\u0440\u043F\u0440\u0438\u0437\u044B",
    "\u043D\u0435\u043E\u0436\u0438\u0434\u0430\u043D\u043D\u043E\u0441\u0442\u0438",
    "\u043E\u0442\u043A\u0440\u044B\u0442\u0438\u044F",
    "\u043D\u0430\u0445\u043E\u0434\u043A\u0438"
  ],
  "Decision Log": [
    "decision log",
    "decisions",
    "\u51B3\u7B56\u65E5\u5FD7",
    "\u51B3\u7B56\u8BB0\u5F55",
    "\u51B3\u7B56",
    "\u6C7A\u7B56\u65E5\u8A8C",
    "\u6C7A\u7B56\u8A18\u9304",
    "\u6C7A\u7B56\u7D00\u9304",
    "\u6C7A\u7B56",
    "\u6C7A\u5B9A\u30ED\u30B0",
    "\u6C7A\u5B9A\u8A18\u9332",
    "\u610F\u601D\u6C7A\u5B9A",
    "\u6C7A\u5B9A\u4E8B\u9805",
    "\uACB0\uC815 \uAE30\uB85D",
    "\uACB0\uC815 \uB85C\uADF8",
    "\uC758\uC0AC\uACB0\uC815",
    "\uACB0\uC815",
    "registro de decisiones",
    "decisiones",
    "registro de decis\xF5es",
    "registo de decis\xF5es",
    "decis\xF5es",
    "journal des d\xE9cisions",
    "d\xE9cisions",
    "entscheidungsprotokoll",
    "entscheidungen",
    "\u0436\u0443\u0440\u043D\u0430\u043B \u0440\u0435\u0448\u0435\u043D\u0438\u0439",
    "\u0440\u0435\u0448\u0435\u043D\u0438\u044F"
  ],
  "Outcomes & Retrospective": [
    "outcomes",
    "retrospective",
    "\u7ED3\u679C\u4E0E\u56DE\u987E",
    "\u6210\u679C\u4E0E\u56DE\u987E",
    "\u7ED3\u679C",
    "\u6210\u679C",
    "\u56DE\u987E",
    "\u8907\u76E4",
    "\u7ED3\u679C\u8207\u56DE\u9867",
    "\u7D50\u679C\u8207\u56DE\u9867",
    "\u7D50\u679C",
    "\u56DE\u9867",
    "\u632F\u308A\u8FD4\u308A",
    "\u6210\u679C\u3068\u632F\u308A\u8FD4\u308A",
    "\uACB0\uACFC",
    "\uD68C\uACE0",
    "\uC131\uACFC",
    "resultados",
    "retrospectiva",
    "resultado",
    "r\xE9sultats",
    "r\xE9trospective",
    "bilan",
    "ergebnisse",
    "r\xFCckblick",
    "retrospektive",
    "\u0440\u0435\u0437\u0443\u043B\u044C\u0442\u0430\u0442\u044B",
    "\u0438\u0442\u043E\u0433\u0438",
    "\u0440\u0435\u0442\u0440\u043E\u0441\u043F\u0435\u043A\u0442\u0438\u0432\u0430"
  ],
  Context: [
    "context",
    "\u4E0A\u4E0B\u6587",
    "\u80CC\u666F",
    "\u8108\u7D61",
    "\u80CC\u666F\u3068\u6587\u8108",
    "\u30B3\u30F3\u30C6\u30AD\u30B9\u30C8",
    "\u6587\u8108",
    "\uB9E5\uB77D",
    "\uBC30\uACBD",
    "\uCEE8\uD14D\uC2A4\uD2B8",
    "contexto",
    "contexte",
    "kontext",
    "hintergrund",
    "\u043A\u043E\u043D\u0442\u0435\u043A\u0441\u0442"
  ],
  Validation: [
    "validation",
    "acceptance",
    "\u9A8C\u8BC1",
    "\u9A8C\u6536",
    "\u9A57\u8B49",
    "\u9A57\u6536",
    "\u691C\u8A3C",
    "\u53D7\u3051\u5165\u308C",
    "\u5B8C\u4E86\u6761\u4EF6",
    "\uAC80\uC99D",
    "validaci\xF3n",
    "verificaci\xF3n",
    "aceptaci\xF3n",
    "valida\xE7\xE3o",
    "verifica\xE7\xE3o",
    "aceita\xE7\xE3o",
    "v\xE9rification",
    "recette",
    "validierung",
    "abnahme",
    "pr\xFCfung",
    "\u043F\u0440\u043E\u0432\u0435\u0440\u043A\u0430",
    "\u0432\u0430\u043B\u0438\u0434\u0430\u0446\u0438\u044F",
    "\u043F\u0440\u0438\u0451\u043C\u043A\u0430",
    "\u043F\u0440\u0438\u0435\u043C\u043A\u0430"
  ]
};
var REQUIRED_SECTIONS = Object.keys(DEFAULT_SECTION_NAMES);
var GLOSSARY_SECTION_NAMES = [
  "glossary",
  "terms",
  "definitions",
  "\u672F\u8BED",
  "\u8853\u8A9E",
  "\u7528\u8A9E",
  "\uC6A9\uC5B4",
  "glosario",
  "gloss\xE1rio",
  "glossaire",
  "glossar",
  "\u0433\u043B\u043E\u0441\u0441\u0430\u0440\u0438\u0439"
];

// src/core/milestone-name.ts
var NAMED = new UnicodeRegExp(
  String.raw`^[\s\-\u2013\u2014:\uFF1A\u00B7*_[(]*(milestone|phase|stage)\s+(\d+(?:\.\d+)*[a-z]?|[ivx]{1,5}|[a-z])(?![\p{L}\p{N}])`,
  "iu"
);
var SHORT = new UnicodeRegExp(
  String.raw`^[\s\-\u2013\u2014:\uFF1A\u00B7*_[(]*m(\d+(?:\.\d+)*)(?![\p{L}\p{N}])`,
  "iu"
);
var MAY_NAME = /mile[sſ]tone|pha[sſ]e|[sſ]tage/i;
var MAY_NAME_SHORT = /m\d/i;
function milestoneOf(text) {
  const named = MAY_NAME.test(text) ? NAMED.exec(text) : null;
  if (named) {
    const kind = named[1].toLowerCase();
    const id = /^\d/.test(named[2]) ? named[2] : named[2].toUpperCase();
    return `${kind.charAt(0).toUpperCase()}${kind.slice(1)} ${id}`;
  }
  const short = MAY_NAME_SHORT.test(text) ? SHORT.exec(text) : null;
  if (short) return `Milestone ${short[1]}`;
  return void 0;
}

// src/core/progress.ts
var COMPLETED_OPENING = /\(\s*completed\s*:/gi;
var REMAINING_LABEL = /;\s*remaining\s*:/i;
function partialTail(text) {
  const end = trimEnds(text, /[\s.]/).length;
  if (text[end - 1] !== ")") return null;
  let index = -1;
  let after2 = 0;
  COMPLETED_OPENING.lastIndex = 0;
  for (let m = COMPLETED_OPENING.exec(text); m && m.index < end; m = COMPLETED_OPENING.exec(text)) {
    [index, after2] = [m.index, m.index + m[0].length];
  }
  if (index === -1) return null;
  const inside = text.slice(after2, end - 1);
  const label = REMAINING_LABEL.exec(inside);
  if (!label) return null;
  return {
    index,
    completed: inside.slice(0, label.index).trim(),
    remaining: inside.slice(label.index + label[0].length).trim()
  };
}
function progressSection(plan, names = DEFAULT_SECTION_NAMES.Progress) {
  return findSection(plan, names);
}
function progressItems(plan, section = progressSection(plan)) {
  if (!section) return [];
  return plan.checkboxItems.filter((item) => inSection(section, item.start)).map(toProgressItem);
}
function toProgressItem(item) {
  const stamp = readTimestamp(item.text);
  let text = item.text.slice(stamp.leadingLength);
  const partial = partialTail(text);
  if (partial) text = text.slice(0, partial.index);
  text = text.replace(/\s+/g, " ").trim();
  const status = item.checked ? "done" : partial ? "partial" : "todo";
  const milestone = milestoneOf(text);
  return {
    line: item.line,
    text,
    status,
    timestamp: stamp.iso,
    ...partial && !item.checked ? { completed: partial.completed, remaining: partial.remaining } : {},
    ...milestone ? { milestone } : {},
    item,
    stamp
  };
}
function titleOf(plan) {
  const first = plan.root.children[plan.firstContentIndex];
  if (first?.type !== "heading" || first.depth !== 1) return void 0;
  return plan.headings.find((h) => h.node === first);
}

// src/core/docs-url.ts
var DEFAULT_REPOSITORY = "https://github.com/execplan/execplan";
function rulesDocsBase(repositoryUrl, ref) {
  return `${repositoryUrl.replace(/\/+$/, "")}/blob/${encodeURI(ref)}/docs/rules/`;
}
var DEFAULT_DOCS_BASE_URL = rulesDocsBase(DEFAULT_REPOSITORY, "main");

// src/core/rule.ts
var DOCS_BASE_URL = DEFAULT_DOCS_BASE_URL;
var docsUrl = (ruleId, base = DOCS_BASE_URL) => `${base}${ruleId}.md`;
var stringList = (description) => ({
  type: "array",
  items: { type: "string", minLength: 1 },
  description
});

// src/core/fixes.ts
var NONE_YET_SECTIONS = [
  "Surprises & Discoveries",
  "Decision Log",
  "Outcomes & Retrospective"
];
var NONE_YET = "None yet.";
var CHECKED_BOX = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[xX]\][ \t]*/;
function afterBox(plan, item) {
  const { text } = plan.source;
  const lineStart = plan.source.lineStarts[item.line - 1];
  const line = lineText(plan.source, item.line);
  const fromMarker = item.item.start - lineStart;
  const box = CHECKED_BOX.exec(line.slice(fromMarker));
  if (!box) return void 0;
  const offset = item.item.start + box[0].length;
  const rest = line.slice(fromMarker + box[0].length);
  if (text.slice(offset, offset + rest.length) !== rest) return void 0;
  return { offset, rest };
}
var pad2 = (n) => String(n).padStart(2, "0");
function canonicalStamp(date) {
  const day = `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
  const seconds = date.getUTCSeconds() === 0 ? "" : `:${pad2(date.getUTCSeconds())}`;
  return `(${day} ${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}${seconds}Z)`;
}
var FIRST_STAMP_ZONE = /(?<![\d-])\d{4}-\d{2}-\d{2}(?!\d)[ T]\d{1,2}:\d{2}(?::\d{2})?\s*(Z\b|UTC\b|GMT\b|[+-]\d{2}:?\d{2}\b|[A-Z]{3,4}\b)/;
var EXACT_ZONE = /^(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})$/i;
var STAMP_ONLY = /^[\s([]*\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}|[A-Z]{3,4})?[\s)\]]*(?:[-–—:][ \t]*)?$/;
function canonicalTimestampFix(plan, item) {
  const iso = item.stamp.iso;
  if (!iso || !/T\d{2}:\d{2}:\d{2}Z$/.test(iso)) return void 0;
  const zone = FIRST_STAMP_ZONE.exec(item.item.text)?.[1];
  if (zone === void 0 || !EXACT_ZONE.test(zone)) return void 0;
  const at = afterBox(plan, item);
  if (!at) return void 0;
  const stamp = canonicalStamp(new Date(iso));
  const leading = at.rest.slice(0, readTimestamp(at.rest).leadingLength);
  if (leading && STAMP_ONLY.test(leading)) {
    const end = at.offset + leading.length;
    const replacement = end >= at.offset + at.rest.length ? stamp : `${stamp} `;
    return { edits: [{ start: at.offset, end, text: replacement }] };
  }
  if (at.rest.trim() === "") return void 0;
  return { edits: [{ start: at.offset, end: at.offset, text: `${stamp} ` }] };
}
function datedItemFix(plan, item, date) {
  const at = afterBox(plan, item);
  if (!at || at.rest.trim() === "") return void 0;
  return { edits: [{ start: at.offset, end: at.offset, text: `${canonicalStamp(date)} ` }] };
}
var QUOTE_PREFIX2 = /^(?:[ \t]*>)+/;
function blankLineAfterFix(plan, headingStart, endLine) {
  const { source } = plan;
  const start = source.lineStarts[endLine];
  if (start === void 0) return void 0;
  const headingLine = lineOf(source, headingStart);
  const before2 = lineText(source, headingLine).slice(0, headingStart - source.lineStarts[headingLine - 1]);
  let prefix = "";
  if (before2.includes(">")) {
    const next = QUOTE_PREFIX2.exec(lineText(source, endLine + 1))?.[0];
    prefix = (next ?? QUOTE_PREFIX2.exec(before2)?.[0] ?? "").trimEnd();
    if (!prefix) return void 0;
  }
  return { edits: [{ start, end: start, text: `${prefix}
` }] };
}
var FENCE_LINE = /^[ \t]*(`{3,}|~{3,})[ \t]*$/;
function indentedCodeFix(plan, leaf) {
  const node2 = leaf.node;
  if (leaf.listItem) return void 0;
  const siblings = plan.root.children;
  const index = siblings.indexOf(node2);
  if (index === -1) return void 0;
  if (siblings[index - 1]?.type === "list") return void 0;
  if (/^(?:md|markdown)$/i.test(node2.lang ?? "")) return void 0;
  const { source } = plan;
  const firstLine = lineOf(source, leaf.start);
  const lastLine = lineOf(source, Math.max(leaf.start, leaf.end - 1));
  if (lastLine === firstLine || !FENCE_LINE.test(lineText(source, lastLine))) return void 0;
  const lines = node2.value.split("\n");
  if (node2.value === "" || lines[0].trim() === "" || lines[lines.length - 1].trim() === "") return void 0;
  const after2 = lineText(source, lastLine + 1);
  if (after2.trim() !== "" && /^(?: {4}|\t)/.test(after2)) return void 0;
  const before2 = firstLine > 1 ? lineText(source, firstLine - 1) : "";
  const blankBefore = firstLine > 1 && before2.trim() !== "" ? "\n" : "";
  const indented = lines.map((line) => line === "" ? "" : `    ${line}`).join("\n");
  return { edits: [{ start: leaf.start, end: leaf.end, text: blankBefore + indented }] };
}
function noneYetFix(plan, section, name) {
  if (!NONE_YET_SECTIONS.includes(name)) return void 0;
  const last = section.body[section.body.length - 1];
  const at = last?.position?.end.offset ?? section.heading.end;
  if (at > plan.source.text.length) return void 0;
  return { edits: [{ start: at, end: at, text: `

${NONE_YET}` }] };
}
function templateSections(template) {
  const text = template.replace(/\r\n?/g, "\n");
  const starts = [...text.matchAll(/^## (.+)$/gm)];
  return starts.map((m, i) => ({
    heading: m[1],
    text: text.slice(m.index, i + 1 < starts.length ? starts[i + 1].index : text.length).trimEnd()
  }));
}
function endsOpen(plan) {
  const last = plan.leaves[plan.leaves.length - 1];
  if (!last) return false;
  const { source } = plan;
  if (last.node.type === "code") {
    const opening = source.text.slice(last.start, last.start + 6).replace(/^ {0,3}/, "").slice(0, 3);
    if (opening !== "```" && opening !== "~~~") return false;
    const lastLine = lineOf(source, Math.max(last.start, last.end - 1));
    return lastLine === lineOf(source, last.start) || !FENCE_LINE.test(lineText(source, lastLine));
  }
  if (last.node.type === "html") {
    const value = last.node.value;
    return value.lastIndexOf("<!--") > value.lastIndexOf("-->");
  }
  return false;
}
function missingSectionFix(context, name) {
  if (!NONE_YET_SECTIONS.includes(name)) return void 0;
  const template = context.template();
  if (template === void 0) return void 0;
  const accepted = context.settings.sections[name];
  const wanted = templateSections(template).find(
    (s) => accepted.some((start) => startsWithName(normaliseHeading(s.heading), start))
  );
  if (!wanted || wanted.text.includes("{{") || !wanted.text.includes(NONE_YET)) return void 0;
  if (name === "Outcomes & Retrospective") {
    const items = context.progressItems();
    if (items.length > 0 && items.every((item) => item.status === "done")) return void 0;
  }
  const { plan } = context;
  if (endsOpen(plan) || plan.wrapperFence) return void 0;
  const { text } = plan.source;
  const prefix = text === "" ? "" : text.endsWith("\n") ? "\n" : "\n\n";
  return { edits: [{ start: text.length, end: text.length, text: `${prefix}${wanted.text}
` }] };
}

// src/core/rules/required-sections.ts
function headingHoldingCheckboxes(plan) {
  const starts = plan.checkboxItems.map((item) => item.start);
  if (starts.length === 0) return void 0;
  const countBelow = (offset) => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = low + high >> 1;
      if (starts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  let best;
  let most = 0;
  for (const section of plan.sections) {
    if (section.heading.depth < 2) continue;
    const count = countBelow(section.end) - countBelow(section.bodyStart);
    if (count > most) {
      best = section.heading;
      most = count;
    }
  }
  return best;
}
var rule = {
  meta: {
    id: "required-sections",
    description: "Reports each required section the plan lacks.",
    rationale: "A reader resumes work from the plan alone, so the living sections (Purpose, Progress, Surprises & Discoveries, Decision Log, Outcomes & Retrospective) and the Context and Validation sections must always be there to read and to update.",
    defaultSeverity: "error",
    reportedAt: "line 1, one finding per missing section",
    tags: ["structure"],
    advice: "Add a heading (level 2 or deeper) that starts with one of the accepted names of the section (see Options), e.g. `## Decision Log`.",
    fixable: 'appends a missing Surprises & Discoveries, Decision Log or Outcomes & Retrospective section as `init` writes it (heading, guidance comment, "None yet."); not Outcomes once every Progress item is checked, nor the other sections, which an empty stand-in would not satisfy. The action has no template, so it suggests none.',
    notes: 'A heading matches a section when it starts with one of its names as whole words (`Progress Notes`; not `Progressive rollout`), or when one or two qualifying words come before the name and the name ends the heading or is followed by "and \u2026" (`Existing Context`, `Current repository context`, `5. Repository context`, `Testing and validation`); a negation or a hyphen is no qualifier (`Non-Decisions`, `No progress yet`). Each section also has built-in names in Chinese (simplified and traditional), Japanese, Korean, Spanish, Portuguese, French, German and Russian, listed in `docs/languages.md` (`\u8FDB\u5EA6`, `\u9032\u6357`, `\uC9C4\uD589 \uC0C1\uD669`, `Progreso`, `Fortschritt`, \u2026). When Progress is missing, the finding names the heading that holds the checkbox items: map it to Progress with `{"sections": {"Progress": ["<that heading>"]}}`. The `sections` key of the configuration file replaces the accepted heading starts of a section, e.g. `{"sections": {"Purpose": ["purpose", "goal"]}}`.'
  },
  check(context) {
    for (const name of REQUIRED_SECTIONS) {
      if (context.section(name)) continue;
      const lookalike = name === "Progress" ? headingHoldingCheckboxes(context.plan) : void 0;
      context.report({
        line: 1,
        column: 1,
        // The accepted names and how to map others are on the docs page; a lookalike is named here.
        message: lookalike ? (
          // The contract asks for the heading and the mapping here, even past one 100-column line.
          `No Progress section: the checkboxes under "${lookalike.text}" (line ${lookalike.line}) look like it; map them with {"sections": {"Progress": ["${lookalike.normalised}"]}}.`
        ) : `The plan has no ${name} section.`,
        fix: missingSectionFix(context, name)
      });
    }
  }
};
var required_sections_default = rule;

// src/core/rules/progress-checklist.ts
var rule2 = {
  meta: {
    id: "progress-checklist",
    description: "Reports a Progress section that holds no checkbox item.",
    rationale: "Progress is where the plan says, step by step, what is done and what is left. Only checkbox items (`- [ ]` and `- [x]`) can be counted, resumed from, and shown as progress on a pull request.",
    defaultSeverity: "error",
    reportedAt: "the Progress heading",
    tags: ["progress"],
    advice: 'List the steps as "- [ ] step", and check finished ones as "- [x] (2025-01-20 13:00Z) step".'
  },
  check(context) {
    const section = context.section("Progress");
    if (!section || context.progressItems().length > 0) return;
    context.report({
      line: section.heading.line,
      message: 'Progress holds no checkbox item: list steps as "- [ ] step".'
    });
  }
};
var progress_checklist_default = rule2;

// src/core/rules/progress-timestamp.ts
var rule3 = {
  meta: {
    id: "progress-timestamp",
    description: "Reports a checked Progress item with no date, or with an impossible one.",
    rationale: "Timestamps on finished steps show when work happened and how fast it moves; a step checked without one cannot be placed in time, and an impossible date (`2025-13-45`) is a typo that hides the real one.",
    defaultSeverity: "error",
    reportedAt: "the item",
    tags: ["progress", "timestamps"],
    advice: 'Write when the item was done right after the box, e.g. "- [x] (2025-01-20 13:00Z) \u2026"; correct an impossible date or time to a real one.',
    fixable: "in a git repository, dates a checked item that has no date from the commit that checked it (its commit time in UTC), when that commit is unambiguous; an impossible date is left to correct by hand, and so is every item when git cannot tell (the report says why). The action reads no history, so it suggests none."
  },
  check(context) {
    for (const item of context.progressItems()) {
      if (item.status !== "done") continue;
      if (!item.stamp.found) {
        const date = context.itemDate(item.line);
        context.report({
          line: item.line,
          endLine: item.item.endLine,
          message: 'Checked item has no timestamp, e.g. "(2025-01-20 13:00Z)".',
          fix: date ? datedItemFix(context.plan, item, date) : void 0
        });
      } else if (!item.stamp.valid) {
        context.report({
          line: item.line,
          endLine: item.item.endLine,
          message: "Checked item has an impossible date or time."
        });
      }
    }
  }
};
var progress_timestamp_default = rule3;

// src/core/rules/timestamp-format.ts
var rule4 = {
  meta: {
    id: "timestamp-format",
    description: "Reports a checked Progress item whose timestamp is not in the canonical form.",
    rationale: "One form, a parenthesised date, time and zone right after the box, lets people and tools read every timestamp the same way and compare them across time zones.",
    defaultSeverity: "warning",
    reportedAt: "the item",
    tags: ["progress", "timestamps"],
    advice: 'Put the date, time and zone in parentheses right after the box, e.g. "- [x] (2025-01-20 13:00Z) \u2026".',
    fixable: "rewrites the timestamp to `(YYYY-MM-DD HH:MMZ)` in UTC, converting a numeric offset (`+02:00`, `-0500`), when its date, time and zone are known; a leading timestamp is replaced, any other is kept in the text. A zone abbreviation such as `CST`, which names several zones, and a date without a time are left to fix by hand."
  },
  check(context) {
    for (const item of context.progressItems()) {
      if (item.status !== "done" || !item.stamp.found || !item.stamp.valid || item.stamp.canonical) continue;
      context.report({
        line: item.line,
        endLine: item.item.endLine,
        message: 'Timestamp is not canonical, e.g. "(2025-01-20 13:00Z)".',
        fix: canonicalTimestampFix(context.plan, item)
      });
    }
  }
};
var timestamp_format_default = rule4;

// src/core/phrase-context.ts
var before = (block, match, length = 60) => block.quoted.slice(Math.max(0, match.start - length), match.start);
var after = (block, match, length = 60) => block.quoted.slice(match.end, match.end + length);
var RECORD_SECTIONS = [
  "Progress",
  "Surprises & Discoveries",
  "Decision Log",
  "Outcomes & Retrospective"
];
function inRecord(context, block) {
  const offset = block.offsetAt(0);
  if (RECORD_SECTIONS.some((name) => {
    const s = context.section(name);
    return s !== void 0 && inSection(s, offset);
  }))
    return true;
  return inRevisionNote(context.plan, offset);
}
function inRevisionNote(plan, offset) {
  const last = plan.sections.at(-1);
  if (!last || !inSection(last, offset)) return false;
  return /revision|change ?log|changelog|history|変更|变更|修订|변경|revisi|änderung|изменени/iu.test(
    last.heading.normalised
  );
}
var TODO_NOUN_AFTER = new UnicodeRegExp(
  String.raw`^(?:-[\p{L}]|\s+(?:comments?|lists?|items?|markers?|entries|entry|counts?|files?|tags?|notes?|lines?|apps?|blocks?|sections?|scanners?|checks?|rules?|annotations?)\b)`,
  "u"
);
var COUNT_BEFORE = /(?:\d|\bno|\bany|\bthe|\beach|\bevery|\bor|\bone|\btwo|\bzero)[\s,]*$/iu;
function isPlaceholderNoun(block, match) {
  const word = match.text;
  if (!/^(?:TODO|FIXME|XXX|TBD)$/.test(word)) return false;
  if (TODO_NOUN_AFTER.test(after(block, match, 20))) return true;
  return /\d\s*$/.test(before(block, match, 3)) || COUNT_BEFORE.test(before(block, match, 8)) && /^\s*(?:[,.;)]|$)/.test(after(block, match, 3)) && /\d/.test(before(block, match, 40));
}
function standsAlone(block, match) {
  const pre = before(block, match, 40);
  const post = after(block, match, 60);
  if (/[(（[]\s*$/.test(pre)) return true;
  return /^\s*[-*+]?\s*$/.test(pre.replace(/^.*[.:!?]\s/s, "")) && /^[^.]{0,40}[.。)）]?\s*$/.test(post);
}
var ACCORDINGLY_VERB = /\b(?:update|updates|adjust|adjusts|change|changes|modify|modifies|adapt|adapts|configure|set|fix|edit|tweak|revise|handle|amend|rename|refactor)\b[^.;:!?]{0,40}$/iu;
function isAccordinglyInstruction(block, match) {
  return ACCORDINGLY_VERB.test(before(block, match, 60));
}

// src/core/placeholder-phrases.ts
var PLACEHOLDER_PHRASES = [
  "TBD",
  "TBA",
  "TODO",
  "FIXME",
  "XXX",
  "to be determined",
  "to be decided",
  "fill in later",
  "lorem ipsum",
  "<placeholder>",
  // Placeholder notes as real plans word them; they count only standing alone.
  "to be filled",
  "to be filled in",
  "to be filled during implementation",
  "to be completed",
  "to be written",
  "to be added",
  "to be confirmed",
  "to be defined",
  "TBC"
];

// src/core/phrases.ts
var escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
var UPPER_CASE = new UnicodeRegExp(String.raw`\p{Lu}`, "u");
var LOWER_CASE = new UnicodeRegExp(String.raw`\p{Ll}`, "u");
var NOT_ASCII = /[\u0080-\uffff]/;
var isAscii = (text) => !NOT_ASCII.test(text);
var isCapitalsOnly = (phrase) => isAscii(phrase) ? /[A-Z]/.test(phrase) && !/[a-z]/.test(phrase) : UPPER_CASE.test(phrase) && !LOWER_CASE.test(phrase);
var PIECES = new UnicodeRegExp(String.raw`[\p{L}\p{N}_]+|\s+|[^\p{L}\p{N}_\s]`, "gu");
var SPACE_FIRST = /^\s/;
function tokenize(text) {
  const starts = [];
  const ends = [];
  const texts = [];
  let at = 0;
  for (const piece of text.match(PIECES.for(text)) ?? []) {
    const code = piece.charCodeAt(0);
    const space = code < 128 ? code === 32 || code >= 9 && code <= 13 : SPACE_FIRST.test(piece);
    if (!space) {
      starts.push(at);
      ends.push(at + piece.length);
      texts.push(piece);
    }
    at += piece.length;
  }
  return { starts, ends, texts };
}
var fold = (word) => word.toLowerCase();
var newNode = () => ({ spaced: null, adjacent: null, terminals: null });
function compilePhraseSets(lists) {
  const root = newNode();
  const entries = lists.flatMap(
    (phrases, set) => [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].map((phrase) => ({ set, phrase }))
  );
  const joined = entries.map((e) => e.phrase).join("\n");
  const all2 = tokenize(joined);
  let token = 0;
  let offset = 0;
  for (const { set, phrase } of entries) {
    const starts = [];
    const ends = [];
    const words = [];
    for (; token < all2.starts.length && all2.starts[token] < offset + phrase.length; token++) {
      starts.push(all2.starts[token] - offset);
      ends.push(all2.ends[token] - offset);
      words.push(all2.texts[token]);
    }
    offset += phrase.length + 1;
    if (!starts.length) continue;
    let node2 = root;
    for (let i = 0; i < words.length; i++) {
      const children = i === 0 || starts[i] > ends[i - 1] ? node2.spaced ??= /* @__PURE__ */ new Map() : node2.adjacent ??= /* @__PURE__ */ new Map();
      const key = fold(words[i]);
      let child = children.get(key);
      if (!child) {
        child = newNode();
        children.set(key, child);
      }
      node2 = child;
    }
    (node2.terminals ??= []).push({ set, exact: isCapitalsOnly(phrase) ? words : null });
  }
  const firstCharacters = new Uint8Array(128);
  for (const key of root.spaced?.keys() ?? []) {
    const code = key.charCodeAt(0);
    if (code < 128) firstCharacters[code] = firstCharacters[String.fromCharCode(code).toUpperCase().charCodeAt(0)] = 1;
  }
  return {
    find(text) {
      const tokens = tokenize(text);
      const { starts, ends, texts } = tokens;
      const found = lists.map(() => []);
      const longestEnd = lists.map(() => -1);
      const matched = [];
      for (let first = 0; first < starts.length; first++) {
        const code = text.charCodeAt(starts[first]);
        if (code < 128 && !firstCharacters[code]) continue;
        let node2 = root.spaced?.get(fold(texts[first]));
        for (let i = first; node2; ) {
          for (const terminal of node2.terminals ?? []) {
            if (!matchesExactly(terminal, text, tokens, first)) continue;
            if (longestEnd[terminal.set] === -1) matched.push(terminal.set);
            longestEnd[terminal.set] = ends[i];
          }
          if (++i >= starts.length) break;
          const children = starts[i] > ends[i - 1] ? node2.spaced : node2.adjacent;
          node2 = children?.get(fold(texts[i]));
        }
        for (const set of matched) {
          found[set].push({
            start: starts[first],
            end: longestEnd[set],
            text: text.slice(starts[first], longestEnd[set])
          });
          longestEnd[set] = -1;
        }
        matched.length = 0;
      }
      return found.map((matches) => longestWithoutOverlap(matches, text.length));
    }
  };
}
function matchesExactly(terminal, text, tokens, first) {
  const { exact } = terminal;
  return !exact || exact.every(
    (word, j) => tokens.ends[first + j] - tokens.starts[first + j] === word.length && text.startsWith(word, tokens.starts[first + j])
  );
}
function longestWithoutOverlap(matches, length) {
  if (matches.length < 2) return matches;
  const byLength = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(length);
  const kept = [];
  for (const match of byLength) {
    if (taken[match.start] || taken[match.end - 1]) continue;
    taken.fill(1, match.start, match.end);
    kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}

// src/core/phrase-rule.ts
var PHRASE_RULES = [];
var MATCHERS = /* @__PURE__ */ new Map();
var MATCHES = /* @__PURE__ */ new WeakMap();
var MATCHER_OF_SETTINGS = /* @__PURE__ */ new WeakMap();
function matcherFor(settings) {
  const known = MATCHER_OF_SETTINGS.get(settings);
  if (known) return known;
  const lists = PHRASE_RULES.map((rule20) => [...rule20.phrases, ...settings.phrases[rule20.meta.id] ?? []]);
  const key = lists.map((list) => list.join("\0")).join("");
  let matcher = MATCHERS.get(key);
  if (!matcher) MATCHERS.set(key, matcher = compilePhraseSets(lists));
  MATCHER_OF_SETTINGS.set(settings, matcher);
  return matcher;
}
function matchesIn(block, matcher) {
  const known = MATCHES.get(block);
  if (known?.matcher === matcher) return known.matches;
  const matches = matcher.find(block.quoted);
  MATCHES.set(block, { matcher, matches });
  return matches;
}
function createPhraseRule(spec) {
  const set = PHRASE_RULES.push(spec) - 1;
  const meta = {
    ...spec.meta,
    options: {
      key: ["phrases", spec.meta.id],
      schema: stringList(`Phrases that ${spec.meta.id} reports, besides the built-in ones.`)
    }
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
            message: spec.message(match.text.replace(/\s+/g, " "))
          });
        }
      }
    }
  };
}

// src/core/rules/placeholder.ts
var placeholder_default = createPhraseRule({
  meta: {
    id: "placeholder",
    description: "Reports an unresolved placeholder (`TBD`, `TODO`, `to be determined`, \u2026) in prose.",
    rationale: "A placeholder is a decision or a fact the plan does not contain yet. A newcomer executing the plan cannot resolve it, so the plan is not self-contained until it is replaced.",
    defaultSeverity: "error",
    reportedAt: "the phrase's first word",
    tags: ["phrases", "self-containment"],
    advice: "Replace the placeholder with the actual value or decision; if it is not known yet, say what it depends on and who decides.",
    notes: '`phrases.placeholder` in the configuration file adds phrases. `TBD`, `TBA`, `TODO`, `FIXME` and `XXX` match only in capitals (so "a todo app" is fine); a configured phrase written in capitals also matches only in capitals. `TODO` used as a noun or a count (`TODO comments`, `TODO-only files`, `1 passed, 1 TODO`) is no placeholder. Notes such as "(To be filled during implementation)" or "(To be completed.)" are placeholders when they stand alone, in parentheses or as a whole line; "the migration is to be completed by Friday" is not.'
  },
  phrases: PLACEHOLDER_PHRASES,
  applies: (_context, block, match) => {
    if (isPlaceholderNoun(block, match)) return false;
    if (/^to\s+be\s+(?:filled|completed|written|added|confirmed|defined)/i.test(match.text))
      return standsAlone(block, match);
    return true;
  },
  message: (phrase) => `"${phrase}" is an unresolved placeholder.`
});

// src/core/rules/external-reference.ts
var phraseRule = createPhraseRule({
  meta: {
    id: "external-reference",
    description: 'Reports a phrase that points at knowledge outside the plan ("as discussed", "see the wiki", \u2026).',
    rationale: "The reader has only the working tree and this one file. A reference to a conversation, a wiki or another document leaves them without the knowledge the plan depends on; the plan must say it in its own words.",
    defaultSeverity: "error",
    reportedAt: "the phrase's first word",
    tags: ["phrases", "self-containment"],
    advice: "Write down what the reader needs to know here, in your own words.",
    notes: "`phrases.external-reference` in the configuration file adds phrases. A plan that says it follows, or is maintained per, a file outside the repository (a path climbing out with `../` to another folder that the link does not name inside the repository, or a home folder such as `~/`) is reported too: the reader has only this repository."
  },
  phrases: [
    "as discussed",
    "as we discussed",
    "as agreed",
    "as defined previously",
    "as described previously",
    "see the architecture doc",
    "see the design doc",
    "according to the architecture doc",
    "per the RFC",
    "refer to the wiki",
    "see the wiki",
    "see the ticket",
    "see slack",
    "the previous plan"
  ],
  message: (phrase) => `"${phrase}" points at knowledge outside the plan.`
});
var FOLLOWS = /\b(?:follows?|following|per|according to|described in|defined in|maintained (?:per|under|according to)|see|governed by|as in|based on)\s*[*_]*\s*[`[(]*\s*$/iu;
var OUTSIDE_START = /\.\.\/|~\/|\/home\/|\/Users\//g;
var OUTSIDE = /^(?:(?:\.\.\/)+[^\s/]+\/\S*|~\/\S+|\/(?:home|Users)\/\S+)$/u;
var rule5 = {
  ...phraseRule,
  check(context) {
    phraseRule.check(context);
    const { text } = context.plan.source;
    for (const block of context.plan.prose) {
      const start = block.node.position?.start.offset;
      const end = block.node.position?.end.offset;
      if (start === void 0 || end === void 0) continue;
      const source = text.slice(start, end);
      OUTSIDE_START.lastIndex = 0;
      let seenUntil = 0;
      for (let m = OUTSIDE_START.exec(source); m; m = OUTSIDE_START.exec(source)) {
        if (m.index < seenUntil) continue;
        let from = m.index;
        while (from > 0 && source[from - 1] === ".") from--;
        while (from > 0 && source[from - 1] === "/") from--;
        const opener = source[from - 1];
        if (opener !== "`" && opener !== "(") continue;
        let to = m.index;
        while (to < source.length && !/[\s`)]/.test(source[to])) to++;
        seenUntil = to;
        const path = source.slice(from, to);
        if (!OUTSIDE.test(path)) continue;
        if (opener === "(") {
          if (source[from - 2] !== "]") continue;
          const open = source.lastIndexOf("[", from - 2);
          const linkText = open === -1 ? "" : source.slice(open + 1, from - 2);
          if (/^[\w.-]+\/[\w./-]+$/.test(linkText.replace(/`/g, ""))) continue;
          if (!FOLLOWS.test(source.slice(Math.max(0, open - 40), open + 1))) continue;
        } else if (!FOLLOWS.test(source.slice(Math.max(0, from - 41), from))) continue;
        const at = pointOf(context.plan.source, start + from);
        const until = pointOf(context.plan.source, start + to);
        context.report({
          line: at.line,
          column: at.column,
          endLine: until.line,
          endColumn: until.column,
          // The path can be long; its end names the file, and the column points at all of it.
          message: `"${path.length > 20 ? `\u2026${path.slice(-19)}` : path}" is outside the repository.`
        });
      }
    }
  }
};
var external_reference_default = rule5;

// src/core/rules/outsourced-decision.ts
var outsourced_decision_default = createPhraseRule({
  meta: {
    id: "outsourced-decision",
    description: 'Reports a phrase that hands a decision to the reader ("use your best judgment", "up to you", \u2026).',
    rationale: "A plan resolves its own ambiguities. Leaving a choice to the reader makes two executions of the same plan diverge; decide, and record why in the Decision Log.",
    defaultSeverity: "error",
    reportedAt: "the phrase's first word",
    tags: ["phrases", "decisions"],
    advice: "Make the decision in the plan and record it in the Decision Log.",
    notes: "`phrases.outsourced-decision` in the configuration file adds phrases."
  },
  phrases: [
    "use best judgment",
    "use your best judgment",
    "use your judgment",
    "use best judgement",
    "choose an appropriate",
    "choose a suitable",
    "pick an appropriate",
    "pick a suitable",
    "at your discretion",
    "as you see fit",
    "up to you",
    "whichever you prefer",
    "optional but recommended",
    "recommended but optional",
    "if you prefer",
    "if you want",
    "if desired",
    "your choice",
    "your call",
    "use judgment",
    "use judgement",
    "use your own judgment",
    "use your own judgement",
    "at the implementer's discretion",
    "at the discretion of",
    "choose whichever",
    "pick whichever"
  ],
  message: (phrase) => `"${phrase}" leaves a decision to the reader.`
});

// src/core/rules/vague-acceptance.ts
function isSpecific(context, block) {
  const { leaves } = context.plan;
  const unit = block.listItem;
  if (unit) {
    let hasCode = false;
    walk(unit, (node2) => {
      if (node2.type === "list") return false;
      if (node2.type === "inlineCode" || node2.type === "code") hasCode = true;
    });
    if (hasCode) return true;
  } else if (block.inlineCode.length > 0) {
    return true;
  }
  let first = block.leafIndex;
  while (first > 0 && unit && leaves[first - 1].start >= (unit.position?.start.offset ?? 0)) first--;
  if (first > 0 && leaves[first - 1].node.type === "code" && !unit) return true;
  const unitEnd = unit?.position?.end.offset ?? leaves[block.leafIndex].end;
  let i = block.leafIndex + 1;
  while (i < leaves.length && leaves[i].start < unitEnd) i++;
  for (; i < leaves.length; i++) {
    const leaf = leaves[i];
    if (leaf.node.type === "code") return true;
    if (leaf.node.type === "paragraph" || leaf.node.type === "heading") return false;
  }
  return false;
}
function countedInPlace(text, end) {
  const rest = text.slice(end, end + 80).split(/[.;](?:\s|$)/)[0];
  return /\d+\s*(?:tests?|passed|passing|checks?|specs?|cases?|suites?)\b/i.test(rest);
}
var vague_acceptance_default = createPhraseRule({
  meta: {
    id: "vague-acceptance",
    description: 'Reports acceptance phrased without specifics ("tests should pass", "works as expected", \u2026).',
    rationale: 'Acceptance is behaviour a person can check. "Tests should pass" does not say which command to run or what it prints; name both, and the phrase becomes specific.',
    defaultSeverity: "warning",
    reportedAt: "the phrase's first word",
    tags: ["phrases", "validation"],
    advice: 'Name the command to run and the output that proves success, e.g. "`npm test` prints 42 passed, 0 failed".',
    notes: 'Besides the listed phrases, any "\u2026 tests pass" (`All existing tests pass.`, `Backend tests pass under Python 3.14.`) is matched. A phrase is not reported when its paragraph or list item holds inline code, or a code block follows it before the next paragraph, list item or heading. `phrases.vague-acceptance` in the configuration file adds phrases.'
  },
  phrases: [
    "tests should pass",
    "all tests pass",
    "should work correctly",
    "works correctly",
    "works as expected",
    "should work",
    "verify it works",
    "make sure it works",
    "ensure it works",
    // Variants with the same meaning: which tests, in which words, still names no command.
    "tests pass",
    "tests still pass",
    "tests should still pass",
    "tests are passing",
    "tests are green",
    "tests passing",
    "tests must pass",
    "tests will pass",
    "test suite passes",
    "everything works",
    "everything passes",
    "works fine",
    "works properly",
    "should work as expected",
    "confirm it works",
    "check that it works"
  ],
  message: (phrase) => `"${phrase}" is not checkable: show a command.`,
  applies: (context, block, match) => !isSpecific(context, block) && !countedInPlace(block.quoted, match.end)
});

// src/core/rules/vague-instruction.ts
var CONTRACT_PHRASES = /* @__PURE__ */ new Set([
  "as needed",
  "as necessary",
  "if necessary",
  "as appropriate",
  "configure appropriately",
  "update accordingly",
  "handle edge cases",
  "and so on"
]);
var vague_instruction_default = createPhraseRule({
  meta: {
    id: "vague-instruction",
    description: 'Reports an instruction with no concrete content ("as needed", "update accordingly", "etc.", \u2026).',
    rationale: 'An instruction a newcomer can follow names what to do. "As needed" or "handle edge cases" asks them to guess which cases and which changes.',
    defaultSeverity: "warning",
    reportedAt: "the phrase's first word",
    tags: ["phrases", "clarity"],
    advice: "Say exactly what to do and when: the file, the setting, the value, the condition.",
    notes: "`phrases.vague-instruction` in the configuration file adds phrases. Variants with the same meaning are matched too: `if needed`, `where necessary`, `etc` without its full stop, and `accordingly` after a verb of change (`update the prompts accordingly`). A list closed by `etc.` in a record (Progress, Surprises & Discoveries, Decision Log, Outcomes & Retrospective, a revision note) describes rather than instructs and is not reported."
  },
  phrases: [
    ...CONTRACT_PHRASES,
    "etc.",
    // Word-order and spelling variants with the same meaning.
    "etc",
    "if needed",
    "when needed",
    "where needed",
    "as required",
    "where necessary",
    "when necessary",
    "where appropriate",
    "when appropriate",
    "if appropriate",
    "accordingly",
    "handle any edge cases",
    "handle all edge cases",
    "handle the edge cases",
    "and the like",
    "and so forth"
  ],
  applies: (context, block, match) => {
    const phrase = match.text.toLowerCase().replace(/\s+/g, " ");
    if (!CONTRACT_PHRASES.has(phrase) && inRecord(context, block)) return false;
    if (phrase === "accordingly") return isAccordinglyInstruction(block, match);
    if (!CONTRACT_PHRASES.has(phrase) && /^,?\s+(?:so(?:\s+that)?|until|to\s+keep)\b/i.test(after(block, match, 20)))
      return false;
    if (phrase.startsWith("etc")) return !inRecord(context, block);
    if (phrase === "as required") return !/^\s+(?:by|in|for|under)\b/i.test(after(block, match, 10));
    return true;
  },
  message: (phrase) => `"${phrase}" is vague: say exactly what to do.`
});

// src/core/jargon-definitions.ts
var WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*";
var MARK = "[*_`]*";
var EXPLANATION_START = new UnicodeRegExp(
  String.raw`\(|(?:means|is an?|are|is the|refers? to|stands for)(?![\p{L}])|,[ \t]*(?:which|that is)(?![\p{L}])|(?::|\u2014|\u2013|--|-(?<=[ \t]-))(?=[ \t]*[^\s])`,
  "gu"
);
var ENDS_IN_LETTER_OR_DIGIT = new UnicodeRegExp(String.raw`[\p{L}\p{N}]$`, "u");
var followsWordCharacter = (text, at) => ENDS_IN_LETTER_OR_DIGIT.test(text.slice(Math.max(0, at - 2), at));
var WORD_CHAR2 = new UnicodeRegExp(String.raw`[\p{L}\p{N}_-]`, "u");
var isWordChar = (ch) => {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 45;
  return WORD_CHAR2.test(ch);
};
var isBlank = (ch) => ch === " " || ch === "	";
function wordsBefore(text, end, lineStart) {
  let i = end;
  while (i > lineStart && isBlank(text[i - 1])) i--;
  while (i > lineStart && "*_`".includes(text[i - 1])) i--;
  const words = [];
  while (words.length < 3) {
    let j = i;
    while (j > lineStart && isWordChar(text[j - 1])) j--;
    const word = text.slice(j, i).replace(/^[_-]+/, "");
    if (!word) break;
    words.unshift(word);
    i = j;
    if (i === lineStart || !isBlank(text[i - 1])) break;
    while (i > lineStart && isBlank(text[i - 1])) i--;
  }
  return words.length ? words.join(" ") : void 0;
}
var IN_PARENTHESES = new UnicodeRegExp(
  `\\([ \\t]*${MARK}((?:${WORD}[ \\t]+){0,2}${WORD})${MARK}[ \\t]*\\)`,
  "gu"
);
var WORDS = new UnicodeRegExp(WORD, "gu");
var NOT_LETTER_OR_DIGIT = new UnicodeRegExp(String.raw`[^\p{L}\p{N}]`, "gu");
var STARTS_WITH_LETTER = new UnicodeRegExp(String.raw`^\p{L}`, "u");
var EXPANSION_THEN_ACRONYM = /\(([^()\n]{3,120}?),[ \t]*[*_`]*([A-Z][A-Z0-9]{1,5})s?[*_`]*[ \t]*\)/gu;
var ACRONYM_SHAPE = /^[A-Z][A-Z0-9]{1,5}s?$/;
var SMALL_WORDS = /* @__PURE__ */ new Set([
  "of",
  "and",
  "the",
  "for",
  "to",
  "a",
  "an",
  "in",
  "on",
  "with",
  "de",
  "la",
  "el",
  "le",
  "des",
  "du",
  "da",
  "do"
]);
function fitsAcronym(before2, acronym) {
  const letters = acronym.replace(/s$/, "").replace(/[^A-Z]/g, "").toLowerCase();
  if (letters.length < 2) return false;
  const words = before2.split(/[\s\-–—/]+/).map((w) => w.replace(NOT_LETTER_OR_DIGIT.for(w), "")).filter(Boolean).slice(-(letters.length + 4));
  for (let k = 1; k <= words.length; k++) {
    const tail = words.slice(-k).filter((w, i) => i === 0 || !SMALL_WORDS.has(w.toLowerCase()));
    if (!STARTS_WITH_LETTER.test(tail[0]) || tail[0][0].toLowerCase() !== letters[0]) continue;
    if (tail.map((w) => w[0].toLowerCase()).join("") === letters) return true;
    if (lettersInOrder(tail, letters)) return true;
  }
  return false;
}
function lettersInOrder(words, letters) {
  let at = 0;
  for (let w = 0; w < words.length; w++) {
    const lower = words[w].toLowerCase();
    if (lower[0] !== letters[at]) return false;
    at++;
    const keep = words.length - w - 1;
    for (let i = 1; i < lower.length && at < letters.length - keep; i++) if (lower[i] === letters[at]) at++;
  }
  return at === letters.length;
}
function addForms(words, exact, lower, withTails = true) {
  const list = words.split(/[ \t]+/);
  for (let i = 0; i < (withTails ? list.length : 1); i++) {
    const phrase = list.slice(i).join(" ");
    for (const form of [phrase, phrase.replace(/(?:es|s)$/, ""), phrase.replace(/s$/, "")]) {
      exact.add(form);
      lower.add(form.toLowerCase());
    }
  }
}
function findDefinitions(plan) {
  const exact = /* @__PURE__ */ new Set();
  const lower = /* @__PURE__ */ new Set();
  const text = plan.source.text;
  let lineStart = 0;
  let scanned = 0;
  const explanationStart = EXPLANATION_START.for(text);
  explanationStart.lastIndex = 0;
  for (let m = explanationStart.exec(text); m; m = explanationStart.exec(text)) {
    const first = m[0].charCodeAt(0);
    if (first >= 97 && first <= 115 && followsWordCharacter(text, m.index)) {
      explanationStart.lastIndex = m.index + 1;
      continue;
    }
    for (let i = m.index - 1; i >= scanned; i--) {
      if (text[i] === "\n") {
        lineStart = i + 1;
        break;
      }
    }
    scanned = m.index;
    const before2 = wordsBefore(text, m.index, lineStart);
    if (before2) addForms(before2, exact, lower);
  }
  const inParentheses = IN_PARENTHESES.for(text);
  inParentheses.lastIndex = 0;
  for (let m = inParentheses.exec(text); m; m = inParentheses.exec(text)) {
    const term = m[1];
    if (ACRONYM_SHAPE.test(term)) {
      const lineStartAt = text.lastIndexOf("\n", m.index) + 1;
      if (!fitsAcronym(text.slice(Math.max(lineStartAt, m.index - 200), m.index), term)) continue;
    }
    addForms(term, exact, lower, false);
  }
  EXPANSION_THEN_ACRONYM.lastIndex = 0;
  for (let m = EXPANSION_THEN_ACRONYM.exec(text); m; m = EXPANSION_THEN_ACRONYM.exec(text)) {
    if (fitsAcronym(m[1], m[2])) addForms(m[2], exact, lower, false);
  }
  for (const section of plan.sections) {
    if (!GLOSSARY_SECTION_NAMES.some((name) => startsWithName(section.heading.normalised, name))) continue;
    const body = text.slice(section.bodyStart, section.end);
    const words = body.match(WORDS.for(body)) ?? [];
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= 3 && i + n <= words.length; n++) addForms(words.slice(i, i + n).join(" "), exact, lower);
    }
  }
  return { exact, lower };
}

// src/core/jargon-terms.ts
var EVERYDAY_ACRONYMS = new Set(
  "API APIS CLI CI CD CPU GPU RAM ROM SSD HDD USB CSS CSV TSV HTML HTTP HTTPS ID IDS JSON OK OS PR PRS MR SQL UI UX URL URLS URI UTC UTF YAML YML TOML XML README PDF PNG JPG JPEG GIF SVG DNS IP TCP UDP SSH SSL TLS UUID ASCII IO JS TS NPM SDK IDE GUI FAQ QA EOF EOL MB KB GB TB KIB MIB GIB AM PM US UK EU ISO ANSI PID LTS WIP ETA GMT CEST CET PST PDT EST EDT JST KST AI N/A H1 H2 H3 H4 H5 H6 MD RFC PHP CSS3 HTML5 ES6 SHA MD5 GIT DB PIN UID GID PATH MIT XOR DRAM SRAM RGB RGBA LAN WAN VM VPN FPS AES RSA SHA1 SHA256 SHA512 MVP E2E CDN SEO CEO CFO CTO FAQS ARM64 X64 X86 AMD64 BSD GPL LGPL CRLF LF PNG WEBP MP4 MP3 ZIP RAW BMP TODOS MST MDT CST CDT IST BST AEST AEDT EET EEST WET WEST HKT SGT NZST NZDT NVIDIA AMD IBM INTEL ACME".split(" ")
);
var CAPITALISED_WORDS = new Set(
  "A I NOT AND OR NO YES DO DONT MUST SHALL SHOULD MAY NEVER ALWAYS ONLY ALL ANY NEW OLD NOTE NOTES WARN WARNING ERROR INFO DEBUG TRUE FALSE NULL NONE DONE OPEN GET POST PUT PATCH DELETE HEAD PASS FAIL FAILED PASSED IF THE IS IN ON TO BE IT OF AT BY AS AN WE UP SO STOP WHY WHAT HOW WHEN WHERE READ WRITE ONCE AFTER BEFORE THEN ELSE WITH FROM INTO OUT OFF RUN SKIP KEEP ADD FIX BUG DRAFT FINAL LIVE STATUS PLAN GOAL NEXT LAST FIRST MAIN THIS THAT FOR BUT NOW ONE TWO USE VERY DONE SET NEED NEEDS ARE WAS HAS HAVE WILL CAN INIT READY CLOSED CLOSE TEXT LOAD DEMO RED GREEN BLUE YELLOW HOME HONOR AGENTS AGENT PENDING RUNNING ACTIVE IDLE BUSY LOCKED UNLOCKED STARTED STOPPED PAUSED QUEUED FAILURE SUCCESS OKAY BLOCKED ALLOW DENY DROP EXIT START END BEGIN COMMIT ROLLBACK SELECT INSERT UPDATE UPSERT WHERE JOIN ORDER GROUP LIMIT TABLE INDEX VIEW ON OFF HIGH LOW MEDIUM CRITICAL MAJOR MINOR PATCH FATAL TRACE VERBOSE NOTICE ALERT EMPTY FULL NONE VALID INVALID UNKNOWN DEFAULT CUSTOM TEST TESTS LINT BUILD DEPLOY RELEASE CHECK CHECKS GATE MERGE MERGED REVIEW APPROVED REJECTED OPENED EXPIRED DELETED CREATED ARCHIVED DISABLED ENABLED REQUIRED OPTIONAL PUBLIC PRIVATE LOCAL REMOTE DEV PROD STAGING USER USERS ADMIN OWNER GUEST ROOT DATA INPUT OUTPUT ROUTE LIVE IMPORTANT CAUTION TIP HINT BREAKING SAFE UNSAFE STABLE BETA ALPHA PREVIEW LATEST OBSOLETE DEPRECATED REMOVED FIXED BROKEN BLOCKER MANUAL AUTO TRUE FALSE PARTIAL COMPLETE COMPLETED IN_PROGRESS WAITING RETRY TIMEOUT ERRORS WARNINGS PASSES FAILS KEY VALUE NAME TYPE MODE STATE EVENT EVENTS LIST ITEM ITEMS NODE NODES STEP STEPS".split(" ")
);
var PLACEHOLDER_WORDS = new Set(PLACEHOLDER_PHRASES.filter(isCapitalsOnly));
var BUILT_IN_JARGON = [
  "daemon",
  "middleware",
  "RPC gateway",
  "filter graph",
  "idempotent",
  "idempotency",
  "sharding",
  "monad",
  "memoization",
  "sidecar"
];
var ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;
var NUMBERED = /^([A-Z]{1,2})(\d+)([A-Z]?\d*)$/;
var PRIORITY_OR_CODE = /^(?:P[0-4]|[A-Z]{1,2}\d{3,5})$/;
var HEX_DIGITS = /^[0-9A-F]{4,6}$/;
var isCodePoint = (text, start, name) => text.startsWith("U+", start - 2) && HEX_DIGITS.test(name);
var TIME_BEFORE = /\d{1,2}:\d{2}(?::\d{2})?\s*$/;
var NUMBERED_TOKEN = new UnicodeRegExp(
  String.raw`(?<![\p{L}\p{N}_])([A-Z]{1,2})(\d+[A-Z]?\d*)(?![\p{L}\p{N}_])`,
  "gu"
);
function numberedPrefixes(text) {
  const seen = /* @__PURE__ */ new Map();
  const numbered = /* @__PURE__ */ new Set();
  const tokens = NUMBERED_TOKEN.for(text);
  tokens.lastIndex = 0;
  for (let m = tokens.exec(text); m; m = tokens.exec(text)) {
    const previous = seen.get(m[1]);
    if (previous === void 0) seen.set(m[1], m[2]);
    else if (previous !== m[2]) numbered.add(m[1]);
  }
  return numbered;
}
var PRODUCT_WORDS = "Code|Studio|Admin|Wiki|Cloud|Pro|Max|Mini|Air|Plus|Online|Desktop|Mobile|Server|Hub|Suite|Console|Portal|Store|Connect|Express|Edition|Enterprise|Community";
var PRODUCT_AFTER = new RegExp(`^ (?:${PRODUCT_WORDS})\\b`);
var CAPITALISED_WORDS_AT_END = new UnicodeRegExp(String.raw`(?:^|[a-z,] )((?:[A-Z][\p{L}\d/]* ){1,3})$`, "u");
function inProductName(text, start, end) {
  if (end - start > 3) return false;
  if (end - start <= 2) {
    const before2 = (start > 40 ? "" : "") + text.slice(Math.max(0, start - 40), start);
    const name = CAPITALISED_WORDS_AT_END.exec(before2);
    if (name && /[a-z]/.test(name[1])) return true;
  }
  return PRODUCT_AFTER.test(text.slice(end, end + 20));
}
function isModelNumber(text, start, end) {
  let from = start;
  let to = end;
  while (from > 0 && /[A-Z0-9-]/.test(text[from - 1])) from--;
  while (to < text.length && /[A-Z0-9-]/.test(text[to])) to++;
  const token = text.slice(from, to);
  return /^[A-Z0-9]+(?:-[A-Z0-9]+)+$/.test(token) && /\d/.test(token);
}
function inPath(text, start, end) {
  let from = start;
  let to = end;
  while (from > 0 && !/\s/.test(text[from - 1])) from--;
  while (to < text.length && !/\s/.test(text[to])) to++;
  const token = text.slice(from, to).replace(/^[("'`*_[]+|[)"'`*_\].,;:!?]+$/g, "");
  if (!token.includes("/") && !token.includes("\\")) return false;
  return /[a-z]/.test(token.replace(/[A-Z]+/g, "")) || /^[.~/]/.test(token) || /\.[A-Za-z0-9]{1,5}$/.test(token);
}

// src/core/rules/undefined-jargon.ts
var ACRONYM = new UnicodeRegExp(
  String.raw`(?<![\p{L}\p{N}_\\@#$.=]|\d-)([A-Z][A-Z0-9]{1,5})s?(?![\p{L}\p{N}_\\@$=]|[.][\p{L}\p{N}]|-\d|#[^\d])`,
  "gu"
);
var foldTerm = (s) => s.toLowerCase().replace(/\s+/g, " ");
function termPattern(names) {
  if (names.length === 0) return void 0;
  const sorted = [...names].sort((a, b) => b.length - a.length);
  const bodies = sorted.map((name) => name.trim().split(/\s+/).map(escapeRegExp).join("\\s+"));
  return {
    pattern: new UnicodeRegExp(`(?<![\\p{L}\\p{N}_])(${bodies.join("|")})(?:s|es)?(?![\\p{L}\\p{N}_])`, "giu"),
    byKey: new Map(sorted.map((name) => [foldTerm(name), name]))
  };
}
var rule6 = {
  meta: {
    id: "undefined-jargon",
    description: 'Reports a term of art (an acronym, or a word such as "idempotent") that the plan uses without defining, once per term.',
    rationale: "The reader is a complete beginner to the repository. Every term that is not ordinary English is defined in plain language where it is used, or in a Glossary section.",
    defaultSeverity: "warning",
    reportedAt: "its first use in prose",
    tags: ["self-containment"],
    advice: 'Explain the term in plain language at its first use, e.g. "JWT (JSON Web Token, a signed token)", or in a Glossary section.',
    options: {
      key: ["jargon"],
      schema: {
        type: "object",
        properties: {
          allow: stringList("Acronyms and terms that need no definition."),
          terms: stringList("Terms of art to check, besides the built-in list.")
        },
        additionalProperties: false,
        description: "Which terms undefined-jargon checks."
      }
    },
    notes: "Not jargon: numbered identifiers (a letter and a number where the plan uses the same letter with another number, `V16` and `V17`, `F4A` and `F4B`), priorities (`P0`), error codes (`E404`, `CS0200`), Unicode code points (`U+FEFF`), model numbers and tagged identifiers (`DNY-NX9`, `ORCH-ACT-1`), enum and state names and capitalised English words (`INIT`, `READY`, `CLOSED`, `TEXT`), time-zone abbreviations inside a timestamp, heredoc markers (`PY` of `<<'PY'`), short acronyms that are part of a product or font name (`VS Code`, `PingFang SC`), and everyday abbreviations (`DB`, `PIN`, `UID`, `PATH`, `MIT`, `XOR`, `DRAM`, \u2026). `(ABC)` defines ABC only when the words before it fit it (their initials, or its letters in order: `Reciprocal Velocity Obstacles (RVO)`; `10 (RVO)` defines nothing); `(behaviour-driven development, BDD)` defines BDD. Acronyms next to `/` or `-` (`PEM/PKCS#8`, `CRC-checked`) are checked, outside paths. `jargon.allow` in the configuration file lists acronyms and terms that need no definition; `jargon.terms` adds terms of art to check."
  },
  check(context) {
    const { plan, settings } = context;
    const allowed = new Set(settings.jargon.allow.map((a) => a.toLowerCase()));
    const names = [...BUILT_IN_JARGON, ...settings.jargon.terms].filter((t) => !allowed.has(t.toLowerCase()));
    const prose = plan.prose.map((block) => block.quoted).join("\n");
    const folded = prose.toLowerCase().replaceAll("\u017F", "s");
    const mayHold = (name) => !isAscii(name) || folded.includes(name.trim().split(/\s+/)[0].toLowerCase());
    const terms = names.some(mayHold) ? termPattern(names) : void 0;
    let definitions;
    const definedOnce = (name, caseSensitive) => {
      definitions ??= findDefinitions(plan);
      return caseSensitive ? definitions.exact.has(name) : definitions.lower.has(name.toLowerCase().replace(/\s+/g, " "));
    };
    const report = (name, group, start, end, offsetAt) => {
      const from = pointOf(plan.source, offsetAt(start));
      const to = pointOf(plan.source, offsetAt(end - 1) + 1);
      context.report({
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
        group,
        message: `"${name}" is not defined: explain it at its first use.`
      });
    };
    let heredocMarkers;
    const isHeredocMarker = (name) => (heredocMarkers ??= new Set(
      [...plan.source.text.matchAll(/<<-?\s*['"]?([A-Z][A-Z0-9_]*)['"]?/g)].map((h) => h[1])
    )).has(name);
    let numbered;
    const isNumberedPrefix = (prefix) => (numbered ??= numberedPrefixes(prose)).has(prefix);
    for (const block of plan.prose) {
      const text = block.quoted;
      const acronym = ACRONYM.for(text);
      acronym.lastIndex = 0;
      for (let m = acronym.exec(text); m; m = acronym.exec(text)) {
        const name = m[1];
        const end = m.index + m[0].length;
        const identifier = NUMBERED.exec(name);
        if (EVERYDAY_ACRONYMS.has(name) || CAPITALISED_WORDS.has(name) || PLACEHOLDER_WORDS.has(name) || ROMAN.test(name) || allowed.has(name.toLowerCase()) || identifier && (isNumberedPrefix(identifier[1]) || EVERYDAY_ACRONYMS.has(identifier[1])) || PRIORITY_OR_CODE.test(name) || isCodePoint(text, m.index, name) || TIME_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) || text[m.index - 1] === "'" && text[end] === "'" || inProductName(text, m.index, end) || isModelNumber(text, m.index, end) || isHeredocMarker(name) || (/[/\\-]/.test(text[m.index - 1] ?? "") || /[/\\-]/.test(text[end] ?? "") ? inPath(text, m.index, end) : false)) {
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
  }
};
var undefined_jargon_default = rule6;

// src/core/rules/empty-section.ts
var rule7 = {
  meta: {
    id: "empty-section",
    description: "Reports a required section whose body holds nothing but white space and HTML comments.",
    rationale: 'An empty section tells the reader nothing, not even that nothing has happened yet. Write what is known, or "None yet." in a living section that has no entries.',
    defaultSeverity: "warning",
    reportedAt: "the section heading",
    tags: ["structure"],
    advice: 'Write what is known so far, or "None yet." if there is nothing to record.',
    fixable: 'writes "None yet." in an empty Surprises & Discoveries, Decision Log or Outcomes & Retrospective section.'
  },
  check(context) {
    for (const name of REQUIRED_SECTIONS) {
      const section = context.section(name);
      if (!section) continue;
      const empty = section.body.every((node2) => node2.type === "html" && isCommentOnly(node2.value));
      if (empty) {
        context.report({
          line: section.heading.line,
          message: `Empty ${name} section: write it, or "None yet."`,
          fix: noneYetFix(context.plan, section, name)
        });
      }
    }
  }
};
var empty_section_default = rule7;

// src/core/rules/checklist-outside-progress.ts
var rule8 = {
  meta: {
    id: "checklist-outside-progress",
    description: "Reports a checkbox item outside the Progress section; silent when the plan has no Progress section (`required-sections` then names the heading that holds the items).",
    rationale: "Checklists are allowed only in Progress, where they are the record of the work; elsewhere the format asks for prose, and a stray checkbox is progress that no summary counts.",
    defaultSeverity: "warning",
    reportedAt: "the item",
    tags: ["format", "progress"],
    advice: "Move the step into Progress, or write it as prose."
  },
  check(context) {
    const progress = context.section("Progress");
    if (!progress) return;
    for (const item of context.plan.checkboxItems) {
      if (inSection(progress, item.start)) continue;
      context.report({
        line: item.line,
        message: "Checkbox item outside the Progress section."
      });
    }
  }
};
var checklist_outside_progress_default = rule8;

// src/core/rules/fenced-code.ts
var rule9 = {
  meta: {
    id: "fenced-code",
    description: "Reports a fenced code block; the format asks for blocks indented by four spaces.",
    rationale: "The format presents commands, transcripts and code as indented blocks, so a plan can itself be pasted inside a fenced block (in a prompt or another document) without its fences closing the outer one.",
    defaultSeverity: "warning",
    reportedAt: "the opening fence",
    tags: ["format"],
    advice: "Indent the block by four spaces instead of fencing it.",
    notes: "A plan whose whole content (front matter aside) is one fenced block with the info string `md` or `markdown` gets one finding, at the fence, and the inside of the block is validated as the plan, with the file's line numbers.",
    fixable: "turns the block into one indented by four spaces, except where that could change its meaning: inside a list or block quote, right after a list, unclosed, a whole plan in a `md` block, or with blank first or last lines."
  },
  check(context) {
    const { text } = context.plan.source;
    const wrapper = context.plan.wrapperFence;
    if (wrapper) {
      context.report({
        line: wrapper.line,
        column: wrapper.column,
        message: "The whole plan is inside one fenced block: remove the fences."
      });
    }
    for (const leaf of context.plan.leaves) {
      if (leaf.node.type !== "code") continue;
      const opening = text.slice(leaf.start, leaf.start + 3);
      if (opening !== "```" && opening !== "~~~") continue;
      context.report({
        line: leaf.node.position?.start.line ?? 1,
        column: leaf.node.position?.start.column,
        message: "Fenced code block: indent it by four spaces instead.",
        fix: indentedCodeFix(context.plan, leaf)
      });
    }
  }
};
var fenced_code_default = rule9;

// src/core/rules/heading-blank-line.ts
var rule10 = {
  meta: {
    id: "heading-blank-line",
    description: "Reports a heading that is not followed by a blank line.",
    rationale: "The format asks for two newlines after every heading, so the text under it reads as its own paragraph in every renderer.",
    defaultSeverity: "warning",
    reportedAt: "the heading; for a setext heading, its underline (the line the blank line must follow)",
    tags: ["format"],
    advice: "Add a blank line after the heading (after its underline, for a setext heading).",
    notes: "A `# comment` line of a block indented by four spaces inside a list item (which Markdown reads as a heading) is not reported.",
    fixable: "inserts a blank line after the heading (inside a block quote, a line holding only `>`)."
  },
  check(context) {
    const { source } = context.plan;
    const last = lineCount(source);
    for (const heading of context.plan.headings) {
      const endLine = heading.node.position?.end.line ?? heading.line;
      const next = endLine + 1;
      if (next > last) continue;
      if (!heading.topLevel && /^ {4,}#/.test(lineText(source, heading.line))) continue;
      if (/^[\s>]*$/.test(lineText(source, next))) continue;
      context.report({
        line: endLine,
        message: "Heading is not followed by a blank line.",
        fix: blankLineAfterFix(context.plan, heading.start, endLine)
      });
    }
  }
};
var heading_blank_line_default = rule10;

// src/core/rules/prose-first.ts
var rule11 = {
  meta: {
    id: "prose-first",
    description: "Reports a table, anywhere in the plan.",
    rationale: "Narrative sections are prose-first: sentences carry the reasons and the order of things that a table drops. Write the content as sentences, unless a table is truly clearer; then disable the rule for that table.",
    defaultSeverity: "warning",
    reportedAt: "the table's first line",
    tags: ["format"],
    advice: "Write the table as prose (sentences), which the format prefers to tables."
  },
  check(context) {
    for (const leaf of context.plan.leaves) {
      if (leaf.node.type !== "table") continue;
      context.report({
        line: leaf.node.position?.start.line ?? 1,
        message: "Table in the plan: write it as prose."
      });
    }
  }
};
var prose_first_default = rule11;

// src/core/label-names.ts
var DEFAULT_LABEL_NAMES = {
  Decision: [
    "decision",
    "\u51B3\u7B56",
    "\u51B3\u5B9A",
    "\u6C7A\u7B56",
    "\u6C7A\u5B9A",
    "\uACB0\uC815",
    "decisi\xF3n",
    "decis\xE3o",
    "d\xE9cision",
    "entscheidung",
    "\u0440\u0435\u0448\u0435\u043D\u0438\u0435"
  ],
  Rationale: [
    "rationale",
    "reason",
    "\u7406\u7531",
    "\u4F9D\u636E",
    "\u4F9D\u64DA",
    "\u6839\u62E0",
    "\uADFC\uAC70",
    "\uC774\uC720",
    "justificaci\xF3n",
    "raz\xF3n",
    "justificativa",
    "justifica\xE7\xE3o",
    "raz\xE3o",
    "justification",
    "raison",
    "begr\xFCndung",
    "\u043E\u0431\u043E\u0441\u043D\u043E\u0432\u0430\u043D\u0438\u0435",
    "\u043F\u0440\u0438\u0447\u0438\u043D\u0430"
  ],
  "Date/Author": [
    "date/author",
    "date",
    "\u65E5\u671F/\u4F5C\u8005",
    "\u65E5\u671F",
    "\u65E5\u4ED8/\u4F5C\u6210\u8005",
    "\u65E5\u4ED8/\u62C5\u5F53\u8005",
    "\u65E5\u4ED8",
    "\uB0A0\uC9DC/\uC791\uC131\uC790",
    "\uB0A0\uC9DC",
    "fecha/autor",
    "fecha",
    "data/autor",
    "data",
    "date/auteur",
    "datum/autor",
    "datum",
    "\u0434\u0430\u0442\u0430/\u0430\u0432\u0442\u043E\u0440",
    "\u0434\u0430\u0442\u0430"
  ],
  Observation: [
    "observation",
    "\u89C2\u5BDF",
    "\u89C0\u5BDF",
    "\u73FE\u8C61",
    "\u89B3\u5BDF",
    "\uAD00\uCC30",
    "observaci\xF3n",
    "hallazgo",
    "achado",
    "constatation",
    "befund",
    "observa\xE7\xE3o",
    "constat",
    "beobachtung",
    "\u043D\u0430\u0431\u043B\u044E\u0434\u0435\u043D\u0438\u0435"
  ],
  Evidence: [
    "evidence",
    "\u8BC1\u636E",
    "\u8B49\u64DA",
    "\u8A3C\u62E0",
    "\u30A8\u30D3\u30C7\u30F3\u30B9",
    "\uC99D\uAC70",
    "evidencia",
    "evid\xEAncia",
    "preuve",
    "beleg",
    "nachweis",
    "\u0434\u043E\u043A\u0430\u0437\u0430\u0442\u0435\u043B\u044C\u0441\u0442\u0432\u043E",
    "\u043F\u043E\u0434\u0442\u0432\u0435\u0440\u0436\u0434\u0435\u043D\u0438\u0435"
  ]
};

// src/core/entries.ts
function labelPattern(label) {
  const names = typeof label === "string" ? [label] : label;
  const bodies = names.map(
    (name) => name.split("/").map((part) => escapeRegExp(part.trim()).replace(/\s+/g, "\\s+")).join("\\s*[/\uFF0F]\\s*")
  );
  return new UnicodeRegExp(
    `(?<![\\p{L}\\p{N}])(?:${bodies.join("|")})(?:[ \\t]*[(\\uFF08][^()\\n]{1,100}[)\\uFF09])?[*_]*\\s*[:\\uFF1A]`,
    "iu"
  );
}
var labelCache = /* @__PURE__ */ new WeakMap();
function labelsOf(names, which) {
  let compiled = labelCache.get(names);
  if (!compiled) labelCache.set(names, compiled = /* @__PURE__ */ new Map());
  return which.map((name) => {
    let label = compiled.get(name);
    if (!label) compiled.set(name, label = { name, pattern: labelPattern(names[name]) });
    return label;
  });
}
var NOTHING_YET = /^(?:[-*+]\s*)?[(（]?(?:none(?:\s+yet)?|nothing(?:\s+yet)?|n\/a|暂无|暫無|无|無|尚无|なし|特になし|まだなし|없음|아직\s*없음|ninguno(?:\s+todavía)?|nada(?:\s+(?:aún|ainda))?|nenhum(?:\s+ainda)?|aucun(?:e)?(?:\s+pour\s+l'instant)?|rien|keine(?:\s+bisher)?|noch\s+keine|нет|пока\s+нет)[)）]?[.。]?$/iu;
var saysNothingYet = (itemText) => {
  let text = itemText.trim();
  if (text.length > NOTHING_YET_LONGEST) text = text.replace(/\s+/g, " ");
  return text.length <= NOTHING_YET_LONGEST && NOTHING_YET.test(text);
};
var NOTHING_YET_LONGEST = 32;
function entriesOf(plan, section, labels) {
  const { text } = plan.source;
  const entries = [];
  const slice = (node2) => text.slice(startOffset(node2), endOffset(node2));
  const startsWithLaterLabel = (part) => {
    const body = part.replace(/^\s*(?:[-*+]|\d+[.)])?\s*/, "");
    return labels.slice(1).some((label) => label.exec(body)?.index === 0 || label.exec(body.replace(/^[*_]+/, ""))?.index === 0);
  };
  const add2 = (node2, part) => {
    const previous = entries.at(-1);
    if (previous && startsWithLaterLabel(part)) previous.text += `
${part}`;
    else entries.push({ line: lineOf(plan.source, startOffset(node2)), text: part });
  };
  const visit = (nodes) => {
    for (const node2 of nodes) {
      if (node2.type === "list") {
        for (const item of node2.children) {
          const itemText = slice(item);
          if (saysNothingYet(itemText)) continue;
          add2(item, itemText);
        }
      } else if (node2.type === "paragraph") {
        const paragraph = slice(node2);
        if (labels.some((label) => label.test(paragraph))) add2(node2, paragraph);
      } else if (node2.type === "blockquote") {
        visit(node2.children);
      }
    }
  };
  visit(section.body);
  return entries;
}
function listOf(items) {
  return items.length < 2 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
function reportIncompleteEntries(context, sectionName, labels, advice) {
  const section = context.section(sectionName);
  if (!section) return;
  const patterns = labels.map((l) => l.pattern);
  for (const entry of entriesOf(context.plan, section, patterns)) {
    const missing = labels.filter((l) => !l.pattern.test(entry.text)).map((l) => l.name);
    if (missing.length === 0) continue;
    context.report({
      line: entry.line,
      message: `${sectionName} entry lacks ${listOf(missing)}.${advice ? ` ${advice}` : ""}`
    });
  }
}

// src/core/rules/decision-entry.ts
var LABELS = ["Decision", "Rationale", "Date/Author"];
var rule12 = {
  meta: {
    id: "decision-entry",
    description: "Reports a Decision Log entry missing `Decision:`, `Rationale:` or `Date/Author:`.",
    rationale: "A decision is only useful to the next contributor with its reason and its date: without the rationale it will be re-argued, without the date nobody knows which came first.",
    defaultSeverity: "warning",
    reportedAt: "the entry's first line",
    tags: ["living-sections"],
    advice: 'Give each entry "Decision: \u2026", "Rationale: \u2026" and "Date/Author: \u2026".',
    notes: '`Date:` is accepted for `Date/Author:`, `Reason:` for `Rationale:`. Labels may be bold (`**Decision:**`), end in a full-width colon (`\u51B3\u7B56\uFF1A`), and carry a short parenthetical before the colon (`Decision (amendment):`). Built-in names in the languages of `docs/languages.md` (`\u51B3\u7B56`/`\u7406\u7531`/`\u65E5\u671F`, `\u6C7A\u5B9A`/`\u6839\u62E0`/`\u65E5\u4ED8`, `\uACB0\uC815`/`\uADFC\uAC70`/`\uB0A0\uC9DC`, `Decisi\xF3n`/`Justificaci\xF3n`/`Fecha`, \u2026). The `labels` key of the configuration file replaces the names of a label, e.g. `{"labels": {"Decision": ["decision", "\u9009\u62E9"]}}`. "None yet.", "(none yet)" and the same words in the built-in languages (`\u6682\u65E0`, `\u306A\u3057`, `\uC5C6\uC74C`, \u2026) are no entry.'
  },
  check(context) {
    reportIncompleteEntries(context, "Decision Log", labelsOf(context.settings.labels, LABELS), "");
  }
};
var decision_entry_default = rule12;

// src/core/rules/surprise-entry.ts
var LABELS2 = ["Observation", "Evidence"];
var rule13 = {
  meta: {
    id: "surprise-entry",
    description: "Reports a Surprises & Discoveries entry missing `Observation:` or `Evidence:`.",
    rationale: "A surprise saves the next reader time only when it says what was seen and shows the evidence (a test output, an error message) that lets them recognise it.",
    defaultSeverity: "warning",
    reportedAt: "the entry's first line",
    tags: ["living-sections"],
    advice: 'Give each entry "Observation: \u2026" and "Evidence: \u2026" (a test output or an error message).',
    notes: 'Labels may be bold (`**Observation:**`), end in a full-width colon (`\u89C2\u5BDF\uFF1A`) and have built-in names in the languages of `docs/languages.md` (`\u89C2\u5BDF`/`\u8BC1\u636E`, `\u89B3\u5BDF`/`\u8A3C\u62E0`, `\uAD00\uCC30`/`\uC99D\uAC70`, `Observaci\xF3n`/`Hallazgo`/`Evidencia`, \u2026). The `labels` key of the configuration file replaces the names of `Observation` or `Evidence`. "None yet.", "(none yet)" and their translations are no entry.'
  },
  check(context) {
    reportIncompleteEntries(context, "Surprises & Discoveries", labelsOf(context.settings.labels, LABELS2), "");
  }
};
var surprise_entry_default = rule13;

// src/core/commands.ts
var PROGRAMS = new Set(
  "npm npx yarn pnpm node deno bun tsx ts-node tsc eslint prettier jest vitest mocha playwright cypress vite webpack turbo nx lerna python python3 py pip pip3 pipx uv uvx poetry pdm hatch rye tox nox pytest ruff black mypy pyright flake8 isort coverage alembic uvicorn gunicorn flask django-admin celery conda mamba jupyter cargo rustc rustup clippy-driver go gofmt golangci-lint staticcheck govulncheck make cmake ninja bazel bazelisk meson gradle gradlew mvn mvnw java javac kotlin kotlinc sbt scala dotnet msbuild nuget swift swiftc xcodebuild xcrun xcodegen tuist pod fastlane flutter dart ruby bundle bundler rake rails rspec gem php composer artisan phpunit perl lua elixir mix iex erl rebar3 ghc cabal stack clojure clj lein bb shadow-cljs zig julia r rscript bash sh zsh fish pwsh powershell cmd git gh hub glab jj svn hg curl wget http httpie xh grpcurl websocat docker docker-compose podman kubectl helm kustomize kind minikube k3d skaffold tilt terraform tofu pulumi ansible ansible-playbook vagrant packer aws gcloud gsutil az doctl flyctl fly heroku vercel netlify wrangler firebase supabase railway stripe expo eas adb emulator avdmanager sdkmanager unity unity-editor godot ffmpeg ffprobe magick convert openssl ssh scp rsync sftp psql pg_dump pg_restore mysql mysqldump sqlite3 redis-cli mongosh mongo cqlsh ls cat less head tail grep egrep rg ag find fd sed awk jq yq xq sort uniq wc diff cmp comm tr cut tee xargs echo printf cd pwd cp mv rm mkdir rmdir touch chmod chown ln tar zip unzip gzip gunzip xz du df ps kill lsof top htop time watch env export source sudo systemctl journalctl service launchctl open xdg-open code cursor brew apt apt-get dnf yum apk pacman nix nix-shell nix-build mise asdf direnv just task pre-commit lefthook husky act actionlint shellcheck hadolint hyperfine k6 ab wrk locust valgrind gdb lldb perf strace dtrace clang clang++ gcc g++ cc ld objdump nm otool lipo codesign notarytool spctl plutil defaults security xattr hdiutil pkgbuild productbuild wasm-pack wasm-bindgen trunk emcc rtk claude codex aider ollama llm sqlx prisma drizzle-kit knex sequelize typeorm hugo jekyll mkdocs sphinx-build docusaurus storybook lighthouse pa11y axe newman ngrok caddy nginx apachectl redis-server postgres mongod temporal dagger earthly bats shfmt stylua selene luacheck cppcheck clang-format clang-tidy cpplint iwyu ctest qmake meson sam serverless sls cdk amplify".split(" ")
);
var SCRIPT_EXTENSION = /\.(?:sh|bash|zsh|fish|ps1|psm1|bat|cmd|py|rb|pl|mjs|cjs|js|ts|exs|lua|php|swift|kts)$/i;
var HTTP_REQUEST = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(?:\/|https?:\/\/)\S*/;
var PIPELINE = /\s(?:\||&&|\|\||;|>|>>|2>&1|<)\s|\s2>&1$|;\s*\S/;
var OPTION = /^--?[A-Za-z0-9][\w-]*(?:=.*)?$/;
var ASSIGNMENT = /^[A-Z_][A-Z0-9_]*=\S*$/;
function looksLikeCommandLine(raw) {
  const line = raw.trim();
  if (!line) return false;
  if (line.startsWith("#") || line.startsWith("//")) return false;
  const prompt = "$>P%".includes(line[0]) ? /^(?:\$|>|PS>|PS [^>]*>|%)\s+(.*)$/.exec(line) : null;
  if (prompt) return prompt[1].trim() !== "";
  if ("GPDHO".includes(line[0]) && HTTP_REQUEST.test(line)) return true;
  const words = line.split(/\s+/);
  while (words.length > 1 && words[0].includes("=") && ASSIGNMENT.test(words[0])) words.shift();
  const first = withoutQuotes(words[0]);
  const path = first.includes("/") || first.includes("\\");
  const name = (path ? first.split(/[\\/]/).pop() : first).toLowerCase();
  if (PROGRAMS.has(name) || name.includes(".") && PROGRAMS.has(name.replace(/\.(?:exe|cmd|bat)$/, ""))) {
    return words.length > 1 || name.length > 2;
  }
  if (path && (SCRIPT_EXTENSION.test(first) || /^(?:\.{1,2}[\\/]|~\/)/.test(first) || /(?:^|[\\/])(?:bin|scripts?|tools)[\\/][^\\/]+$/.test(first))) {
    return !/\.(?:js|ts|swift|kts|lua|php|exs)$/i.test(first) || /^\.{1,2}[\\/]/.test(first) || words.length > 1;
  }
  if (words.length < 2 || !/^[a-z][\w.-]*$/.test(first)) return false;
  if (words.slice(1).some((w) => w.startsWith("-") && OPTION.test(w))) return true;
  return words.length > 2 && PIPELINE.test(` ${line} `);
}
function withoutQuotes(word) {
  const start = word[0] === '"' || word[0] === "'" ? 1 : 0;
  const last = word.length - 1;
  const end = last >= start && (word[last] === '"' || word[last] === "'") ? last : word.length;
  return word.slice(start, end);
}
function blockHoldsCommand(value, lang) {
  if (lang && /^(?:json|jsonc|ya?ml|toml|xml|html|css|csv|text|txt|diff|patch|log|output|ts|tsx|js|jsx|typescript|javascript|rust|go|java|kotlin|swift|c|cpp|c\+\+|python|py|ruby|sql|graphql|proto|mermaid|markdown|md)$/i.test(
    lang
  )) {
    return false;
  }
  return value.split("\n").some(looksLikeCommandLine);
}
function holdsCommand(nodes, text) {
  let found = false;
  const visit = (child) => {
    if (child.type === "inlineCode" && looksLikeCommandLine(child.value)) found = true;
    if (child.type === "code" && blockHoldsCommand(child.value, child.lang)) found = true;
    if (child.type === "paragraph" && text !== void 0 && indentedCommand(child, text)) found = true;
    return !found;
  };
  for (const node2 of nodes) {
    if (visit(node2)) walk(node2, visit);
    if (found) return true;
  }
  return false;
}
function indentedCommand(node2, text) {
  const start = node2.position?.start.offset;
  const end = node2.position?.end.offset;
  if (start === void 0 || end === void 0) return false;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lines = text.slice(lineStart, end).split("\n");
  return lines.every((line) => /^ {4,}\S/.test(line)) && lines.some(looksLikeCommandLine);
}

// src/core/rules/milestone-acceptance.ts
var MILESTONE_HEADING = new UnicodeRegExp(String.raw`^milestone(?![\p{L}\p{N}_])\s*\S`, "u");
var rule14 = {
  meta: {
    id: "milestone-acceptance",
    description: "Reports a milestone (a `Milestone \u2026` section, or a list item right under a Milestones heading without milestone subsections) that shows no command to run: a code span or block that looks like something to run, not a bare file name or identifier.",
    rationale: "Each milestone must be independently verifiable: its section says what to run and what to expect, so the reader knows when the milestone is done.",
    defaultSeverity: "warning",
    reportedAt: "the milestone heading",
    tags: ["milestones", "validation"],
    advice: "Add the command (inline code or an indented block) and the output that proves the milestone is done."
  },
  check(context) {
    for (const section of context.plan.sections) {
      if (!MILESTONE_HEADING.test(section.heading.normalised)) continue;
      if (holdsCommand([section.heading.node, ...section.body], context.plan.source.text)) continue;
      context.report({
        line: section.heading.line,
        message: "Milestone shows no command to run and no output to expect."
      });
    }
    const { sections } = context.plan;
    for (const [i, section] of sections.entries()) {
      if (!startsWithName(section.heading.normalised, "milestones")) continue;
      const inside = sections.slice(i + 1).filter((s) => s.heading.start < section.end);
      if (inside.some((s) => MILESTONE_HEADING.test(s.heading.normalised))) continue;
      for (const node2 of section.body) {
        if (node2.type === "heading") break;
        if (node2.type !== "list") continue;
        for (const item of node2.children) {
          if (holdsCommand([item], context.plan.source.text)) continue;
          context.report({
            line: item.position?.start.line ?? section.heading.line,
            message: "Milestone list item shows no command to run."
          });
        }
      }
    }
  }
};
var milestone_acceptance_default = rule14;

// src/core/rules/context-paths.ts
var LETTER_OR_DIGIT = new UnicodeRegExp(String.raw`[\p{L}\p{N}]`, "u");
function isRepositoryPath(token) {
  const word = token.replace(/^[\s"'“‘(<[{*_]+|[\s"'”’)>\]}*_,;:!?.]+$/g, "");
  if (!word || word.startsWith("/") || /^[a-z][a-z0-9+.-]*:/i.test(word) || word.startsWith("#")) return false;
  if (word.includes("/")) return LETTER_OR_DIGIT.test(word);
  return /^[^\s.][^\s]*\.[A-Za-z][A-Za-z0-9]{0,9}$/.test(word) && !/^(?:e\.g|i\.e|etc|vs|approx)$/i.test(word);
}
var rule15 = {
  meta: {
    id: "context-paths",
    description: "Reports a Context section that names no repository-relative file path.",
    rationale: "The reader knows nothing of the repository. Context orients them by naming the files and folders involved, with full repository-relative paths such as `src/jobs/reports.ts`.",
    defaultSeverity: "warning",
    reportedAt: "the Context heading",
    tags: ["context"],
    advice: "Name the files and folders involved by their repository-relative paths, e.g. `src/jobs/reports.ts`."
  },
  check(context) {
    const section = context.section("Context");
    if (!section) return;
    const { plan } = context;
    for (const block of plan.prose) {
      const offset = plan.leaves[block.leafIndex].start;
      if (offset < section.bodyStart || offset >= section.end) continue;
      const tokens = [
        ...block.text.split(/[\s\uFFFC]+/),
        ...block.inlineCode.flatMap((c) => c.split(/\s+/)),
        ...block.linkUrls
      ];
      if (tokens.some(isRepositoryPath)) return;
    }
    context.report({
      line: section.heading.line,
      message: "Context names no file: add paths such as `src/app.ts`."
    });
  }
};
var context_paths_default = rule15;

// src/core/rules/validation-commands.ts
var rule16 = {
  meta: {
    id: "validation-commands",
    description: "Reports a Validation section that shows no command: a code span or block that looks like something to run (a known program, a path to a script, options, a pipeline), not a bare file name or identifier.",
    rationale: "Validation is not optional: the section gives the exact commands to run and what they print, so a novice can tell success from failure.",
    defaultSeverity: "warning",
    reportedAt: "the Validation heading",
    tags: ["validation"],
    advice: "Give the exact command to run (inline code or an indented block) and what it prints."
  },
  check(context) {
    const section = context.section("Validation");
    if (!section || holdsCommand(section.body, context.plan.source.text)) return;
    context.report({
      line: section.heading.line,
      message: "Validation shows no command to run and no output to expect."
    });
  }
};
var validation_commands_default = rule16;

// src/core/rules/title.ts
var rule17 = {
  meta: {
    id: "title",
    description: "Reports a plan that does not start with a level-1 heading, and each further level-1 heading.",
    rationale: "The level-1 heading is the plan's title: it names the work in lists, comments and summaries. A second level-1 heading splits one plan into what looks like two.",
    defaultSeverity: "warning",
    reportedAt: "line 1 when the title is missing; each further level-1 heading",
    tags: ["structure"],
    advice: 'Begin the plan with "# " and a short title of the work; a plan has one level-1 heading, so make any other a level-2 heading ("## ").'
  },
  check(context) {
    const { plan } = context;
    if (!titleOf(plan)) {
      context.report({
        line: 1,
        message: 'The plan does not start with a level-1 heading ("# Title").'
      });
    }
    const levelOne = plan.headings.filter((h) => h.topLevel && h.depth === 1);
    for (const heading of levelOne.slice(1)) {
      context.report({
        line: heading.line,
        message: 'A plan has one level-1 heading: make this one level 2 ("## ").'
      });
    }
  }
};
var title_default = rule17;

// src/core/rules/outcomes-when-done.ts
var NOT_WRITTEN = /^(?:none(?:\s+yet)?|tbd|todo|n\/a|not\s+yet|pending)$/i;
var rule18 = {
  meta: {
    id: "outcomes-when-done",
    description: 'Reports a finished plan (every Progress item checked) whose Outcomes & Retrospective is empty or says only "None yet".',
    rationale: "At completion the plan records what was achieved, what remains and what was learned. A finished plan without that retrospective loses the lessons the work taught.",
    defaultSeverity: "warning",
    reportedAt: "the Outcomes & Retrospective heading",
    tags: ["living-sections", "progress"],
    advice: "Every Progress item is checked, so summarise in Outcomes & Retrospective what was achieved, what remains and what was learned."
  },
  check(context) {
    const items = context.progressItems();
    if (items.length === 0 || items.some((item) => item.status !== "done")) return;
    const section = context.section("Outcomes & Retrospective");
    if (!section) return;
    const { text } = context.plan.source;
    const written = section.body.filter((node2) => !(node2.type === "html" && isCommentOnly(node2.value))).map((node2) => text.slice(node2.position?.start.offset ?? 0, node2.position?.end.offset ?? 0)).join(" ");
    const said = trimEnds(written, /[\s.*_]/, /[\s>*_-]/);
    if (said !== "" && !NOT_WRITTEN.test(said)) return;
    context.report({
      line: section.heading.line,
      message: "Every item is done: write Outcomes & Retrospective."
    });
  }
};
var outcomes_when_done_default = rule18;

// src/core/rules/revision-note.ts
function lastSection(text, start) {
  return text.slice(start).split("\n").map((line) => line.trimEnd()).join("\n").trim();
}
var rule19 = {
  meta: {
    id: "revision-note",
    description: "Reports a changed plan whose last section (its revision note) did not change; only when a base version is given.",
    rationale: "When a plan is revised, a note at the bottom says what changed and why, so a reader of the new version knows what moved since the one they read.",
    defaultSeverity: "warning",
    reportedAt: "the last heading",
    tags: ["living-sections", "revisions"],
    advice: "Add a revision note at the bottom saying what changed in the plan and why.",
    notes: "Runs only with a base version: `execplan validate PLAN --base OLD_PLAN`, or in the action, against the pull request's base."
  },
  check(context) {
    const { plan } = context;
    const base = context.base();
    if (!base || base.source.text === plan.source.text) return;
    const last = plan.headings.at(-1);
    if (!last) return;
    const baseLast = base.headings.at(-1);
    if (!baseLast) return;
    if (lastSection(plan.source.text, last.start) !== lastSection(base.source.text, baseLast.start)) return;
    context.report({
      line: last.line,
      message: "The plan changed but its revision note (last section) did not."
    });
  }
};
var revision_note_default = rule19;

// src/core/rules/index.ts
var RULES = [
  required_sections_default,
  progress_checklist_default,
  progress_timestamp_default,
  timestamp_format_default,
  placeholder_default,
  external_reference_default,
  outsourced_decision_default,
  vague_acceptance_default,
  vague_instruction_default,
  undefined_jargon_default,
  empty_section_default,
  checklist_outside_progress_default,
  fenced_code_default,
  heading_blank_line_default,
  prose_first_default,
  decision_entry_default,
  surprise_entry_default,
  milestone_acceptance_default,
  context_paths_default,
  validation_commands_default,
  title_default,
  outcomes_when_done_default,
  revision_note_default
];
var RULE_IDS = RULES.map((rule20) => rule20.meta.id);

// src/core/settings.ts
var DEFAULT_SETTINGS = {
  severities: {},
  phrases: {},
  jargon: { allow: [], terms: [] },
  sections: DEFAULT_SECTION_NAMES,
  labels: DEFAULT_LABEL_NAMES
};

// src/core/redundant.ts
var REDUNDANT_NEXT_TO = {
  "context-paths": ["empty-section"],
  "validation-commands": ["empty-section"]
};
function dropRedundant(findings) {
  const at = new Set(findings.map((f) => `${f.ruleId}\0${f.line}`));
  let kept = 0;
  for (const f of findings) {
    const others = REDUNDANT_NEXT_TO[f.ruleId];
    if (others?.some((id) => at.has(`${id}\0${f.line}`))) continue;
    findings[kept++] = f;
  }
  findings.length = kept;
}

// src/core/lint.ts
function effectiveSetting(ruleId, settings, strict) {
  const rule20 = RULES.find((r) => r.meta.id === ruleId);
  const configured = settings.severities[ruleId] ?? rule20?.meta.defaultSeverity ?? "warning";
  return strict && configured !== "off" ? "error" : configured;
}
function lintPlan(input, options = {}) {
  const plan = typeof input === "string" ? parsePlan(input) : input;
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const suppressions = readSuppressions(plan.comments);
  const findings = [];
  const sections = /* @__PURE__ */ new Map();
  let items;
  let basePlan;
  const section = (name) => {
    if (!sections.has(name)) sections.set(name, findSection(plan, settings.sections[name]));
    return sections.get(name);
  };
  for (const rule20 of RULES) {
    const severity = effectiveSetting(rule20.meta.id, settings, options.strict ?? false);
    if (severity === "off") continue;
    const seenGroups = /* @__PURE__ */ new Set();
    const context = {
      plan,
      settings,
      section,
      progressItems: () => items ??= progressItems(plan, section("Progress")),
      base: () => {
        if (options.base === void 0) return void 0;
        return basePlan ??= typeof options.base === "string" ? parsePlan(options.base) : options.base;
      },
      template: () => options.template,
      itemDate: (line) => options.itemDates?.get(lineText(plan.source, line)),
      report: (report) => {
        if (suppressions.isSuppressed(rule20.meta.id, report.line)) return;
        if (report.group !== void 0) {
          if (seenGroups.has(report.group)) return;
          seenGroups.add(report.group);
        }
        findings.push(toFinding(plan, rule20.meta.id, severity, report, options.docsBaseUrl));
      }
    };
    rule20.check(context);
  }
  dropRedundant(findings);
  findings.sort(
    (a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
  return { plan, findings };
}
function toFinding(plan, ruleId, severity, report, docsBaseUrl) {
  const column = report.column ?? 1;
  const endLine = report.endLine ?? report.line;
  const endColumn = report.endColumn ?? Math.max(column, lineText(plan.source, endLine).length + 1);
  return {
    ruleId,
    severity,
    line: report.line,
    column,
    endLine,
    endColumn,
    message: report.message,
    url: docsUrl(ruleId, docsBaseUrl),
    // Inside a plan wrapped whole in a fence, offsets are those of the text with the fence lines
    // emptied, not of the file: no fix is offered there, rather than one that edits the wrong place.
    ...report.fix && report.fix.edits.length > 0 && !plan.wrapperFence ? {
      fix: {
        edits: report.fix.edits.map((edit) => {
          const from = pointOf(plan.source, edit.start);
          const to = pointOf(plan.source, edit.end);
          return { ...edit, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
        }),
        lines: lineReplacement(plan.source, report.fix.edits)
      }
    } : {}
  };
}

// src/core/baseline.ts
var BOX = /^(\s*(?:[-*+]|\d{1,9}[.)])\s+)\[[ xX]\]/;
var fold2 = (text) => text.replace(BOX, "$1[ ]").replace(/\s+/g, " ").trim();
function anchorsOf(plan, findings) {
  const count = lineCount(plan.source);
  const nearest = (line, step) => {
    for (let l = line + step; l >= 1 && l <= count; l += step) {
      const text = fold2(lineText(plan.source, l));
      if (text) return text;
    }
    return "";
  };
  return findings.map((finding) => ({
    finding,
    content: fold2(lineText(plan.source, finding.line)),
    context: `${nearest(finding.line, -1)}
${nearest(finding.line, 1)}`
  }));
}
function hashText(text) {
  let h1 = 3735928559;
  let h2 = 1103547991;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507) ^ Math.imul(h2 ^ h2 >>> 13, 3266489909);
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507) ^ Math.imul(h1 ^ h1 >>> 13, 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}
function withFingerprints(plan, findings) {
  const seen = /* @__PURE__ */ new Map();
  const seenLines = /* @__PURE__ */ new Map();
  return anchorsOf(plan, findings).map(({ finding, content }) => {
    const hash = hashText(`${finding.ruleId}
${finding.message}
${content}`);
    const lineHash = hashText(content);
    const n = seen.get(hash) ?? 0;
    const m = seenLines.get(lineHash) ?? 0;
    seen.set(hash, n + 1);
    seenLines.set(lineHash, m + 1);
    return { ...finding, fingerprint: `${hash}:${n}`, lineHash: `${lineHash}:${m}` };
  });
}
function markBaseline(head, headFindings, base) {
  const fingerprinted = withFingerprints(head, headFindings);
  if (!base) return fingerprinted.map((f) => ({ ...f, baselineState: "new" }));
  const headAnchors = anchorsOf(head, headFindings);
  const baseAnchors = anchorsOf(base.plan, base.findings);
  const unchanged = /* @__PURE__ */ new Set();
  const used = /* @__PURE__ */ new Set();
  const pass = (key) => {
    const pool = /* @__PURE__ */ new Map();
    baseAnchors.forEach((a, i) => {
      if (used.has(i)) return;
      const k = key(a);
      if (k === void 0) return;
      const list = pool.get(k);
      if (list) list.push(i);
      else pool.set(k, [i]);
    });
    headAnchors.forEach((a, i) => {
      if (unchanged.has(i)) return;
      const k = key(a);
      const match = k === void 0 ? void 0 : pool.get(k)?.shift();
      if (match === void 0) return;
      used.add(match);
      unchanged.add(i);
    });
  };
  const id = (a) => `${a.finding.ruleId}
${a.finding.message}`;
  pass((a) => `${id(a)}
${a.content}
${a.context}`);
  pass((a) => `${id(a)}
${a.content}`);
  pass((a) => `${id(a)}
${a.context}`);
  const once = (anchors) => {
    const counts = /* @__PURE__ */ new Map();
    for (const a of anchors) counts.set(id(a), (counts.get(id(a)) ?? 0) + 1);
    return new Set([...counts].filter(([, n]) => n === 1).map(([k]) => k));
  };
  const [headOnce, baseOnce] = [once(headAnchors), once(baseAnchors)];
  pass((a) => headOnce.has(id(a)) && baseOnce.has(id(a)) ? id(a) : void 0);
  return fingerprinted.map((f, i) => ({ ...f, baselineState: unchanged.has(i) ? "unchanged" : "new" }));
}
function lintAgainstBase(head, base, options = {}) {
  if (base === null) {
    const result2 = lintPlan(head, options);
    return { plan: result2.plan, findings: markBaseline(result2.plan, result2.findings) };
  }
  const basePlan = typeof base === "string" ? parsePlan(base) : base;
  const result = lintPlan(head, { ...options, base: basePlan });
  const baseFindings = lintPlan(basePlan, options).findings;
  return {
    plan: result.plan,
    findings: markBaseline(result.plan, result.findings, { plan: basePlan, findings: baseFindings })
  };
}

// src/cli/lint-outcome.ts
function lintOutcome(text, job2) {
  try {
    const options = { settings: job2.settings, strict: job2.strict, docsBaseUrl: job2.docsBaseUrl };
    if (job2.base !== void 0) return { findings: lintAgainstBase(text, job2.base, options).findings };
    const result = lintPlan(text, options);
    return { findings: withFingerprints(result.plan, result.findings) };
  } catch (error) {
    if (!(error instanceof PlanLimitError)) throw error;
    return { error: error.message };
  }
}

// src/core/micromark.ts
var import_micromark_parser = require("./micromark.cjs");
provideMicromark(import_micromark_parser.parseWithMicromark);

// src/cli/validate-worker.ts
var job = import_node_worker_threads.workerData;
var port = import_node_worker_threads.parentPort;
if (port) {
  port.on("message", ({ id, text }) => {
    let reply;
    try {
      reply = { id, outcome: lintOutcome(text, job) };
    } catch (error) {
      reply = { id, failure: error instanceof Error ? error.stack ?? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
