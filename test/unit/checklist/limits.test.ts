/**
 * One source of truth for the checklist's limits: the form's maxLength and date range come
 * from LIMITS and dates.ts (see the component test); here the messages in words.yaml and the
 * date range are checked against the same constants.
 */
import { describe, expect, it } from 'vitest';
import { MAX_DATE, MIN_DATE, MIN_YEAR, addDays, formatIsoDate, parseIsoDate } from '../../../src/tools/checklist/dates';
import { LIMITS, addCustomGroup, validateProfile, emptyProfile } from '../../../src/tools/checklist/profile';
import { loadChecklistContent } from '../../support/checklist-content';

const { words } = loadChecklistContent();

describe('checklist limits', () => {
  it('says in its messages the limits the code enforces', () => {
    expect(words.errors['name-too-long']).toContain(`${LIMITS.name} characters`);
    expect(words.errors['role-too-long']).toContain(`${LIMITS.role} characters`);
    expect(words.errors['group-too-long']).toContain(`${LIMITS.groupLabel} characters`);
    expect(words.errors['group-too-many']).toContain(`up to ${LIMITS.customGroups} groups`);
    expect(words.errors['start-invalid']).toContain(`${MIN_YEAR}`); // the whole range: start-range.test.ts
  });

  it('enforces exactly those limits', () => {
    expect(validateProfile({ ...emptyProfile, name: 'n'.repeat(LIMITS.name) }).name).toBeUndefined();
    expect(validateProfile({ ...emptyProfile, name: 'n'.repeat(LIMITS.name + 1) }).name).toBe('name-too-long');
    expect(addCustomGroup([], 'g'.repeat(LIMITS.groupLabel), []).ok).toBe(true);
    expect(addCustomGroup([], 'g'.repeat(LIMITS.groupLabel + 1), [])).toEqual({ ok: false, error: 'group-too-long' });
  });

  it('gives the date input the first and last day the checklist accepts', () => {
    const min = parseIsoDate(MIN_DATE)!;
    const max = parseIsoDate(MAX_DATE)!;
    expect(min).not.toBeNull();
    expect(max).not.toBeNull();
    expect(parseIsoDate(formatIsoDate(addDays(min, -1)))).toBeNull();
    expect(parseIsoDate(formatIsoDate(addDays(max, 1)))).toBeNull();
  });
});
