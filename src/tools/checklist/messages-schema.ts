/**
 * The messages to send (texts.yaml `messages`). A line may name only the values the code fills
 * ({role}, {names}, {person}, {group}, {name}, {greet}); a line that names a value the reader may
 * leave empty is written `{ text, else }`, so the editor says what the message says without it
 * (or, without `else`, that the line goes), and the page never shows an empty placeholder. The
 * gives a message offers are the purpose model's (networks.yaml `gives`), chosen by `contact`;
 * that a kind's suggested give suits its contact is checked with both files (test/unit/checklist).
 */
import { z } from 'astro/zod';
import { contactKindIds } from '@/purposes/networks';
import { placeholders } from '@/shared/template';
import { audiences } from './model';

const sentence = z.string().trim().min(1).max(400);
const messageLine = z.union([sentence, z.strictObject({ text: sentence, else: sentence.optional() })]);
export type MessageLine = z.output<typeof messageLine>;

/** the values the reader may leave empty: a plain sentence must not name them */
const optional: readonly string[] = ['names', 'person', 'group', 'name', 'greet'];

/** the problems of one line that may name `allowed`; an `always` line must have an else that names no optional value */
function lineProblems(key: string, value: MessageLine, allowed: readonly string[], always = false): string[] {
  const plain = typeof value === 'string';
  const parts: [string, string, boolean][] = plain
    ? [[key, value, true]]
    : [
        [`${key}.text`, value.text, false],
        ...(value.else === undefined ? [] : [[`${key}.else`, value.else, always] as [string, string, boolean]]),
      ];
  const problems = !plain && always && value.else === undefined ? [`${key} needs an else: it is always shown`] : [];
  for (const [where, text, strict] of parts) {
    for (const name of new Set(placeholders(text))) {
      if (!allowed.includes(name))
        problems.push(
          `${where} uses the unknown placeholder {${name}}; it may use ${allowed.map((n) => `{${n}}`).join(', ') || 'none'}`,
        );
      else if (strict && optional.includes(name))
        problems.push(
          `${where} names {${name}}, which the reader may leave empty: write it as { text, else } with what to say without it${always ? '' : ' (or without else to leave the line out)'}`,
        );
    }
  }
  return problems;
}

const itemIds = z
  .array(
    z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .max(60),
  )
  .min(1);
const word = z
  .string()
  .trim()
  .regex(/^[\p{L}]+$/u)
  .max(20);

const kindSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** the plan the kind belongs to: the promoted person's own, or their manager's */
  audience: z.enum(audiences),
  /** the plan items (items.yaml ids) the message goes with; an item repeated per group counts once */
  items: itemIds,
  /** the text box's label */
  label: messageLine,
  /** the kind of contact the message goes to: which gives the reader chooses from */
  contact: z.enum(contactKindIds, { error: `messages.kinds[].contact is one of ${contactKindIds.join(', ')}` }),
  /**
   * names: one message to each name on the item's "Who:" lines; { item }: one message to the first
   * name written on those items (the reader's manager), and the item's own names are people it asks about
   */
  to: z.union([z.literal('names'), z.strictObject({ item: itemIds })]),
  /** the note shown while nobody is named to greet (else the messages' `nobody`) */
  nobody: z.string().trim().min(1).max(400).optional(),
  /** the id of the give suggested first (networks.yaml `gives`) */
  give: z.string().regex(/^[a-z-]+$/),
  /** who is writing and why, before the give */
  opener: messageLine,
  /** what it asks for, after the give */
  ask: messageLine,
});
export type MessageKind = z.output<typeof kindSchema>;

export const messagesSchema = z
  .object({
    /** names {greet} and has no else: a message with nobody to greet has no greeting */
    greeting: z.strictObject({ text: sentence }),
    signOff: z.string().trim().min(1).max(240),
    signature: messageLine,
    /** a first word that is a title: the name is greeted whole ("Dr. Chen") */
    titles: z.array(word).min(1),
    /** a word that marks a name as an organization's ("Acme Inc."): never greeted */
    organizations: z.array(word).min(1),
    /** under a message with nobody to greet yet */
    nobody: z.string().trim().min(1).max(400),
    kinds: z.array(kindSchema).min(1),
  })
  .superRefine((messages, ctx) => {
    const problems = [
      ...lineProblems('messages.greeting', messages.greeting, ['greet']),
      ...(placeholders(messages.greeting.text).includes('greet') ? [] : ['messages.greeting.text must name {greet}']),
      ...lineProblems('messages.signature', messages.signature, ['name']),
    ];
    for (const kind of messages.kinds) {
      const at = `messages.kinds.${kind.id}`;
      // {person} is the promoted person in their manager's plan; in the reader's own plan the reader signs with {name}
      const manager = kind.audience === 'manager';
      // {names} lists the people a message asks about; a message to each named person never lists them
      const names = kind.to === 'names' ? [] : ['names'];
      const body = [...(manager ? ['role', 'person', 'group'] : ['role', 'group']), ...names];
      problems.push(
        ...lineProblems(`${at}.label`, kind.label, manager ? ['group', 'person'] : ['group'], true),
        ...lineProblems(`${at}.opener`, kind.opener, body),
        ...lineProblems(`${at}.ask`, kind.ask, body),
      );
    }
    const ids = messages.kinds.map((k) => k.id);
    if (new Set(ids).size !== ids.length) problems.push('messages.kinds: ids must be unique');
    for (const audience of audiences) {
      const items = messages.kinds.filter((k) => k.audience === audience).flatMap((k) => k.items);
      const twice = items.find((id, i) => items.indexOf(id) !== i);
      if (twice) problems.push(`messages.kinds: in the ${audience} plan, item ${twice} has more than one message`);
    }
    for (const message of problems) ctx.addIssue({ code: 'custom', message });
  });
