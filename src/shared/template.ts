/** What a template sentence may say: checked by templateString() in ./template-schema.ts. */
export interface TemplateRule {
  /** the names the sentence must use */
  readonly required?: readonly string[];
  /** names it may also use */
  readonly optional?: readonly string[];
  /** each required name exactly once (a sentence that names the count twice reads wrong) */
  readonly once?: boolean;
}

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
