import { z } from 'astro/zod';

/**
 * An object with exactly one entry per id of a list in code (the storage registry, the purposes):
 * a missing id or an id that is not in the list stops the build with a message naming the field,
 * the id and where the ids come from. `value(id)` checks each entry, so its own messages can name
 * the id too.
 */
export function keyedByIds<K extends string, T>(
  field: string,
  ids: readonly K[],
  source: string,
  needs: string,
  value: (id: K) => z.ZodType<T>,
) {
  const list = ids.join(', ');
  return z.record(z.string(), z.unknown()).transform((input, ctx) => {
    const out = {} as Record<K, T>;
    for (const id of ids) {
      if (!Object.hasOwn(input, id)) {
        ctx.addIssue({
          code: 'custom',
          path: [id],
          message: `${field}.${id} is missing: every id in ${source} (${list}) needs ${needs}`,
        });
        continue;
      }
      const parsed = value(id).safeParse(input[id]);
      if (parsed.success) out[id] = parsed.data;
      else
        for (const issue of parsed.error.issues)
          ctx.addIssue({ code: 'custom', path: [id, ...issue.path], message: issue.message });
    }
    for (const id of Object.keys(input)) {
      if (!(ids as readonly string[]).includes(id)) {
        ctx.addIssue({
          code: 'custom',
          path: [id],
          message: `${field}.${id} is not an id in ${source}; the ids are ${list}`,
        });
      }
    }
    return out as Readonly<Record<K, T>>;
  });
}
