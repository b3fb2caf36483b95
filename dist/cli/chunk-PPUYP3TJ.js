import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);

// src/core/config-error.ts
var ConfigError = class extends Error {
  constructor(file, line, detail) {
    super(`${file}${line ? `:${line}` : ""}: ${detail}`);
    this.file = file;
    this.line = line;
    this.detail = detail;
    this.name = "ConfigError";
  }
  file;
  line;
  detail;
};
var CONFIG_FILE_NAMES = [".execplan.json", ".execplan.yml", ".execplan.yaml"];

export {
  ConfigError,
  CONFIG_FILE_NAMES
};
