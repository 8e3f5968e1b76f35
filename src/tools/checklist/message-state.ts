/**
 * The reader's own wording of the plan's messages, kept with the checklist (ChecklistState
 * `messages`): plan item id → the message as the reader left it. A message the reader has not
 * changed is not stored, so it follows the names and role of the plan; "Use the suggested
 * text" removes the reader's wording. Checklists stored before messages existed have no
 * `messages` and read as they are.
 */
import { isRecord } from '@/shared/storage/decode';
import { cutToLimit } from './words';

/** the longest message kept, in UTF-16 units (the text box's maxLength) */
export const MESSAGE_LIMIT = 3000;
const MAX_MESSAGES = 200;
const MAX_ID_LENGTH = 120;

export type StoredMessages = Readonly<Record<string, string>>;

function isId(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && /^[a-z0-9:-]+$/.test(value);
}

/**
 * The stored messages, or null when they are not exactly that shape (too many, an id that is
 * not an item id, a text that is not a string or too long). `undefined` (stored before
 * messages existed) is an empty set.
 */
export function parseMessages(value: unknown): StoredMessages | null {
  if (value === undefined) return {};
  if (!isRecord(value)) return null;
  const entries = Object.entries(value);
  if (entries.length > MAX_MESSAGES) return null;
  const out: Record<string, string> = {};
  for (const [id, text] of entries) {
    if (!isId(id) || typeof text !== 'string' || text.length > MESSAGE_LIMIT) return null;
    out[id] = text;
  }
  return out;
}

interface WithMessages {
  readonly messages?: StoredMessages;
}

/** the reader's wording of one message, cut to the limit at a whole character */
export function setMessage<S extends WithMessages>(state: S, id: string, text: string): S {
  if (!isId(id)) return state;
  return { ...state, messages: { ...state.messages, [id]: cutToLimit(text, MESSAGE_LIMIT).text } };
}

/** back to the suggested text: the reader's wording of this message goes */
export function resetMessage<S extends WithMessages>(state: S, id: string): S {
  if (!state.messages || !Object.hasOwn(state.messages, id)) return state;
  const { [id]: _, ...rest } = state.messages;
  if (Object.keys(rest).length > 0) return { ...state, messages: rest };
  const { messages: __, ...without } = state;
  return without as S;
}
