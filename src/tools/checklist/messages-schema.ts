import { z } from 'astro/zod';
import { audiences } from '@/tools/checklist/model';
import { optionalMessageValues, type MessageValueName } from '@/tools/checklist/messages';
import { placeholders } from '@/shared/template';
import { templateString } from '@/shared/template-schema';

/**
 * The promotion checklist's messages to send (src/content/checklist/words.yaml `messages`).
 * Each line may name only the values the code fills ({role}, {names}, {person}, {group},
 * {name}); one that names a value the reader may leave empty is written `{ text, else }`, so
 * the editor says what the message says without it (or that the line goes), and the page never
 * shows an empty placeholder.
 */
const line = z.string().trim().min(1).max(240);
const sentence = z.string().trim().min(1).max(400);

interface LineRule {
  /** the values this line may name */
  readonly allowed: readonly MessageValueName[];
  /** the line always says something: its `else` is required and names no optional value */
  readonly always?: boolean;
}

function messageLine(key: string, rule: LineRule) {
  const list = rule.allowed.map((n) => `{${n}}`).join(', ') || 'none';
  const check = (text: string, where: string, ctx: z.RefinementCtx, plain: boolean) => {
    for (const name of new Set(placeholders(text))) {
      if (!(rule.allowed as readonly string[]).includes(name)) {
        ctx.addIssue({
          code: 'custom',
          message: `${where} uses the unknown placeholder {${name}}; it may use ${list}`,
        });
      } else if (plain && optionalMessageValues.includes(name as MessageValueName)) {
        ctx.addIssue({
          code: 'custom',
          message: `${where} names {${name}}, which the reader may leave empty: write it as { text, else } with what to say without it${rule.always ? '' : ' (or without else to leave the line out)'}`,
        });
      }
    }
  };
  return z
    .union([sentence, z.strictObject({ text: sentence, else: sentence.optional() })])
    .superRefine((value, ctx) => {
      if (typeof value === 'string') {
        check(value, key, ctx, true);
        return;
      }
      check(value.text, `${key}.text`, ctx, false);
      if (value.else !== undefined) check(value.else, `${key}.else`, ctx, Boolean(rule.always));
      else if (rule.always) ctx.addIssue({ code: 'custom', message: `${key} needs an else: it is always shown` });
    });
}

/** what a kind's give and ask may name */
const bodyValues: readonly MessageValueName[] = ['role', 'names', 'person', 'group'];

const kindSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    audience: z.enum(audiences),
    items: z
      .array(
        z
          .string()
          .regex(/^[a-z0-9-]+$/)
          .max(60),
      )
      .min(1),
    label: z.unknown(),
    greet: z.boolean(),
    give: z.unknown(),
    ask: z.unknown(),
  })
  .transform((kind, ctx) => {
    const at = `messages.kinds.${kind.id}`;
    const parse = (field: 'label' | 'give' | 'ask', rule: LineRule) => {
      const result = messageLine(`${at}.${field}`, rule).safeParse(kind[field]);
      if (!result.success)
        for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
      return result.success ? result.data : '';
    };
    // {person} is the promoted person in their manager's plan; in the reader's own plan it is the reader
    const body = kind.audience === 'manager' ? bodyValues : bodyValues.filter((n) => n !== 'person');
    return {
      ...kind,
      label: parse('label', { allowed: kind.audience === 'manager' ? ['group', 'person'] : ['group'], always: true }),
      give: parse('give', { allowed: body }),
      ask: parse('ask', { allowed: body }),
    };
  });

export const checklistMessagesSchema = z
  .object({
    title: line,
    intro: z.string().trim().min(1).max(600),
    show: line,
    hide: line,
    loading: line,
    loadFailed: line,
    retry: line,
    to: templateString('messages.to', line, { required: ['names'] }),
    copy: line,
    copied: line,
    copyFailed: line,
    reset: line,
    resetDone: line,
    edited: line,
    greeting: messageLine('messages.greeting', { allowed: ['names'], always: true }),
    signOff: line,
    signature: messageLine('messages.signature', { allowed: ['name'] }),
    kinds: z.array(kindSchema).min(1),
  })
  .superRefine((words, ctx) => {
    const ids = words.kinds.map((k) => k.id);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', message: 'messages.kinds: ids must be unique' });
    for (const audience of audiences) {
      const items = words.kinds.filter((k) => k.audience === audience).flatMap((k) => k.items);
      const twice = items.filter((id, i) => items.indexOf(id) !== i);
      if (twice.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `messages.kinds: in the ${audience} plan, item ${twice[0]} has more than one message`,
        });
      }
    }
  });
