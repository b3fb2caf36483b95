import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);
import {
  settingsFromTree
} from "./chunk-2S36ZAVX.js";
import "./chunk-PPUYP3TJ.js";
import "./chunk-7XYR3SBW.js";
import "./chunk-PSCENAST.js";
import "./chunk-J4WIREHD.js";
import "./chunk-T6NT5P3X.js";
import "./chunk-LUL3YT75.js";
import "./chunk-OFXZ4FKC.js";

// src/core/config-json.ts
function parseJsonConfig(text, file) {
  try {
    JSON.parse(text);
  } catch {
    return void 0;
  }
  const tree = jsonTree(text);
  return tree === REPEATED ? void 0 : settingsFromTree(tree, file);
}
var REPEATED = /* @__PURE__ */ Symbol("a repeated key");
var SCALAR = /[^\s,\]}]+/y;
function jsonTree(text) {
  let at = 0;
  let line = 1;
  const space = () => {
    for (; ; ) {
      const c = text.charCodeAt(at);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13) return;
      at++;
    }
  };
  const string = () => {
    let end = at + 1;
    while (text.charCodeAt(end) !== 34) end += text.charCodeAt(end) === 92 ? 2 : 1;
    const value2 = JSON.parse(text.slice(at, end + 1));
    at = end + 1;
    return value2;
  };
  const value = () => {
    space();
    const start = line;
    const c = text[at];
    if (c === "{") {
      at++;
      const entries = [];
      const keys = /* @__PURE__ */ new Set();
      space();
      if (text[at] === "}") at++;
      else
        for (; ; ) {
          space();
          const keyLine = line;
          const key = string();
          if (keys.has(key)) throw REPEATED;
          keys.add(key);
          space();
          at++;
          entries.push({ key, line: keyLine, value: value() });
          space();
          if (text[at++] === "}") break;
        }
      return { kind: "map", line: start, entries };
    }
    if (c === "[") {
      at++;
      const items = [];
      space();
      if (text[at] === "]") at++;
      else
        for (; ; ) {
          items.push(value());
          space();
          if (text[at++] === "]") break;
        }
      return { kind: "seq", line: start, items };
    }
    if (c === '"') return { kind: "scalar", line: start, value: string() };
    SCALAR.lastIndex = at;
    const token = SCALAR.exec(text)[0];
    at += token.length;
    return { kind: "scalar", line: start, value: JSON.parse(token) };
  };
  try {
    return value();
  } catch (error) {
    if (error === REPEATED) return REPEATED;
    throw error;
  }
}
export {
  parseJsonConfig
};
