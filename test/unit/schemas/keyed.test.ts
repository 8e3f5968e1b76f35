import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { keyedByIds } from '../../../src/shared/keyed-schema';

const ids = ['a', 'b'] as const;
const schema = keyedByIds('things', ids, 'src/lib/things.ts', 'a word', (id) =>
  z.string().min(1, `things.${id} is empty`),
);
const messages = (value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('keyedByIds', () => {
  it('accepts exactly one entry per id and returns them checked', () => {
    expect(schema.parse({ a: 'x', b: 'y' })).toEqual({ a: 'x', b: 'y' });
  });

  it('names a missing id and where the ids come from', () => {
    expect(messages({ a: 'x' })).toEqual(['b: things.b is missing: every id in src/lib/things.ts (a, b) needs a word']);
  });

  it('names an id that is not in the list', () => {
    expect(messages({ a: 'x', b: 'y', c: 'z' })).toEqual([
      'c: things.c is not an id in src/lib/things.ts; the ids are a, b',
    ]);
  });

  it("keeps each entry's own message, at its path", () => {
    expect(messages({ a: '', b: 'y' })).toEqual(['a: things.a is empty']);
  });

  it('refuses what is not an object', () => {
    expect(messages(['a', 'b'])).toHaveLength(1);
    expect(messages('a')).toHaveLength(1);
  });
});
