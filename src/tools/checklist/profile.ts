/**
 * The reader's profile: its defaults and validation, what the reader types cut to its limits,
 * and the reader's own groups. Validation gives error codes; the messages are in ./words.ts.
 */
import { fnv1a32 } from '@/shared/hash';
import { tidy } from '@/shared/message';
import { parseStartDate } from './dates';
import { LIMITS, type GroupErrorCode, type Profile, type ProfileErrorCode, type ProfileField } from './model';

export const emptyProfile: Profile = {
  audience: 'self',
  name: '',
  role: '',
  level: null,
  startDate: '',
  sameOrg: true,
  internal: [],
  customInternal: [],
  external: [],
};

/** the form's fields in the order they appear: the error summary lists them so, focus goes to the first */
export const profileFields: readonly ProfileField[] = ['name', 'role', 'level', 'startDate'];

export type ProfileErrors = Partial<Record<ProfileField, ProfileErrorCode>>;

/** field → error code; empty when the plan can be built */
export function validateProfile(profile: Profile): ProfileErrors {
  const errors: ProfileErrors = {};
  if (profile.name.length > LIMITS.name) errors.name = 'name-too-long';
  const role = profile.role.trim();
  if (role === '') errors.role = 'role-missing';
  else if (role.length > LIMITS.role) errors.role = 'role-too-long';
  if (profile.level === null) errors.level = 'level-missing';
  if (profile.startDate === '') errors.startDate = 'start-missing';
  else if (parseStartDate(profile.startDate) === null) errors.startDate = 'start-invalid';
  return errors;
}

export { tidy };

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * What the reader typed or pasted, cut to at most `limit` UTF-16 units at a grapheme boundary
 * (never inside a letter with its accents, an emoji or a flag); `shortened` says whether
 * anything was cut, for the page to tell the reader.
 */
export function cutToLimit(text: string, limit: number): { readonly text: string; readonly shortened: boolean } {
  if (text.length <= limit) return { text, shortened: false };
  let kept = '';
  for (const { segment } of graphemes.segment(text)) {
    if (kept.length + segment.length > limit) break;
    kept += segment;
  }
  return { text: kept, shortened: true };
}

/** the stable id of one of the reader's own groups: the same label always gives the same id (stored: never change it) */
export function customGroupId(label: string): string {
  return `custom-${fnv1a32(tidy(label).toLowerCase()).toString(16).padStart(8, '0')}`;
}

export type AddGroupResult =
  { readonly ok: true; readonly groups: readonly string[] } | { readonly ok: false; readonly error: GroupErrorCode };

/** add one of the reader's own groups, refusing empty, over-long, duplicate or too many */
export function addCustomGroup(groups: readonly string[], label: string, builtIn: readonly string[]): AddGroupResult {
  const clean = tidy(label);
  if (clean === '') return { ok: false, error: 'group-empty' };
  if (clean.length > LIMITS.groupLabel) return { ok: false, error: 'group-too-long' };
  const id = customGroupId(clean);
  const lower = clean.toLowerCase();
  if (groups.some((g) => customGroupId(g) === id) || builtIn.some((l) => l.toLowerCase() === lower))
    return { ok: false, error: 'group-duplicate' };
  if (groups.length >= LIMITS.customGroups) return { ok: false, error: 'group-too-many' };
  return { ok: true, groups: [...groups, clean] };
}
