import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);
import {
  decodePlan
} from "./chunk-6PBQQLDQ.js";
import {
  CONFIG_FILE_NAMES,
  ConfigError
} from "./chunk-PPUYP3TJ.js";
import {
  DEFAULT_SETTINGS
} from "./chunk-T6NT5P3X.js";

// src/cli/config-file.ts
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

// src/core/config-discovery.ts
async function loadConfigFrom(store, start, explicit) {
  if (explicit !== void 0) {
    const bytes = await store.read(explicit.path);
    if (bytes === void 0)
      throw new ConfigError(
        explicit.path,
        void 0,
        `the configuration file does not exist${store.where ?? ""}: check the path given in ${explicit.givenIn}.`
      );
    return { settings: await parseBytes(bytes, explicit.path), path: explicit.path };
  }
  for (let folder = start; folder !== void 0; folder = store.parent(folder)) {
    const names = await store.list(folder);
    const present = CONFIG_FILE_NAMES.filter((name) => names.includes(name)).map((name) => store.join(folder, name));
    if (present.length > 1)
      throw new ConfigError(
        present[1],
        void 0,
        `found ${present.length} configuration files in one folder (${present.join(", ")}): keep one.`
      );
    if (present.length === 1) {
      const bytes = await store.read(present[0]);
      if (bytes === void 0) throw new ConfigError(present[0], void 0, "the configuration file cannot be read.");
      return { settings: await parseBytes(bytes, present[0]), path: present[0] };
    }
    if (names.includes(".git")) break;
  }
  return { settings: DEFAULT_SETTINGS, path: void 0 };
}
async function parseBytes(bytes, path) {
  const text = decodePlan(bytes);
  if ("error" in text)
    throw new ConfigError(path, void 0, text.error.replace("a plan is", "a configuration file is"));
  if (path.endsWith(".json")) {
    const settings = (await import("./config-json-HOGSM5I7.js")).parseJsonConfig(text.text, path);
    if (settings !== void 0) return settings;
  }
  const { parseConfig } = await import("./config-2GKZOXOU.js");
  return parseConfig(text.text, path);
}

// src/cli/config-file.ts
function fileSystemStore(cwd) {
  return {
    list: (folder) => readdir(resolve(cwd, folder)).catch(() => []),
    read: (path) => readFile(resolve(cwd, path)).then(
      (bytes) => new Uint8Array(bytes),
      (error) => {
        if (error.code === "ENOENT") return void 0;
        throw new ConfigError(
          path,
          void 0,
          `cannot read the configuration file (${error.code ?? error.message}).`
        );
      }
    ),
    parent: (folder) => {
      const full = resolve(cwd, folder);
      return dirname(full) === full ? void 0 : join(folder, "..");
    },
    join: (folder, name) => folder === "." ? name : join(folder, name)
  };
}
function loadConfig(explicitPath, cwd) {
  return loadConfigFrom(
    fileSystemStore(cwd),
    ".",
    explicitPath === void 0 ? void 0 : { path: explicitPath, givenIn: "--config" }
  );
}

export {
  loadConfig
};
