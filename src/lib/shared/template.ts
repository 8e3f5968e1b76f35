/**
 * Fill `{name}` placeholders in an editor's template. Unknown names are left as they are, so a
 * typo in content shows up on the page and in tests instead of vanishing or printing "undefined".
 */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

/** The placeholder names a template uses, for content tests. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}
