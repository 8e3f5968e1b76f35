/**
 * The reader's profile: defaults, limits, the reader's own groups and validation.
 * Validation returns error codes; the messages are words in src/content/checklist/words.yaml.
 */
import { parseStartDate } from './dates';
import { fnv1a } from './hash';
import type { Profile } from './model';

export const LIMITS = {
  name: 80,
  role: 100,
  groupLabel: 40,
  customGroups: 6,
  whoName: 80,
} as const;

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

export type ProfileField = 'role' | 'level' | 'startDate' | 'name';

/** every code validateProfile() can give a field */
export const profileErrorCodes = [
  'role-missing',
  'role-too-long',
  'level-missing',
  'start-missing',
  'start-invalid',
  'name-too-long',
] as const;
export type ProfileErrorCode = (typeof profileErrorCodes)[number];

/** every refusal addCustomGroup() can give */
export const groupErrorCodes = ['group-empty', 'group-too-long', 'group-duplicate', 'group-too-many'] as const;
export type GroupErrorCode = (typeof groupErrorCodes)[number];

/** every error code the checklist can show; words.yaml `errors` must have a message for each (the schema checks) */
export const checklistErrorCodes = [...profileErrorCodes, ...groupErrorCodes] as const;
export type ChecklistErrorCode = (typeof checklistErrorCodes)[number];

export type ProfileErrors = Partial<Record<ProfileField, ProfileErrorCode>>;

/** field → error code, in the order the form shows the fields; empty when the plan can be built */
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

export function isComplete(profile: Profile): boolean {
  return Object.keys(validateProfile(profile)).length === 0;
}

/** collapse whitespace: what the reader typed, as one tidy line */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** the stable id of one of the reader's own groups: the same label always gives the same id */
export function customGroupId(label: string): string {
  return `custom-${fnv1a(tidy(label).toLowerCase())}`;
}

export type AddGroupResult =
  { readonly ok: true; readonly groups: readonly string[] } | { readonly ok: false; readonly error: GroupErrorCode };

/** add one of the reader's own groups, refusing empty, over-long, duplicate or too many */
export function addCustomGroup(
  groups: readonly string[],
  label: string,
  builtInLabels: readonly string[],
): AddGroupResult {
  const clean = tidy(label);
  if (clean === '') return { ok: false, error: 'group-empty' };
  if (clean.length > LIMITS.groupLabel) return { ok: false, error: 'group-too-long' };
  const id = customGroupId(clean);
  const lower = clean.toLowerCase();
  if (groups.some((g) => customGroupId(g) === id) || builtInLabels.some((l) => l.toLowerCase() === lower)) {
    return { ok: false, error: 'group-duplicate' };
  }
  if (groups.length >= LIMITS.customGroups) return { ok: false, error: 'group-too-many' };
  return { ok: true, groups: [...groups, clean] };
}
