import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { templateString } from '../../../src/shared/template-schema';

const base = z.string().min(1);
const messages = (schema: z.ZodType, value: string) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('templateString', () => {
  it('accepts a sentence that uses its required and optional names', () => {
    const schema = templateString('plan.starts', base, { required: ['date'], optional: ['role'] });
    expect(schema.parse('As {role}, from {date}')).toBe('As {role}, from {date}');
    expect(schema.parse('From {date}')).toBe('From {date}');
  });

  it('names the key and the missing placeholder', () => {
    const schema = templateString('plan.due', base, { required: ['date'] });
    expect(messages(schema, 'Due soon')).toEqual(['plan.due must contain {date}']);
  });

  it('names an unknown placeholder and lists the allowed ones', () => {
    const schema = templateString('plan.title', base, { required: ['name'], optional: ['role'] });
    expect(messages(schema, 'Plan for {nmae}')).toEqual([
      'plan.title must contain {name}',
      'plan.title uses the unknown placeholder {nmae}; it may use {name}, {role}',
    ]);
  });

  it('says "none" when a sentence may use no placeholder', () => {
    expect(messages(templateString('ui.next', base), 'Next {step}')).toEqual([
      'ui.next uses the unknown placeholder {step}; it may use none',
    ]);
  });

  it('allows a repeated name unless the rule asks for exactly one', () => {
    const loose = templateString('a', base, { required: ['count'] });
    const strict = templateString('b', base, { required: ['count'], once: true });
    expect(messages(loose, '{count} of {count}')).toEqual([]);
    expect(messages(strict, '{count} of {count}')).toEqual(['b must contain {count} once (it has it 2 times)']);
    expect(messages(strict, 'none')).toEqual(['b must contain {count} once (it has it 0 times)']);
  });

  it('keeps the base rules', () => {
    expect(messages(templateString('a', base), '')).toHaveLength(1);
  });
});
