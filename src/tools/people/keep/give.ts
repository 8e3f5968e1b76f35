/**
 * Give first (keeping in touch): the give Your people suggests to a person due a contact, and the
 * message it drafts for them. Pure TypeScript. The rule is content (networks.yaml `keepInTouch`):
 * the person's kind of contact is `past` for a former colleague or anyone in the past network,
 * else where they stand (their relation); the first rule for that kind whose networks (if it lists
 * any) include one of the person's is the suggestion. Where they stand not said, or no rule: no
 * suggestion, rather than a wrong one. So the suggestion is always one of the gives a logged
 * contact offers for the person (due.ts givesFor). The message follows the rules every message of the site follows
 * (src/shared/message.ts).
 */
import type { ContactKind } from '@/purposes/networks';
import type { NetworkModel } from '@/purposes/networks-schema';
import { defaultGreeting, tidy, writeMessage, type Give, type MessageWords } from '@/shared/message';
import type { Person } from '../person';
import type { KeepMessage } from '../schema';

/** the part of the purpose model the suggestion reads */
export type GiveModel = Pick<NetworkModel, 'gives' | 'keepInTouch'>;

/** what the people tool is given to suggest gives and draft messages (PeopleTool.astro) */
export interface KeepContent {
  readonly model: GiveModel;
  /** the greeting, sign-off and organization words every message shares */
  readonly words: MessageWords;
  readonly message: KeepMessage;
}

type Who = Pick<Person, 'former' | 'networks' | 'relation'>;

/** the person's kind of contact, or null when it is not known */
export function contactKind(person: Who): ContactKind | null {
  if (person.former || person.networks.includes('past')) return 'past';
  return person.relation;
}

/** the give to suggest first to this person, or null when none suits */
export function suggestGive(person: Who, model: GiveModel): Give | null {
  const kind = contactKind(person);
  if (kind === null) return null;
  const rule = model.keepInTouch.find(
    (r) => r.for === kind && (r.networks === undefined || r.networks.some((n) => person.networks.includes(n))),
  );
  const give = rule ? model.gives.find((g) => g.id === rule.give) : undefined;
  // the schema checks this too: a give is never offered to a kind it does not suit
  return give?.for.includes(kind) ? give : null;
}

/**
 * The name the message greets the person by: what the reader set (greet as), else the first word
 * of the name, the whole name after a title ("Dr. Chen"), and nobody ('') for an organization.
 */
export function greetingFor(words: MessageWords, person: Pick<Person, 'greetAs' | 'name'>): string {
  return tidy(person.greetAs) || defaultGreeting(words, person.name);
}

/** the keep-in-touch message for this person, offering `give` (none: no give line) */
export function draftMessage(
  content: Pick<KeepContent, 'words' | 'message'>,
  person: Pick<Person, 'greetAs' | 'name'>,
  give: Give | null,
): string {
  const greet = greetingFor(content.words, person);
  return writeMessage(content.words, { greet }, [content.message.opener, give?.line ?? null, content.message.ask]);
}
