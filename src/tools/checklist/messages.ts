/**
 * Messages to send: for each plan item that names a kind of contact (a new peer, someone a step
 * or two up, a contact in another function, an outside contact, the past network, the manager,
 * and in a manager's plan the introduction the manager sends), a short message filled from the
 * editor's texts (texts.yaml `messages`) with only what the reader entered: the role, the names
 * on the item's "Who:" lines and, where known, a name. A message gives before it asks. What the
 * reader typed is put in once and never read again as a template, so "{role}" or "<b>" stays as typed.
 */
import type { MessageKind, MessageLine } from './messages-schema';
import { tidy } from './profile';
import type { ChecklistTexts } from './schema';
import { listOf, words } from './words';
import type { Audience } from './model';

type Values = Readonly<Partial<Record<'role' | 'names' | 'person' | 'group' | 'name', string>>>;

/**
 * A line filled with the values it names, or its `else` when one of them is missing (empty),
 * or null when that is missing too: never "undefined", never an empty placeholder.
 */
export function fillLine(line: MessageLine, values: Values): string | null {
  const attempt = (text: string): string | null => {
    let missing = false;
    const out = text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = Object.hasOwn(values, name) ? values[name as keyof Values] : undefined;
      if (!value) missing = true;
      return value ?? whole;
    });
    return missing ? null : out;
  };
  if (typeof line === 'string') return attempt(line);
  return attempt(line.text) ?? (line.else === undefined ? null : attempt(line.else));
}

/** the kind of contact a plan item is, in this reader's plan (an item repeated per group counts once) */
export function kindFor(kinds: readonly MessageKind[], itemId: string, audience: Audience): MessageKind | undefined {
  const template = itemId.split(':')[0]!;
  return kinds.find((k) => k.audience === audience && k.items.includes(template));
}

/** the names written on an item's lines, tidied, without blanks or repeats */
export function namesOf(lines: readonly string[] | undefined): string[] {
  return [...new Set((lines ?? []).map(tidy).filter((n) => n !== ''))];
}

/** one message as the plan suggests it */
export interface SuggestedMessage {
  /** the plan item's id: the reader's changes are kept under it */
  readonly id: string;
  readonly kind: string;
  readonly label: string;
  /** "To: Sally Park", or null when the message names nobody there */
  readonly to: string | null;
  readonly text: string;
}

/** one message: greeting, what it gives, what it asks, the closing and the reader's name, apart by blank lines */
export function composeMessage(texts: ChecklistTexts['messages'], kind: MessageKind, values: Values): string {
  // a kind that does not greet by name gets the greeting's plain "else"
  const greeting = fillLine(texts.greeting, kind.greet ? values : {});
  const signature = fillLine(texts.signature, values);
  const closing = signature === null ? texts.signOff : `${texts.signOff}\n${signature}`;
  return [greeting, fillLine(kind.give, values), fillLine(kind.ask, values), closing]
    .filter((part) => part !== null)
    .join('\n\n');
}

/**
 * The messages for a plan's items, in the plan's order, filled with the role, the item's names,
 * its group and, in the reader's own plan, the reader's name to sign with (in a manager's plan,
 * the promoted person's name as {person}; the manager's own name is not known).
 */
export function suggestMessages(
  texts: ChecklistTexts['messages'],
  items: readonly { readonly id: string; readonly group?: string | undefined }[],
  input: { audience: Audience; name: string; role: string; names: Readonly<Record<string, readonly string[]>> },
): SuggestedMessage[] {
  const name = tidy(input.name);
  const base = { role: tidy(input.role), ...(input.audience === 'self' ? { name } : { person: name }) };
  return items.flatMap((item) => {
    const kind = kindFor(texts.kinds, item.id, input.audience);
    if (!kind) return [];
    const names = namesOf(input.names[item.id]);
    const values = { ...base, names: listOf(names), group: tidy(item.group ?? '') };
    const to = kind.greet && names.length > 0 ? words.messages.to(values.names) : null;
    return [
      {
        id: item.id,
        kind: kind.id,
        label: fillLine(kind.label, values) ?? kind.id,
        to,
        text: composeMessage(texts, kind, values),
      },
    ];
  });
}
