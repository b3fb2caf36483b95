import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);

// src/io/plan-files.ts
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync
} from "node:fs";
import { lstat, readdir } from "node:fs/promises";
import { isAbsolute, join, resolve, sep } from "node:path";
var MAX_PLAN_BYTES = 10 * 1024 * 1024;
var IGNORED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var stampOf = (info) => [info.dev, info.ino, info.size, info.mtimeMs, info.ctimeMs];
var sameStamp = (a, b) => a.every((value, i) => value === b[i]);
var isInside = (root, path) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
function fatal(error) {
  const code = error.code;
  return code === "EMFILE" || code === "ENFILE";
}
function reason(error) {
  if (fatal(error)) throw error;
  const code = error.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a folder";
  if (code === "ELOOP") return "a loop of symbolic links";
  return error.message;
}
var cannotRead = (error) => ({
  error: `cannot read the file (${reason(error)}): check the path and its permissions.`
});
async function readPlanBytes(path, root, maxBytes = MAX_PLAN_BYTES) {
  return planReader(maxBytes, { reuseBuffer: false })(path, root);
}
function planReader(maxBytes = MAX_PLAN_BYTES, { reuseBuffer = true } = {}) {
  const roots = /* @__PURE__ */ new Map();
  const rootOf = (root) => {
    let found = roots.get(root);
    if (found === void 0) {
      let real;
      try {
        real = realpathSync.native(root);
      } catch {
        real = resolve(root);
      }
      roots.set(root, found = { resolved: resolve(root), real });
    }
    return found;
  };
  let scratch = new Uint8Array(0);
  return ((path, root, unchanged) => {
    const full = resolve(path);
    let real;
    try {
      real = realpathSync.native(full);
      const { resolved, real: realRootPath } = rootOf(root);
      if (isInside(resolved, full) && !isInside(realRootPath, real))
        return { error: "is a symbolic link to a file outside the repository: not read.", skipped: true };
    } catch (error) {
      if (error.code === "ENOENT" && lstatSync(full, { throwIfNoEntry: false }))
        return { error: "is a symbolic link to a file that does not exist: not read.", skipped: true };
      return cannotRead(error);
    }
    let fd;
    try {
      const info = statSync(real);
      if (info.isDirectory()) return cannotRead(Object.assign(new Error("is a folder"), { code: "EISDIR" }));
      if (!info.isFile())
        return { error: "is not a regular file (a device, a pipe or a socket): not read.", skipped: true };
      if (info.size > maxBytes) return tooLarge(info.size, maxBytes);
      if (unchanged?.(stampOf(info))) return { unchanged: true };
      fd = openSync(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
      const opened = fstatSync(fd);
      if (!opened.isFile()) return { error: "is not a regular file: not read.", skipped: true };
      const size = Math.min(opened.size, maxBytes) + 1;
      if (!reuseBuffer) scratch = new Uint8Array(size);
      else if (scratch.length < size) scratch = new Uint8Array(Math.max(size, 64 * 1024, scratch.length * 2));
      const buffer = scratch.subarray(0, size);
      let length = 0;
      for (; ; ) {
        const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === buffer.length) {
          if (length > maxBytes) return tooLarge(maxBytes, maxBytes, true);
          break;
        }
      }
      return { bytes: buffer.subarray(0, length), stamp: stampOf(opened) };
    } catch (error) {
      return cannotRead(error);
    } finally {
      if (fd !== void 0) closeSync(fd);
    }
  });
}
var tooLarge = (size, maxBytes, growing = false) => ({
  error: `is ${growing ? "over " : ""}${size} bytes; plans of more than ${maxBytes} bytes are not read.`
});
async function listPlanFiles(cwd, globs, onBadName) {
  const { globBase, planMatcher } = await import("./plan-globs-C327MJ2K.js");
  const isPlan = planMatcher(globs);
  const found = /* @__PURE__ */ new Set();
  const walked = /* @__PURE__ */ new Set();
  const walk = async (folder) => {
    if (walked.has(folder)) return;
    walked.add(folder);
    let entries;
    try {
      entries = await readdir(join(cwd, folder), { withFileTypes: true, encoding: "buffer" });
    } catch (error) {
      if (fatal(error)) throw error;
      return;
    }
    for (const entry of entries) {
      const raw = entry.name;
      const name = raw.toString("utf8");
      const path = folder ? `${folder}/${name}` : name;
      const badName = !Buffer.from(name, "utf8").equals(raw);
      if (entry.isDirectory()) {
        if (!IGNORED_FOLDERS.has(name) && !badName) await walk(path);
      } else if (isPlan(path)) {
        if (badName) onBadName?.(path);
        else found.add(path);
      }
    }
  };
  for (const glob of globs) {
    if (glob.startsWith("!")) continue;
    const base = globBase(glob);
    if (isAbsolute(glob) || base.split("/").includes("..")) {
      const { glob: tinyglob } = await import("./dist-Z7QXY6V5.js");
      for (const path of await tinyglob([glob], { cwd, dot: true, followSymbolicLinks: false })) found.add(path);
      continue;
    }
    const info = await lstat(join(cwd, base)).catch((error) => {
      if (fatal(error)) throw error;
      return void 0;
    });
    if (info?.isDirectory()) await walk(base.replace(/\/$/, ""));
    else if (info && isPlan(base)) found.add(base);
  }
  return [...found].sort();
}

export {
  sameStamp,
  readPlanBytes,
  planReader,
  listPlanFiles
};
