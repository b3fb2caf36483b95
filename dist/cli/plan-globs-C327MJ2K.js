import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-XJXTMCAG.js";
import {
  __toESM
} from "./chunk-OFXZ4FKC.js";

// src/io/plan-globs.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function planMatcher(globs) {
  const positive = globs.filter((g) => !g.startsWith("!"));
  const negative = globs.filter((g) => g.startsWith("!")).map((g) => g.slice(1));
  const include = positive.length ? (0, import_picomatch.default)(positive, { dot: true }) : () => false;
  const exclude = negative.length ? (0, import_picomatch.default)(negative, { dot: true }) : () => false;
  return (path) => include(path) && !exclude(path);
}
function globBase(glob) {
  return import_picomatch.default.scan(glob).base;
}
function isDynamicPattern(pattern) {
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
export {
  globBase,
  isDynamicPattern,
  planMatcher
};
