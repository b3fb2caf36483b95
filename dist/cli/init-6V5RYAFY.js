import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);
import {
  installedFile
} from "./chunk-VJHWKGP3.js";
import {
  EXIT_OK,
  EXIT_USAGE,
  UsageError,
  parseCommand
} from "./chunk-LGYYJPEW.js";
import "./chunk-OFXZ4FKC.js";

// src/cli/commands/init.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

// src/core/template.ts
function fillTemplate(template, values) {
  const now = values.now.toISOString().slice(0, 16).replace("T", " ") + "Z";
  const oneLine = (s) => s.replace(/\s+/g, " ").trim();
  const purpose = values.purpose !== void 0 ? oneLine(values.purpose) : "";
  return template.replace(/\{\{title\}\}/g, () => oneLine(values.title)).replace(/\{\{now\}\}/g, () => now).replace(/^\{\{purpose\}\}\n\n?/m, () => purpose ? `${purpose}

` : "");
}

// src/cli/commands/init.ts
async function run(args, io) {
  const { values, positionals } = parseCommand("init", args, {
    purpose: { type: "string" },
    force: { type: "boolean", default: false }
  });
  if (positionals.length !== 2)
    throw new UsageError('init takes a file and a title, e.g. execplan init .plans/auth.md "Add JWT auth".', "init");
  const [path, title] = positionals;
  if (!title.trim()) throw new UsageError("the title must not be empty.", "init");
  const target = resolve(io.cwd, path);
  const text = fillTemplate(await readFile(installedFile(join("templates", "plan.md")), "utf8"), {
    title,
    purpose: values.purpose,
    now: io.now()
  });
  await mkdir(dirname(target), { recursive: true });
  try {
    await writeFile(target, text, { flag: values.force ? "w" : "wx" });
  } catch (error) {
    if (error.code === "EEXIST") {
      io.stderr(`execplan: ${path} already exists; it was left unchanged. Use --force to overwrite it.
`);
      return EXIT_USAGE;
    }
    io.stderr(`execplan: cannot write ${path}: ${error.message}
`);
    return EXIT_USAGE;
  }
  io.stdout(`Created ${path}. Fill in each section, then run: execplan validate ${path}
`);
  return EXIT_OK;
}
export {
  run
};
