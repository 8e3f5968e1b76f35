import { describe, expect, it } from 'vitest';
import {
  addCustomGroup,
  customGroupId,
  emptyProfile,
  isComplete,
  tidy,
  validateProfile,
} from '../../../src/tools/checklist/profile';
import { freshImport } from '../../support/fresh-import';

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
    expect(addCustomGroup([], '  Legal   team ', [])).toEqual({ ok: true, groups: ['Legal team'] });
    expect(addCustomGroup([], '   ', [])).toEqual({ ok: false, error: 'group-empty' });
    expect(addCustomGroup([], 'x'.repeat(41), [])).toEqual({ ok: false, error: 'group-too-long' });
    expect(addCustomGroup(['Legal team'], 'legal TEAM', [])).toEqual({ ok: false, error: 'group-duplicate' });
    expect(addCustomGroup([], 'sales', ['Sales'])).toEqual({ ok: false, error: 'group-duplicate' });
    expect(addCustomGroup(['a', 'b', 'c', 'd', 'e', 'f'], 'g', [])).toEqual({ ok: false, error: 'group-too-many' });
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

describe('limits at their edges', () => {
  it.each([
    [{ name: 'n'.repeat(80) }, {}],
    [{ name: 'n'.repeat(81) }, { name: 'name-too-long' }],
    [{ role: ` ${'r'.repeat(100)} ` }, {}],
    [{ role: 'r'.repeat(101) }, { role: 'role-too-long' }],
    [{ role: '' }, { role: 'role-missing' }],
    [{ level: null }, { level: 'level-missing' }],
    [{ startDate: '' }, { startDate: 'start-missing' }],
  ])('%j gives %j', (patch, errors) => {
    expect(validateProfile({ ...complete, ...patch })).toEqual(errors);
    expect(isComplete({ ...complete, ...patch })).toBe(Object.keys(errors).length === 0);
  });

  it('takes a label of exactly 40 characters and a sixth group, refuses a seventh', () => {
    const label = 'g'.repeat(40);
    expect(addCustomGroup([], label, [])).toEqual({ ok: true, groups: [label] });
    const five = ['a', 'b', 'c', 'd', 'e'];
    expect(addCustomGroup(five, 'f', [])).toEqual({ ok: true, groups: [...five, 'f'] });
    expect(addCustomGroup([...five, 'f'], 'g', [])).toEqual({ ok: false, error: 'group-too-many' });
  });

  it('tells a duplicate from a new label among several groups and built-in labels', () => {
    expect(addCustomGroup(['Legal', 'Finance'], 'Design', ['Sales', 'Marketing'])).toEqual({
      ok: true,
      groups: ['Legal', 'Finance', 'Design'],
    });
    expect(addCustomGroup(['Legal', 'Finance'], 'FINANCE', [])).toEqual({ ok: false, error: 'group-duplicate' });
    expect(addCustomGroup([], 'Marketing', ['Sales', 'MARKETING'])).toEqual({ ok: false, error: 'group-duplicate' });
    // a duplicate is a duplicate even when the list is full
    expect(addCustomGroup(['a', 'b', 'c', 'd', 'e', 'f'], 'A', [])).toEqual({ ok: false, error: 'group-duplicate' });
  });

  it('tidies every run of whitespace into one space', () => {
    expect(tidy('a  \t\n  b   c')).toBe('a b c');
    expect(tidy('abc')).toBe('abc');
    expect(customGroupId('abc')).not.toBe(customGroupId('ABD'));
  });
});

describe('the empty profile a new reader starts from', () => {
  it('is the reader’s own plan, in the same organization, with nothing filled in or chosen', async () => {
    // a module-level value: read it as the module makes it now
    const { emptyProfile } = await freshImport(() => import('../../../src/tools/checklist/profile'));
    expect(emptyProfile).toEqual({
      audience: 'self',
      name: '',
      role: '',
      level: null,
      startDate: '',
      sameOrg: true,
      internal: [],
      customInternal: [],
      external: [],
    });
  });
});
