import type { OptionSchema, Rule, RuleSetting } from './rule.js';
import { DEFAULT_SETTINGS, type LintSettings } from './settings.js';
import { RULES, RULE_IDS } from './rules/index.js';
import { DEFAULT_SECTION_NAMES, REQUIRED_SECTIONS, type RequiredSectionName, type SectionNames } from './sections.js';
import { normaliseHeading } from './headings.js';
import { DEFAULT_LABEL_NAMES, LABEL_NAMES, type LabelName, type LabelNames } from './label-names.js';
import { ConfigError } from './config-error.js';

/**
 * A configuration file's content as a tree, whichever syntax it was written in (YAML through the
 * `yaml` package in `config.ts`, JSON through `config-json.ts`), with the line of each node and
 * key for messages.
 */
export type ConfigNode =
  | { readonly kind: 'map'; readonly line?: number; readonly entries: readonly ConfigEntry[] }
  | { readonly kind: 'seq'; readonly line?: number; readonly items: readonly ConfigNode[] }
  | { readonly kind: 'scalar'; readonly line?: number; readonly value: unknown }
  /** Anything else YAML can hold (an alias). */
  | { readonly kind: 'other'; readonly line?: number };
export interface ConfigEntry {
  readonly key: string;
  /** The key's line. */
  readonly line?: number;
  /** Undefined for a YAML key with no value. */
  readonly value: ConfigNode | undefined;
}

export const SEVERITIES: readonly RuleSetting[] = ['off', 'warning', 'error'];

/** Rules that own a top-level key (`jargon`), and those that own an entry of one (`phrases.<id>`), from their metadata. */
const ownersOf = (key: string): Rule[] => RULES.filter((rule) => rule.meta.options?.key[0] === key);
export const OPTION_KEYS = [...new Set(RULES.flatMap((rule) => (rule.meta.options ? [rule.meta.options.key[0]] : [])))];
const TOP_LEVEL_KEYS = ['rules', ...OPTION_KEYS, 'sections', 'labels', '$schema'];

const sectionKey = (name: string): string => normaliseHeading(name);
const SECTION_BY_KEY = new Map<string, RequiredSectionName>(REQUIRED_SECTIONS.map((name) => [sectionKey(name), name]));

/**
 * Lint settings from a configuration file's tree. Unknown keys, rule ids, section names and bad
 * severities are errors, never ignored.
 */
