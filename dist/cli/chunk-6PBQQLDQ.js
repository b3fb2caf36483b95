import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);
import {
  listPlanFiles,
  readPlanBytes
} from "./chunk-L7GMDCVL.js";

// src/cli/paths.ts
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
function repositoryRoot(cwd) {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}
var UNRESOLVED = /[\\/](?:\.\.?)?(?:[\\/]|$)/;
var isPlainRelative = (path) => path !== "" && !isAbsolute(path) && !UNRESOLVED.test("/" + path);
function displayPath(root, file) {
  const prefix = root.endsWith(sep) ? root : root + sep;
  const below = file.startsWith(prefix) && !UNRESOLVED.test(file);
  const rel = below ? file.slice(prefix.length) : relative(root, file);
  return (rel === "" || rel.startsWith("..") || isAbsolute(rel) ? file : rel).split(sep).join("/");
}

// src/cli/files.ts
import { lstat } from "node:fs/promises";
import { parse, resolve as resolve2 } from "node:path";

// src/core/decode.ts
function firstInvalidUtf8(bytes) {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let low = 0;
  let high = bytes.length;
  while (high - low > 1) {
    const mid = low + high >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid));
      low = mid;
    } catch {
      try {
        decoder.decode(bytes.subarray(0, Math.max(0, mid - 3)));
        low = Math.max(low, mid - 3);
        high = mid;
      } catch {
        high = mid;
      }
    }
  }
  const prefix = new TextDecoder("utf-8").decode(bytes.subarray(0, low));
  const lines = prefix.split("\n");
  return `line ${lines.length}, column ${lines[lines.length - 1].length + 1}`;
}
function decodePlan(bytes) {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const line = bytes.subarray(0, nul).filter((b) => b === 10).length + 1;
    return { error: `not a text file (a NUL byte at line ${line}): a plan is UTF-8 Markdown text.` };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { error: `not valid UTF-8 (first bad byte at ${firstInvalidUtf8(bytes)}): save the file as UTF-8.` };
  }
}

// src/cli/files.ts
async function expandPlanPaths(args, cwd) {
  const found = /* @__PURE__ */ new Set();
  const unmatched = [];
  for (const arg of args) {
    const absolute = resolve2(cwd, arg);
    const info = await lstat(absolute).catch(() => void 0);
    const folder = info?.isDirectory() || info?.isSymbolicLink() && arg.endsWith("/");
    if (info && !folder) {
      found.add(displayPath(cwd, absolute));
    } else if (folder) {
      const files = (await listPlanFiles(absolute, ["**/*.md"])).map((f) => displayPath(cwd, resolve2(absolute, f)));
      if (files.length === 0) unmatched.push({ arg, reason: "is a folder with no *.md files in it" });
      for (const file of files) found.add(file);
    } else if ((await import("./plan-globs-C327MJ2K.js")).isDynamicPattern(arg)) {
      const badName = (path) => {
        unmatched.push({
          arg: path,
          reason: "has a file name that is not valid UTF-8, so it cannot be read: rename it",
          always: true
        });
      };
      const plans = (await listPlanFiles(cwd, [arg], badName)).map((f) => isPlainRelative(f) ? f : displayPath(cwd, resolve2(cwd, f))).filter((f) => f.endsWith(".md"));
      if (plans.length === 0) unmatched.push({ arg, reason: "matches no *.md file" });
      for (const file of plans) found.add(file);
    } else {
      unmatched.push({ arg, reason: "does not exist" });
    }
  }
  return { files: [...found].sort(), unmatched };
}
async function readPlanFile(path, root = parse(resolve2(path)).root) {
  const read = await readPlanBytes(path, root);
  if ("error" in read) return read;
  return decodePlan(read.bytes);
}

export {
  decodePlan,
  repositoryRoot,
  displayPath,
  expandPlanPaths,
  readPlanFile
};
