/**
 * Every error code the checklist's lib can give has a message in the real words.yaml, so the
 * page never shows a raw code. The codes are gathered by running the lib (validateProfile and
 * addCustomGroup), not copied from the list, so a code added to the code but not to
 * checklistErrorCodes (or to the words) fails here.
 */
import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  addCustomGroup,
  checklistErrorCodes,
  emptyProfile,
  groupErrorCodes,
  profileErrorCodes,
  validateProfile,
} from '../../../src/tools/checklist/profile';
import type { Profile } from '../../../src/tools/checklist/model';
import { checklistWordsSchema } from '../../../src/tools/checklist/schema';
import { loadChecklistContent } from '../../support/checklist-content';

const { words } = loadChecklistContent();

/** profiles that between them make validateProfile give every code it has */
const profiles: Profile[] = [
  emptyProfile,
  { ...emptyProfile, name: 'n'.repeat(LIMITS.name + 1), role: 'r'.repeat(LIMITS.role + 1), startDate: '2026-02-30' },
  { ...emptyProfile, role: 'Team lead', level: 'manager', startDate: '2026-12-01' },
];
const full = Array.from({ length: LIMITS.customGroups }, (_, i) => `Group ${i}`);
/** labels that between them make addCustomGroup refuse in every way it can */
const groupAttempts: [readonly string[], string, readonly string[]][] = [
  [[], '   ', []],
  [[], 'g'.repeat(LIMITS.groupLabel + 1), []],
  [['Legal'], ' legal ', []],
  [[], 'Sales', ['Sales']],
  [full, 'One more', []],
  [[], 'Fine', []],
];

const emittedProfileCodes = new Set(profiles.flatMap((p) => Object.values(validateProfile(p))));
const emittedGroupCodes = new Set(
  groupAttempts.flatMap(([groups, label, builtIn]) => {
    const result = addCustomGroup(groups, label, builtIn);
    return result.ok ? [] : [result.error];
  }),
);

describe('checklist error messages', () => {
  it('lists exactly the codes the lib gives', () => {
    expect([...emittedProfileCodes].sort()).toEqual([...profileErrorCodes].sort());
    expect([...emittedGroupCodes].sort()).toEqual([...groupErrorCodes].sort());
    expect(checklistErrorCodes).toHaveLength(profileErrorCodes.length + groupErrorCodes.length);
  });

  it('has a message in words.yaml for every code the lib can give, and none for unknown codes', () => {
    for (const code of [...emittedProfileCodes, ...emittedGroupCodes]) {
      expect(words.errors[code], code).toMatch(/\S/);
      expect(words.errors[code], code).not.toContain(code);
    }
    expect(Object.keys(words.errors).sort()).toEqual([...checklistErrorCodes].sort());
  });

  it('stops the build when a message is missing or names an unknown code', () => {
    const data = { ...words };
    const { 'group-too-many': _dropped, ...missing } = words.errors;
    const result = checklistWordsSchema.safeParse({ ...data, errors: missing });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['errors.group-too-many']);

    const unknown = checklistWordsSchema.safeParse({ ...data, errors: { ...words.errors, 'role-mising': 'Typo' } });
    expect(unknown.success).toBe(false);
    expect(unknown.error?.issues.map((i) => i.message)).toEqual([
      `errors has a message for an unknown code (role-mising); the codes are ${checklistErrorCodes.join(', ')}`,
    ]);
  });
});