export function settingsFromTree(root: ConfigNode | undefined, file: string): LintSettings {
  const fail = (node: { readonly line?: number } | undefined, detail: string): never => {
    throw new ConfigError(file, node?.line, detail);
  };

  if (root === undefined || (root.kind === 'scalar' && (root.value === null || root.value === '')))
    return DEFAULT_SETTINGS;
  if (root.kind !== 'map')
    return fail(root, 'the configuration must be an object with the keys rules, phrases, jargon, sections and labels.');

  const severities: Record<string, RuleSetting> = {};
  const phrases: Record<string, string[]> = {};
  const jargon = { allow: [] as string[], terms: [] as string[] };
  const sections: Record<string, readonly string[]> = { ...DEFAULT_SECTION_NAMES };
  const labels: Record<string, readonly string[]> = { ...DEFAULT_LABEL_NAMES };

  const keyOf = (pair: ConfigEntry): string => pair.key;
  const mapOf = (pair: ConfigEntry, what: string): readonly ConfigEntry[] => {
    if (pair.value?.kind !== 'map') return fail(pair, `"${keyOf(pair)}" must be an object mapping ${what}.`);
    return pair.value.entries;
  };
  const stringList = (pair: ConfigEntry, where: string): string[] => {
    const value = pair.value;
    if (value?.kind !== 'seq') return fail(pair, `${where} must be a list of strings, e.g. ["first", "second"].`);
    return value.items.map((item) => {
      if (item.kind !== 'scalar' || typeof item.value !== 'string' || item.value.trim() === '') {
        return fail(item, `${where} must hold only non-empty strings.`);
      }
      return item.value;
    });
  };

  /** Reads a value against a rule's option schema (lists of strings, objects of them). */
  const valueOf = <T>(pair: ConfigEntry, schema: OptionSchema, where: string): T => {
    if (schema.type === 'array') return stringList(pair, `"${where}"`) as T;
    const known = Object.keys(schema.properties);
    const out: Record<string, unknown> = {};
    for (const sub of mapOf(pair, known.map((k) => `"${k}"`).join(' and ') + ' to lists')) {
      const name = keyOf(sub);
      if (!known.includes(name))
        fail(sub, `unknown key "${where}.${name}"; use ${known.map((k) => `"${k}"`).join(' or ')}.`);
      out[name] = valueOf(sub, schema.properties[name], `${where}.${name}`);
    }
    return out as T;
  };

  for (const pair of root.entries) {
    const key = keyOf(pair);
    switch (key) {
      case 'rules':
        for (const rulePair of mapOf(pair, 'rule ids to "off", "warning" or "error"')) {
          const id = keyOf(rulePair);
          if (!RULE_IDS.includes(id))
            fail(rulePair, `unknown rule id "${id}" in "rules"; known rule ids: ${RULE_IDS.join(', ')}.`);
          const value = rulePair.value?.kind === 'scalar' ? rulePair.value.value : undefined;
          if (typeof value !== 'string' || !SEVERITIES.includes(value as RuleSetting)) {
            fail(
              rulePair,
              `bad severity ${JSON.stringify(value ?? null)} for rule "${id}"; use "off", "warning" or "error".`,
            );
          }
          severities[id] = value as RuleSetting;
        }
        break;
      case 'phrases': {
        const owners = ownersOf('phrases').map((rule) => rule.meta.id);
        for (const phrasePair of mapOf(pair, 'phrase rule ids to lists of phrases')) {
          const id = keyOf(phrasePair);
          if (!owners.includes(id))
            fail(phrasePair, `unknown phrase rule "${id}" in "phrases"; phrase rules: ${owners.join(', ')}.`);
          phrases[id] = valueOf(phrasePair, RULES.find((r) => r.meta.id === id)!.meta.options!.schema, `phrases.${id}`);
        }
        break;
      }
      case 'jargon':
        Object.assign(jargon, valueOf(pair, ownersOf('jargon')[0].meta.options!.schema, 'jargon'));
        break;
      case 'sections':
        for (const sectionPair of mapOf(pair, 'required section names to lists of heading starts')) {
          const name = SECTION_BY_KEY.get(sectionKey(keyOf(sectionPair)));
          if (!name) {
            fail(
              sectionPair,
              `unknown section "${keyOf(sectionPair)}" in "sections"; required sections: ${REQUIRED_SECTIONS.join(', ')}.`,
            );
          }
          const starts = stringList(sectionPair, `"sections.${keyOf(sectionPair)}"`);
          if (starts.length === 0)
            fail(sectionPair, `"sections.${keyOf(sectionPair)}" must list at least one heading start.`);
          sections[name as RequiredSectionName] = starts;
        }
        break;
      case 'labels':
        for (const labelPair of mapOf(pair, 'entry labels to lists of names')) {
          const name = LABEL_NAMES.find((l) => l.toLowerCase() === keyOf(labelPair).trim().toLowerCase());
          if (!name) {
            fail(labelPair, `unknown label "${keyOf(labelPair)}" in "labels"; labels: ${LABEL_NAMES.join(', ')}.`);
          }
          const names = stringList(labelPair, `"labels.${keyOf(labelPair)}"`);
          if (names.length === 0) fail(labelPair, `"labels.${keyOf(labelPair)}" must list at least one name.`);
          labels[name as LabelName] = names.map((n) => n.replace(/[\s:：]+$/u, ''));
        }
        break;
      case '$schema':
        break;
      default:
        fail(
          pair,
          `unknown key "${key}"; the configuration keys are ${TOP_LEVEL_KEYS.filter((k) => k !== '$schema').join(', ')}.`,
        );
    }
  }
  return { severities, phrases, jargon, sections: sections as SectionNames, labels: labels as LabelNames };
}
