import { z } from 'astro/zod';
import { placeholders, type TemplateRule } from '@/shared/template';

export type { TemplateRule };

/**
 * A sentence with {placeholders} that the code fills in. It must use every required name and may
 * use only the required and optional ones, so a dropped or misspelt placeholder stops the build
 * with a message naming the content key, instead of showing "{nmae}" (or nothing) on the page.
 */
export function templateString(key: string, base: z.ZodString, rule: TemplateRule = {}) {
  const required = rule.required ?? [];
  const allowed = [...required, ...(rule.optional ?? [])];
  const list = allowed.length ? allowed.map((n) => `{${n}}`).join(', ') : 'none';
  return base.superRefine((text, ctx) => {
    const used = placeholders(text);
    for (const name of required) {
      const times = used.filter((n) => n === name).length;
      if (times === 0 || (rule.once && times !== 1)) {
        ctx.addIssue({
          code: 'custom',
          message: rule.once
            ? `${key} must contain {${name}} once (it has it ${times} times)`
            : `${key} must contain {${name}}`,
        });
      }
    }
    for (const name of new Set(used)) {
      if (!allowed.includes(name)) {
        ctx.addIssue({ code: 'custom', message: `${key} uses the unknown placeholder {${name}}; it may use ${list}` });
      }
    }
  });
}
