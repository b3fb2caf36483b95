import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-PPUYP3TJ.js";
import {
  RULES,
  RULE_IDS
} from "./chunk-VEE3CH6S.js";
import {
  normaliseHeading
} from "./chunk-KTUVPLMJ.js";
import {
  DEFAULT_SETTINGS
} from "./chunk-T6NT5P3X.js";
import {
  DEFAULT_LABEL_NAMES,
  DEFAULT_SECTION_NAMES,
  LABEL_NAMES,
  REQUIRED_SECTIONS
} from "./chunk-LUL3YT75.js";

// src/core/config-settings.ts
var SEVERITIES = ["off", "warning", "error"];
var ownersOf = (key) => RULES.filter((rule) => rule.meta.options?.key[0] === key);
var OPTION_KEYS = [...new Set(RULES.flatMap((rule) => rule.meta.options ? [rule.meta.options.key[0]] : []))];
var TOP_LEVEL_KEYS = ["rules", ...OPTION_KEYS, "sections", "labels", "$schema"];
var sectionKey = (name) => normaliseHeading(name);
var SECTION_BY_KEY = new Map(REQUIRED_SECTIONS.map((name) => [sectionKey(name), name]));
function settingsFromTree(root, file) {
  const fail = (node, detail) => {
    throw new ConfigError(file, node?.line, detail);
  };
  if (root === void 0 || root.kind === "scalar" && (root.value === null || root.value === ""))
    return DEFAULT_SETTINGS;
  if (root.kind !== "map")
    return fail(root, "the configuration must be an object with the keys rules, phrases, jargon, sections and labels.");
  const severities = {};
  const phrases = {};
  const jargon = { allow: [], terms: [] };
  const sections = { ...DEFAULT_SECTION_NAMES };
  const labels = { ...DEFAULT_LABEL_NAMES };
  const keyOf = (pair) => pair.key;
  const mapOf = (pair, what) => {
    if (pair.value?.kind !== "map") return fail(pair, `"${keyOf(pair)}" must be an object mapping ${what}.`);
    return pair.value.entries;
  };
  const stringList = (pair, where) => {
    const value = pair.value;
    if (value?.kind !== "seq") return fail(pair, `${where} must be a list of strings, e.g. ["first", "second"].`);
    return value.items.map((item) => {
      if (item.kind !== "scalar" || typeof item.value !== "string" || item.value.trim() === "") {
        return fail(item, `${where} must hold only non-empty strings.`);
      }
      return item.value;
    });
  };
  const valueOf = (pair, schema, where) => {
    if (schema.type === "array") return stringList(pair, `"${where}"`);
    const known = Object.keys(schema.properties);
    const out = {};
    for (const sub of mapOf(pair, known.map((k) => `"${k}"`).join(" and ") + " to lists")) {
      const name = keyOf(sub);
      if (!known.includes(name))
        fail(sub, `unknown key "${where}.${name}"; use ${known.map((k) => `"${k}"`).join(" or ")}.`);
      out[name] = valueOf(sub, schema.properties[name], `${where}.${name}`);
    }
    return out;
  };
  for (const pair of root.entries) {
    const key = keyOf(pair);
    switch (key) {
      case "rules":
        for (const rulePair of mapOf(pair, 'rule ids to "off", "warning" or "error"')) {
          const id = keyOf(rulePair);
          if (!RULE_IDS.includes(id))
            fail(rulePair, `unknown rule id "${id}" in "rules"; known rule ids: ${RULE_IDS.join(", ")}.`);
          const value = rulePair.value?.kind === "scalar" ? rulePair.value.value : void 0;
          if (typeof value !== "string" || !SEVERITIES.includes(value)) {
            fail(
              rulePair,
              `bad severity ${JSON.stringify(value ?? null)} for rule "${id}"; use "off", "warning" or "error".`
            );
          }
          severities[id] = value;
        }
        break;
      case "phrases": {
        const owners = ownersOf("phrases").map((rule) => rule.meta.id);
        for (const phrasePair of mapOf(pair, "phrase rule ids to lists of phrases")) {
          const id = keyOf(phrasePair);
          if (!owners.includes(id))
            fail(phrasePair, `unknown phrase rule "${id}" in "phrases"; phrase rules: ${owners.join(", ")}.`);
          phrases[id] = valueOf(phrasePair, RULES.find((r) => r.meta.id === id).meta.options.schema, `phrases.${id}`);
        }
        break;
      }
      case "jargon":
        Object.assign(jargon, valueOf(pair, ownersOf("jargon")[0].meta.options.schema, "jargon"));
        break;
      case "sections":
        for (const sectionPair of mapOf(pair, "required section names to lists of heading starts")) {
          const name = SECTION_BY_KEY.get(sectionKey(keyOf(sectionPair)));
          if (!name) {
            fail(
              sectionPair,
              `unknown section "${keyOf(sectionPair)}" in "sections"; required sections: ${REQUIRED_SECTIONS.join(", ")}.`
            );
          }
          const starts = stringList(sectionPair, `"sections.${keyOf(sectionPair)}"`);
          if (starts.length === 0)
            fail(sectionPair, `"sections.${keyOf(sectionPair)}" must list at least one heading start.`);
          sections[name] = starts;
        }
        break;
      case "labels":
        for (const labelPair of mapOf(pair, "entry labels to lists of names")) {
          const name = LABEL_NAMES.find((l) => l.toLowerCase() === keyOf(labelPair).trim().toLowerCase());
          if (!name) {
            fail(labelPair, `unknown label "${keyOf(labelPair)}" in "labels"; labels: ${LABEL_NAMES.join(", ")}.`);
          }
          const names = stringList(labelPair, `"labels.${keyOf(labelPair)}"`);
          if (names.length === 0) fail(labelPair, `"labels.${keyOf(labelPair)}" must list at least one name.`);
          labels[name] = names.map((n) => n.replace(/[\s:：]+$/u, ""));
        }
        break;
      case "$schema":
        break;
      default:
        fail(
          pair,
          `unknown key "${key}"; the configuration keys are ${TOP_LEVEL_KEYS.filter((k) => k !== "$schema").join(", ")}.`
        );
    }
  }
  return { severities, phrases, jargon, sections, labels };
}

export {
  SEVERITIES,
  OPTION_KEYS,
  settingsFromTree
};
