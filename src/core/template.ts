/** Fills the plan template (`templates/plan.md`): `{{title}}`, `{{purpose}}` and `{{now}}`. */
export function fillTemplate(template: string, values: { title: string; purpose?: string; now: Date }): string {
  const now = values.now.toISOString().slice(0, 16).replace('T', ' ') + 'Z';
  const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
  const purpose = values.purpose !== undefined ? oneLine(values.purpose) : '';
  return template
    .replace(/\{\{title\}\}/g, () => oneLine(values.title))
    .replace(/\{\{now\}\}/g, () => now)
    .replace(/^\{\{purpose\}\}\n\n?/m, () => (purpose ? `${purpose}\n\n` : ''));
}
