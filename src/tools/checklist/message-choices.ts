/**
 * What the reader chose for the messages to send, kept with the checklist (state.ts
 * `messageChoices`): how they greet each person, by the name as written on a "Who:" line (tidied),
 * and the give chosen for each message, by message id. Absent in older saves and until the reader
 * changes one; a name or message with no choice uses the suggestion (./messages.ts).
 */
import { isRecord } from '@/shared/storage/decode';
import { cutToLimit, tidy } from './profile';
import { LIMITS } from './model';

export interface MessageChoices {
  /** tidied name → the name the message greets them with ('' greets nobody) */
  readonly greetAs?: Readonly<Record<string, string>>;
  /** message id → the id of the give it offers */
  readonly gives?: Readonly<Record<string, string>>;
}

const MAX_ENTRIES = 200;
const MESSAGE_ID = /^[a-z0-9:-]{1,120}$/;
const GIVE_ID = /^[a-z-]{1,40}$/;

/** a record of strings whose keys and values pass; null for anything else */
function parseRecord(value: unknown, key: (k: string) => boolean, ok: (v: string) => boolean) {
  if (!isRecord(value) || Object.keys(value).length > MAX_ENTRIES) return null;
  const entries = Object.entries(value);
  return entries.every(([k, v]) => key(k) && typeof v === 'string' && ok(v)) ? (value as Record<string, string>) : null;
}

/** the stored choices if they are exactly that shape; null for anything else */
export function parseMessageChoices(value: unknown): MessageChoices | null {
  if (!isRecord(value)) return null;
  const { greetAs, gives, ...other } = value;
  if (Object.keys(other).length > 0) return null;
  const name = (k: string) => k !== '' && k.length <= LIMITS.whoName && tidy(k) === k;
  const greets = greetAs === undefined ? undefined : parseRecord(greetAs, name, (v) => v.length <= LIMITS.whoName);
  const chosen =
    gives === undefined
      ? undefined
      : parseRecord(
          gives,
          (k) => MESSAGE_ID.test(k),
          (v) => GIVE_ID.test(v),
        );
  if (greets === null || chosen === null) return null;
  return { ...(greets ? { greetAs: { ...greets } } : {}), ...(chosen ? { gives: { ...chosen } } : {}) };
}

/** the choices with `name` greeted as `greet` (cut to the name's limit; '' greets nobody) */
export function withGreetAs(choices: MessageChoices | undefined, name: string, greet: string): MessageChoices {
  const key = tidy(name);
  // a "Who:" line holds no longer name
  if (key === '' || key.length > LIMITS.whoName) return choices ?? {};
  return { ...choices, greetAs: { ...choices?.greetAs, [key]: cutToLimit(greet, LIMITS.whoName).text } };
}

/** the choices with this message offering this give */
export function withGive(choices: MessageChoices | undefined, messageId: string, give: string): MessageChoices {
  if (!MESSAGE_ID.test(messageId) || !GIVE_ID.test(give)) return choices ?? {};
  return { ...choices, gives: { ...choices?.gives, [messageId]: give } };
}

/** the value stored for `key` in a record read from storage: own keys only ("constructor" is a name too) */
export function own(record: Readonly<Record<string, string>> | undefined, key: string): string | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
