/**
 * Messages to send: for each plan item that names a kind of contact (texts.yaml `messages`), one
 * message per person written on the item's "Who:" lines, greeting that one person by the name the
 * reader greets them with (for a person picked from Your people, their "greet as" there). A message is the greeting, the kind's opener, the give the reader chose
 * from the purpose model's gives for that kind of contact (networks.yaml), the ask, and the
 * closing, by the rules every message of the site follows (src/shared/message.ts). What the reader typed is put in once and never read again as a template, so "{role}"
 * or "<b>" stays as typed. An organization's name ("Acme Inc.") is never greeted, and a message
 * with nobody to greet has no greeting at all, never "Hi,".
 */
import type { ContactKind } from '@/purposes/networks';
import {
  defaultGreeting,
  fillLine,
  isOrganization,
  namesSomeone,
  writeMessage,
  type Give,
  type MessageValues,
} from '@/shared/message';
import { own, type MessageChoices } from './message-choices';
import type { MessageKind } from './messages-schema';
import { tidy } from './profile';
import type { ChecklistTexts } from './schema';
import { listOf, words } from './words';
import type { Audience } from './model';

type Values = MessageValues;
type Texts = ChecklistTexts['messages'];

/** the kind of contact a plan item is, in this reader's plan (an item repeated per group counts once) */
export function kindFor(kinds: readonly MessageKind[], itemId: string, audience: Audience): MessageKind | undefined {
  const template = itemId.split(':')[0]!;
  return kinds.find((k) => k.audience === audience && k.items.includes(template));
}

/** the names written on an item's lines, tidied, without blanks or repeats */
export function namesOf(lines: readonly string[] | undefined): string[] {
  return [...new Set((lines ?? []).map(tidy).filter((n) => n !== ''))];
}

/** the gives a kind of contact chooses from, in the model's order */
export const givesFor = (gives: readonly Give[], contact: ContactKind) => gives.filter((g) => g.for.includes(contact));

/** one message as the plan suggests it */
export interface SuggestedMessage {
  /** the item's id for the first name line (and a message to nobody yet), `<item>:to-<line>` for the others */
  readonly id: string;
  readonly kind: string;
  /** the text box's label: the kind, then the person it goes to */
  readonly label: string;
  /** the person it goes to, as written, or null while nobody is named */
  readonly to: string | null;
  /** true when `to` looks like an organization's name */
  readonly organization: boolean;
  /** the greet-as box: the reader's wording, else the default; the greeting uses it tidied ('' greets nobody) */
  readonly greetAs: string;
  /** true when the message opens with a greeting */
  readonly greets: boolean;
  /** the greeting is the one Your people keeps for the person (the reader has not changed it here) */
  readonly fromPeople: boolean;
  /** shown while the message greets nobody because nobody is named */
  readonly nobody: string | null;
  /** the gives the reader chooses from, and the one the message offers */
  readonly gives: readonly Give[];
  readonly give: string;
  readonly text: string;
}

/** one message: greeting, opener, give, ask, the closing and the reader's name, apart by blank lines */
export function composeMessage(texts: Texts, kind: MessageKind, give: Give | undefined, values: Values): string {
  const body = [fillLine(kind.opener, values), give?.line ?? null, fillLine(kind.ask, values)];
  return writeMessage(texts, values, body, fillLine(texts.signature, values));
}

export interface MessageInput {
  readonly audience: Audience;
  readonly name: string;
  readonly role: string;
  readonly names: Readonly<Record<string, readonly string[]>>;
  readonly choices?: MessageChoices | undefined;
  /** how Your people greets the people picked on "Who:" lines, by the name written there (tidied) */
  readonly greetings?: Readonly<Record<string, string>> | undefined;
}

/** the people a message of this kind goes to, with the message id of each; nobody: one message to nobody yet */
function recipients(kind: MessageKind, itemId: string, names: MessageInput['names']): [string, string | null][] {
  if (kind.to !== 'names') {
    const manager = kind.to.item.flatMap((id) => namesOf(names[id]))[0];
    return [[itemId, manager ?? null]];
  }
  const seen = new Set<string>();
  const out: [string, string | null][] = [];
  (names[itemId] ?? []).forEach((line, index) => {
    const person = tidy(line);
    if (person === '' || seen.has(person)) return;
    seen.add(person);
    out.push([index === 0 ? itemId : `${itemId}:to-${index + 1}`, person]);
  });
  return out.length > 0 ? out : [[itemId, null]];
}

/**
 * The messages for a plan's items, in the plan's order: one per person named on the item (one
 * to nobody yet when no name is written), filled with the role, the group, the greeting and,
 * in the reader's own plan, the reader's name to sign with (in a manager's plan, the promoted
 * person's name as {person}; the manager's own name is not known).
 */
export function suggestMessages(
  texts: Texts,
  gives: readonly Give[],
  items: readonly { readonly id: string; readonly group?: string | undefined }[],
  input: MessageInput,
): SuggestedMessage[] {
  const name = tidy(input.name);
  const base = { role: tidy(input.role), ...(input.audience === 'self' ? { name } : { person: name }) };
  return items.flatMap((item) => {
    const kind = kindFor(texts.kinds, item.id, input.audience);
    if (!kind) return [];
    const values = { ...base, names: listOf(namesOf(input.names[item.id])), group: tidy(item.group ?? '') };
    const label = fillLine(kind.label, values) ?? kind.id;
    const offered = givesFor(gives, kind.contact);
    return recipients(kind, item.id, input.names).map(([id, to]): SuggestedMessage => {
      const chosenGreet = to === null ? undefined : own(input.choices?.greetAs, to);
      const peopleGreet = to === null || chosenGreet !== undefined ? undefined : own(input.greetings, to);
      const greetAs = to === null ? '' : (chosenGreet ?? peopleGreet ?? defaultGreeting(texts, to));
      const chosen = own(input.choices?.gives, id);
      const give = offered.find((g) => g.id === chosen) ?? offered.find((g) => g.id === kind.give) ?? offered[0];
      return {
        ...{ id, kind: kind.id, to, greetAs, greets: namesSomeone(greetAs), gives: offered, give: give?.id ?? '' },
        fromPeople: peopleGreet !== undefined,
        label: to === null ? label : words.messages.labelTo(label, to),
        organization: to !== null && isOrganization(texts, to),
        nobody: to === null ? (kind.nobody ?? texts.nobody) : null,
        text: composeMessage(texts, kind, give, { ...values, greet: tidy(greetAs) }),
      };
    });
  });
}
