/**
 * The rules every message the site writes for the reader follows (the promotion checklist's
 * messages to send, Your people's keep-in-touch message): one person greeted by the name the
 * reader greets them with, never an organization's name, never "Hi," with nobody after it; the
 * give's line as written; lines filled with values or left out, never an empty placeholder. The
 * words themselves (greeting, sign-off, titles, organization words) are content: the checklist's
 * texts.yaml `messages`, which both tools read.
 */

/** a sentence, or one that names values with what to say when one is missing (`else`) */
export type MessageLine = string | { readonly text: string; readonly else?: string | undefined };

/** the values a line may name; a missing or empty one is never written */
export type MessageValues = Readonly<Record<string, string | undefined>>;

/** the words every message shares (content: the checklist's texts.yaml `messages`) */
export interface MessageWords {
  /** names {greet} */
  readonly greeting: { readonly text: string };
  readonly signOff: string;
  /** a first word that is a title: the name is greeted whole ("Dr. Chen") */
  readonly titles: readonly string[];
  /** a word that marks a name as an organization's ("Acme Inc."): never greeted */
  readonly organizations: readonly string[];
}

/** one give of the purpose model (networks.yaml `gives`) */
export interface Give {
  readonly id: string;
  readonly for: readonly string[];
  readonly label: string;
  readonly line: string;
}

/** collapse whitespace: what the reader typed, as one tidy line */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A line filled with the values it names, or its `else` when one of them is missing (empty),
 * or null when that is missing too: never "undefined", never an empty placeholder.
 */
export function fillLine(line: MessageLine, values: MessageValues): string | null {
  const attempt = (text: string): string | null => {
    let missing = false;
    const out = text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = Object.hasOwn(values, name) ? values[name] : undefined;
      if (!value) missing = true;
      return value ?? whole;
    });
    return missing ? null : out;
  };
  if (typeof line === 'string') return attempt(line);
  return attempt(line.text) ?? (line.else === undefined ? null : attempt(line.else));
}

/** a word compared with the content's lists: "Corp." and "CORP" are "corp" */
const bare = (word: string) => word.replace(/[.,;:]+$/, '').toLowerCase();

/** true when a word of the name marks it as an organization's ("Acme Inc.", "ACME Corp") */
export function isOrganization(words: Pick<MessageWords, 'organizations'>, name: string): boolean {
  const marks = new Set(words.organizations.map(bare));
  return tidy(name)
    .split(' ')
    .some((word) => marks.has(bare(word)));
}

/** true when a greeting would name someone: it starts with a letter or a digit ("Hi ,!," names nobody) */
export const namesSomeone = (greet: string) => /^[\p{L}\p{N}]/u.test(tidy(greet));

/**
 * How a message greets a person unless the reader says otherwise: the first word of the name
 * ("Sally" for "Sally Park"), the whole name after a title ("Dr. Chen"), nobody ('') for an
 * organization.
 */
export function defaultGreeting(words: Pick<MessageWords, 'organizations' | 'titles'>, name: string): string {
  const parts = tidy(name).split(' ');
  if (isOrganization(words, name)) return '';
  const titles = new Set(words.titles.map(bare));
  const greet = parts.length > 1 && titles.has(bare(parts[0]!)) ? parts.join(' ') : parts[0]!.replace(/[,;:]+$/, '');
  return namesSomeone(greet) ? greet : '';
}

/**
 * One message: the greeting (only when `values.greet` names someone), the body's lines (a null
 * one left out), the sign-off and the signature, apart by blank lines.
 */
export function writeMessage(
  words: Pick<MessageWords, 'greeting' | 'signOff'>,
  values: MessageValues,
  body: readonly (string | null)[],
  signature: string | null = null,
): string {
  const greeting = namesSomeone(values.greet ?? '') ? fillLine(words.greeting, values) : null;
  const closing = signature === null ? words.signOff : `${words.signOff}\n${signature}`;
  return [greeting, ...body, closing].filter((part) => part !== null).join('\n\n');
}
