/** Message templates: `{{name}}` is replaced by `data.name`; unknown placeholders stay as they are. */
export function interpolate(template: string, data: Record<string, unknown> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole,
  );
}

/** A value as healthlint prints it by default: never the value itself, only its last two characters. */
export function maskValue(value: string): string {
  const v = value.trim();
  if (v.length <= 4) return "…";
  return `…${v.slice(-2)}`;
}
