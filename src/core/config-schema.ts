import { OPTION_KEYS, SEVERITIES } from './config.js';
import type { OptionSchema } from './rule.js';
import { LABEL_NAMES } from './entries.js';
import { RULES } from './rules/index.js';
import { REQUIRED_SECTIONS } from './sections.js';

/**
 * The JSON Schema of `.execplan.json` (and of the YAML forms), made from the rules' metadata: the
 * same ids and option schemas that the configuration reader checks. Shipped as
 * `schema/execplan.schema.json` for editors (`"$schema"` in the file).
 */
export function configSchema() {
  const headingStarts = {
    type: 'array',
    items: { type: 'string', minLength: 1 },
    minItems: 1,
    description: 'The accepted heading starts, replacing the built-in ones.',
  };
  const options: Record<string, unknown> = {};
  for (const key of OPTION_KEYS) {
    const owners = RULES.filter((rule) => rule.meta.options?.key[0] === key);
    const entries = owners.filter((rule) => rule.meta.options!.key.length === 2);
    options[key] = entries.length
      ? {
          type: 'object',
          description: `Per rule: ${entries.map((r) => r.meta.id).join(', ')}.`,
          properties: Object.fromEntries(entries.map((r) => [r.meta.id, toJsonSchema(r.meta.options!.schema)])),
          additionalProperties: false,
        }
      : toJsonSchema(owners[0].meta.options!.schema);
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://raw.githubusercontent.com/execplan/execplan/main/schema/execplan.schema.json',
    title: 'execplan configuration',
    description: 'Configuration of execplan, the ExecPlan linter: .execplan.json, .execplan.yml or .execplan.yaml.',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        description: 'Turn a rule off or change its severity.',
        properties: Object.fromEntries(
          RULES.map((rule) => [
            rule.meta.id,
            { enum: [...SEVERITIES], description: `${rule.meta.description} Default: ${rule.meta.defaultSeverity}.` },
          ]),
        ),
        additionalProperties: false,
      },
      ...options,
      sections: {
        type: 'object',
        description: 'Replace the accepted heading starts of a required section.',
        properties: Object.fromEntries(REQUIRED_SECTIONS.map((name) => [name, headingStarts])),
        additionalProperties: false,
      },
      labels: {
        type: 'object',
        description: 'Replace the accepted names of an entry label.',
        properties: Object.fromEntries(
          LABEL_NAMES.map((name) => [
            name,
            { ...headingStarts, description: 'The accepted names, replacing the built-in ones.' },
          ]),
        ),
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  };
}

function toJsonSchema(schema: OptionSchema): Record<string, unknown> {
  if (schema.type === 'array') return { ...schema, items: { ...schema.items } };
  return {
    type: 'object',
    description: schema.description,
    properties: Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, toJsonSchema(v)])),
    additionalProperties: false,
  };
}
