/**
 * Messages to send: for each plan item that names a kind of contact (a new peer, someone a step
 * or two up, a contact in another function, an outside contact, the past network, the manager,
 * and in a manager's plan the introduction the manager sends), a short message filled from the
 * editor's words (src/content/checklist/words.yaml `messages`) with only what the reader
 * entered: the role, the names on the item's "Who:" lines and, where known, a name.
 *
 * A message gives before it asks: its `give` sentence always comes before its `ask`.
 * What the reader typed stays literal: it is put in once, never read again as a template, so a
 * name like "{role}" or "<b>" is written as typed.
 *
 * Loaded with the messages only (src/components/checklist/Messages.tsx, a chunk of its own):
 * it imports nothing from the checklist island's own modules.
 */
import { joinList, type ListWords } from '@/shared/list';
import { fill } from '@/shared/template';
import type { Audience, PlanItem } from './model';

/**
 * A sentence of a message: plain text with {placeholders}, or `{ text, else }` when it names
 * something the reader may not have entered ({names}, {person}, {group}, {name}): `else` is
 * written instead, and without an `else` the sentence is left out.
 */
export type MessageLine = string | { readonly text: string; readonly else?: string | undefined };

/** the values a line may name; the ones the reader may leave empty are listed in optionalMessageValues */
export const messageValueNames = ['role', 'names', 'person', 'group', 'name'] as const;
export type MessageValueName = (typeof messageValueNames)[number];
/** values that may be missing: a plain sentence must not name them (the schema checks) */
export const optionalMessageValues: readonly MessageValueName[] = ['names', 'person', 'group', 'name'];

export type MessageValues = Partial<Record<MessageValueName, string>>;

/** one kind of contact and its message (words.yaml `messages.kinds`) */
export interface MessageKindText {
  readonly id: string;
  /** the plan the kind belongs to: the promoted person's own, or their manager's */
  readonly audience: Audience;
  /** ids of the plan items (items.yaml) the message goes with; an item repeated per group counts once */
  readonly items: readonly string[];
  /** the text box's label: "Message to a new peer"; may name {group} */
  readonly label: MessageLine;
  /**
   * true: the names on the item's lines are the people the message goes to ("Hi Sally,");
   * false: they are people the message asks about (your manager's introductions), and the lines
   * name them as {names}
   */
  readonly greet: boolean;
  /** what the message offers, first */
  readonly give: MessageLine;
  /** what it asks for, after */
  readonly ask: MessageLine;
}

/** the messages' words (words.yaml `messages`) */
export interface MessageWords {
  readonly title: string;
  readonly intro: string;
  readonly show: string;
  readonly hide: string;
  readonly loading: string;
  readonly loadFailed: string;
  readonly retry: string;
  /** above a message: "To: Sally Park and Sam Lee" */
  readonly to: string;
  readonly copy: string;
  readonly copied: string;
  /** copying refused or not available: the message is selected for the reader to copy */
  readonly copyFailed: string;
  readonly reset: string;
  readonly resetDone: string;
  /** said under a message the reader has changed */
  readonly edited: string;
  /** "Hi {names}," or, without names, "Hi," */
  readonly greeting: MessageLine;
  /** the closing line: "Thanks," */
  readonly signOff: string;
  /** under the closing: the reader's name, or nothing */
  readonly signature: MessageLine;
  readonly kinds: readonly MessageKindText[];
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

/** what the reader typed, as one tidy line */
const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * A line filled with the values it names, or its `else` when one of them is missing (empty),
 * or null when that is missing too: never "undefined", never an empty placeholder. Each value
 * is put in once and not read again, so a value holding "{role}" stays as typed.
 */
export function fillLine(line: MessageLine, values: MessageValues): string | null {
  // fill() in one pass, except that a missing value makes the whole line missing (written here,
  // not with ../shared/template's placeholders(), so the shared chunk every page loads stays as it is)
  const attempt = (text: string): string | null => {
    let missing = false;
    const out = text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = Object.hasOwn(values, name) ? values[name as MessageValueName] : undefined;
      if (value === undefined || value === '') missing = true;
      return value ?? whole;
    });
    return missing ? null : out;
  };
  if (typeof line === 'string') return attempt(line);
  return attempt(line.text) ?? (line.else === undefined ? null : attempt(line.else));
}

/** the kind of contact a plan item is, in this reader's plan */
export function kindFor(kinds: readonly MessageKindText[], itemId: string, audience: Audience) {
  const template = itemId.split(':')[0]!;
  return kinds.find((k) => k.audience === audience && k.items.includes(template));
}

/** the names written on an item's lines, tidied, without blanks or repeats */
export function namesOf(lines: readonly string[] | undefined): string[] {
  return [...new Set((lines ?? []).map(clean).filter((n) => n !== ''))];
}

export interface MessageInput {
  readonly audience: Audience;
  /** the promoted person's name as entered (the reader's own in their plan) */
  readonly name: string;
  readonly role: string;
  /** the names on each item's lines */
  readonly names: Readonly<Record<string, readonly string[]>>;
}

export interface MessageContext {
  readonly messages: MessageWords;
  /** how lists of names are joined: "Sally, Sam, and Joe" */
  readonly list: ListWords;
}

/** one message: greeting, what it gives, what it asks, the closing and the reader's name */
export function composeMessage(kind: MessageKindText, values: MessageValues, context: MessageContext): string {
  const { messages } = context;
  // the greeting may name {names} alone (its schema holds it to that): a kind that does not greet
  // by name gets it with nothing filled, so its plain "else"
  const greeting = fillLine(messages.greeting, kind.greet ? values : {});
  const signature = fillLine(messages.signature, values);
  const closing = signature === null ? messages.signOff : `${messages.signOff}\n${signature}`;
  // every line's words are at least one character (the schema's), so a part is a line or null
  return [greeting, fillLine(kind.give, values), fillLine(kind.ask, values), closing]
    .filter((part): part is string => part !== null)
    .join('\n\n');
}

/**
 * The messages for a plan's items, in the plan's order: one for each item that names a kind of
 * contact in this reader's plan, filled with the role, the item's names, its group and, in the
 * reader's own plan, the reader's name to sign with (in a manager's plan, the promoted person's
 * name as {person}; the manager's own name is not known).
 */
export function suggestMessages(
  items: readonly Pick<PlanItem, 'id' | 'group'>[],
  input: MessageInput,
  context: MessageContext,
): SuggestedMessage[] {
  const name = clean(input.name);
  const base: MessageValues = {
    role: clean(input.role),
    ...(input.audience === 'self' ? { name } : { person: name }),
  };
  const out: SuggestedMessage[] = [];
  for (const item of items) {
    const kind = kindFor(context.messages.kinds, item.id, input.audience);
    if (!kind) continue;
    const names = namesOf(input.names[item.id]);
    const values: MessageValues = {
      ...base,
      names: joinList(names, context.list),
      group: item.group === undefined ? '' : clean(item.group),
    };
    const to = kind.greet && names.length > 0 ? fill(context.messages.to, { names: values.names! }) : null;
    out.push({
      id: item.id,
      kind: kind.id,
      label: fillLine(kind.label, values) ?? kind.id,
      to,
      text: composeMessage(kind, values, context),
    });
  }
  return out;
}
