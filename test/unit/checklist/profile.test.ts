import { describe, expect, it } from 'vitest';
import {
  addCustomGroup,
  customGroupId,
  emptyProfile,
  isComplete,
  tidy,
  validateProfile,
} from '@/lib/checklist/profile';

const complete = { ...emptyProfile, role: 'Team lead', level: 'supervisor' as const, startDate: '2026-12-01' };

describe('validateProfile', () => {
  it('asks for role, level and start date on an empty profile, in form order', () => {
    expect(validateProfile(emptyProfile)).toEqual({
      role: 'role-missing',
      level: 'level-missing',
      startDate: 'start-missing',
    });
    expect(Object.keys(validateProfile(emptyProfile))).toEqual(['role', 'level', 'startDate']);
  });
  it('accepts a complete profile; the name is optional', () => {
    expect(validateProfile(complete)).toEqual({});
    expect(isComplete(complete)).toBe(true);
  });
  it.each([
    [{ role: '   ' }, { role: 'role-missing' }],
    [{ role: 'x'.repeat(101) }, { role: 'role-too-long' }],
    [{ name: 'n'.repeat(81) }, { name: 'name-too-long' }],
    [{ startDate: '2026-02-30' }, { startDate: 'start-invalid' }],
    [{ startDate: '12/01/2026' }, { startDate: 'start-invalid' }],
    [{ startDate: '0001-01-01' }, { startDate: 'start-invalid' }],
  ])('flags %j', (patch, errors) => {
    expect(validateProfile({ ...complete, ...patch })).toEqual(errors);
  });
});

describe('the reader’s own groups', () => {
  it('adds a tidy label and refuses empty, long, duplicate and too many', () => {
    expect(addCustomGroup([], '  Legal   team ')).toEqual({ ok: true, groups: ['Legal team'] });
    expect(addCustomGroup([], '   ')).toEqual({ ok: false, error: 'group-empty' });
    expect(addCustomGroup([], 'x'.repeat(41))).toEqual({ ok: false, error: 'group-too-long' });
    expect(addCustomGroup(['Legal team'], 'legal TEAM')).toEqual({ ok: false, error: 'group-duplicate' });
    expect(addCustomGroup([], 'sales', ['Sales'])).toEqual({ ok: false, error: 'group-duplicate' });
    expect(addCustomGroup(['a', 'b', 'c', 'd', 'e', 'f'], 'g')).toEqual({ ok: false, error: 'group-too-many' });
  });
  it('gives the same id to the same label whatever the case or spacing', () => {
    expect(customGroupId('Legal team')).toBe(customGroupId(' legal  TEAM '));
    expect(customGroupId('Legal team')).not.toBe(customGroupId('Legal'));
    expect(customGroupId('<script>')).toMatch(/^custom-[0-9a-f]{8}$/);
  });
  it('tidies whitespace', () => {
    expect(tidy(' a \n b\t')).toBe('a b');
  });
});
