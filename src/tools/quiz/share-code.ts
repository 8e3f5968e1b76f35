import { fnv1a32 } from '@/shared/hash';
import type { QuizModel } from './schema';
import type { Answers } from './scoring';
import { allQuestions } from './state';

/**
 * Share links carry the answers (never the scores) in the URL fragment, which browsers do not
 * send to any server: `#quiz=v1.<one base-36 digit per question>.<check>`. The check is a
 * hash of the quiz's question/answer ids and the digits, so a changed digit, a truncated link
 * or a link made for a different edition of the questions is refused rather than mis-scored.
 * What a chat app or a sentence adds after an intact code (a full stop, a closing bracket, a
 * slash, an encoded space, an appended `&utm_source=…`) is not damage: the code is read and the
 * tail ignored (see isTail).
 */
export const SHARE_VERSION = 1;
export const SHARE_PARAM = 'quiz';
/** the longest fragment read at all: a code is about 30 characters, a tracking tail a few hundred */
const MAX_LENGTH = 2000;

/**
 * What may follow an intact code: punctuation and spaces a sentence or a chat app puts after a
 * link (`.`, `,`, `)`, `/`, quotes, an encoded space), then optionally parameters appended with
 * `&` or `?`. A tail that starts with a letter or a digit is not a tail but a longer, damaged
 * code, so it is refused like any other damage.
 */
const isTail = (text: string) => /^(?:[\s.,;:!?'"‘’“”)\]}>/]|%[0-9a-f]{2})*(?:[&?][^]*)?$/i.test(text);

export type ShareDecode =
  { readonly ok: true; readonly answers: Answers } | { readonly ok: false; readonly reason: ShareProblem };

/**
 * none: the fragment holds no quiz link; malformed: not a quiz code at all or cut short;
 * future: made by a newer version of this site; old: an older link format; tampered: the code
 * does not match its check (edited, truncated answers, or a different edition of the quiz).
 */
export type ShareProblem = 'none' | 'malformed' | 'future' | 'old' | 'tampered';

/** 32-bit FNV-1a (the site's shared fnv1a32), as 4 base-36 characters: enough to catch edits and truncation. */
export function checksum(text: string): string {
  return (fnv1a32(text) % 36 ** 4).toString(36).padStart(4, '0');
}

/** The ids that give the digits their meaning; a link is only valid for the same edition. */
export function fingerprint(model: QuizModel): string {
  return allQuestions(model)
    .map((q) => `${q.id}:${q.answers.map((a) => a.id).join(',')}`)
    .join(';');
}

/** The fragment value (without '#') for a complete answer set, or null if it is not complete. */
export function encodeShare(model: QuizModel, answers: Answers): string | null {
  let digits = '';
  for (const q of allQuestions(model)) {
    const index = q.answers.findIndex((a) => a.id === answers[q.id]);
    if (index < 0 || index >= 36) return null;
    digits += index.toString(36);
  }
  return `${SHARE_PARAM}=v${SHARE_VERSION}.${digits}.${checksum(`${fingerprint(model)}|${digits}`)}`;
}

/** Read a location.hash (with or without '#'). Never throws, whatever the input. */
export function decodeShare(model: QuizModel, hash: unknown): ShareDecode {
  if (typeof hash !== 'string') return { ok: false, reason: 'none' };
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${SHARE_PARAM}=`;
  if (!fragment.startsWith(prefix)) return { ok: false, reason: 'none' };
  if (fragment.length > MAX_LENGTH) return { ok: false, reason: 'malformed' };
  let code = fragment.slice(prefix.length);
  try {
    code = decodeURIComponent(code);
  } catch {
    // a stray '%' (in an appended tail, say): the code itself never needs decoding
  }
  const version = /^v(\d{1,6})(?:\.|$)/.exec(code);
  if (!version) return { ok: false, reason: 'malformed' };
  const v = Number(version[1]);
  if (v > SHARE_VERSION) return { ok: false, reason: 'future' };
  if (v < SHARE_VERSION) return { ok: false, reason: 'old' };
  const parts = /^v\d+\.([0-9a-z]+)\.([0-9a-z]{4})([^]*)$/.exec(code);
  if (!parts || !isTail(parts[3]!)) return { ok: false, reason: 'malformed' };
  const digits = parts[1]!;
  const check = parts[2]!;
  const questions = allQuestions(model);
  if (checksum(`${fingerprint(model)}|${digits}`) !== check || digits.length !== questions.length) {
    return { ok: false, reason: 'tampered' };
  }
  const answers: Record<string, string> = {};
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i]!;
    const answer = q.answers[parseInt(digits[i]!, 36)];
    if (!answer) return { ok: false, reason: 'tampered' };
    answers[q.id] = answer.id;
  }
  return { ok: true, answers };
}

/** A result opened from a share link (not stored), or a link that could not be read. */
export type SharedView =
  | { readonly kind: 'none' }
  | { readonly kind: 'result'; readonly answers: Answers }
  | { readonly kind: 'invalid'; readonly reason: Exclude<ShareProblem, 'none'> };

/**
 * The shared view after the URL fragment changed (on load, a link pasted into the address bar,
 * Back or Forward): a quiz link opens its result (or says what is wrong with it); any other
 * fragment closes an open shared view, unless it names an element on the page (the skip link, a
 * heading), which is a jump within the page. null: nothing changes.
 */
export function sharedAfterHash(
  model: QuizModel,
  hash: string,
  current: SharedView,
  isElement: (id: string) => boolean,
): SharedView | null {
  const decoded = decodeShare(model, hash);
  if (decoded.ok) return { kind: 'result', answers: decoded.answers };
  if (decoded.reason !== 'none') return { kind: 'invalid', reason: decoded.reason };
  if (current.kind === 'none') return null;
  let id = hash.replace(/^#/, '');
  try {
    id = decodeURIComponent(id);
  } catch {
    // not percent-encoded text: look it up as written
  }
  return id && isElement(id) ? null : { kind: 'none' };
}
