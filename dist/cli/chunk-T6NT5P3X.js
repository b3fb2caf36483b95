import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);
import {
  DEFAULT_LABEL_NAMES,
  DEFAULT_SECTION_NAMES
} from "./chunk-LUL3YT75.js";

// src/core/settings.ts
var DEFAULT_SETTINGS = {
  severities: {},
  phrases: {},
  jargon: { allow: [], terms: [] },
  sections: DEFAULT_SECTION_NAMES,
  labels: DEFAULT_LABEL_NAMES
};

export {
  DEFAULT_SETTINGS
};
