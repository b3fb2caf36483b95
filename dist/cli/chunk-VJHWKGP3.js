import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);

// src/cli/installation.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function installedFile(relativePath) {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    const candidate = join(dir, relativePath);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`${relativePath} was not found beside the execplan installation.`);
}
var manifest;
function packageManifest() {
  if (manifest) return manifest;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    const candidate = join(dir, "package.json");
    if (!existsSync(candidate)) continue;
    const read = JSON.parse(readFileSync(candidate, "utf8"));
    if (read.name === "execplan" && typeof read.version === "string") return manifest = read;
  }
  throw new Error("package.json was not found beside the execplan installation.");
}
var packageVersion = () => packageManifest().version;

export {
  installedFile,
  packageManifest,
  packageVersion
};
