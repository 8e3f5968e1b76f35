import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCustomGroup,
  customGroupId,
  cutToLimit,
  emptyProfile,
  tidy,
  validateProfile,
} from '../../../src/tools/checklist/profile';
import { LIMITS } from '../../../src/tools/checklist/model';
import { words } from '../../../src/tools/checklist/words';

const complete = { ...emptyProfile, role: 'Team lead', level: 'supervisor' as const, startDate: '2026-12-01' };

describe('validateProfile', () => {
  it('asks for role, level and start date on an empty profile, in form order', () => {
    expect(Object.entries(validateProfile(emptyProfile))).toEqual([
      ['role', 'role-missing'],
      ['level', 'level-missing'],
      ['startDate', 'start-missing'],
    ]);
  });

  it.each([
    [{}, {}],
    [{ name: 'n'.repeat(LIMITS.name) }, {}],
    [{ name: 'n'.repeat(LIMITS.name + 1) }, { name: 'name-too-long' }],
    [{ role: ` ${'r'.repeat(LIMITS.role)} ` }, {}],
    [{ role: 'r'.repeat(LIMITS.role + 1) }, { role: 'role-too-long' }],
    [{ role: '   ' }, { role: 'role-missing' }],
    [{ level: null }, { level: 'level-missing' }],
    [{ startDate: '' }, { startDate: 'start-missing' }],
    [{ startDate: '2026-02-30' }, { startDate: 'start-invalid' }],
    [{ startDate: '12/01/2026' }, { startDate: 'start-invalid' }],
    [{ startDate: '0001-01-01' }, { startDate: 'start-invalid' }],
  ])('%j gives %j', (patch, errors) => {
    expect(validateProfile({ ...complete, ...patch })).toEqual(errors);
  });
});

describe('the reader’s own groups', () => {
  const six = ['a', 'b', 'c', 'd', 'e', 'f'];
  it.each([
    [[], '  Legal   team ', [], { ok: true, groups: ['Legal team'] }],
    [[], 'g'.repeat(LIMITS.groupLabel), [], { ok: true, groups: ['g'.repeat(LIMITS.groupLabel)] }],
    [six.slice(0, 5), 'f', [], { ok: true, groups: six }],
    [['Legal', 'Finance'], 'Design', ['Sales'], { ok: true, groups: ['Legal', 'Finance', 'Design'] }],
    [[], '   ', [], { ok: false, error: 'group-empty' }],
    [[], 'g'.repeat(LIMITS.groupLabel + 1), [], { ok: false, error: 'group-too-long' }],
    [['Legal team'], 'legal TEAM', [], { ok: false, error: 'group-duplicate' }],
    [[], 'Marketing', ['Sales', 'MARKETING'], { ok: false, error: 'group-duplicate' }],
    // a duplicate is a duplicate even when the list is full
    [six, 'A', [], { ok: false, error: 'group-duplicate' }],
    [six, 'g', [], { ok: false, error: 'group-too-many' }],
  ])('%j + %j (built in: %j) gives %j', (groups, label, builtIn, result) => {
    expect(addCustomGroup(groups, label, builtIn)).toEqual(result);
  });

  it('keeps the ids it always stored: the same label gives the same id whatever its case or spacing', () => {
    expect(customGroupId(' Legal ')).toBe('custom-38b82c0a');
    expect(customGroupId('Legal team')).toBe(customGroupId(' legal  TEAM '));
    expect(customGroupId('abc')).not.toBe(customGroupId('ABD'));
    // leading zeros kept
    const ids = Array.from({ length: 500 }, (_, i) => customGroupId(`group ${i}`));
    for (const id of ids) expect(id).toMatch(/^custom-[0-9a-f]{8}$/);
    expect(ids.some((id) => id.startsWith('custom-0'))).toBe(true);
  });

  it('tidies every run of whitespace into one space', () => {
    expect(tidy(' a \n b\t  c')).toBe('a b c');
  });
});

describe('cutting what the reader typed to a limit', () => {
  it.each([
    ['text within the limit', 'Ana', 'Ana', false],
    ['a paste of 500 characters', 'x'.repeat(500), 'x'.repeat(80), true],
    ['a family emoji across the limit', `${'a'.repeat(79)}👨‍👩‍👧‍👦`, 'a'.repeat(79), true],
    ['a flag that fits', `${'a'.repeat(76)}🇫🇷b`, `${'a'.repeat(76)}🇫🇷`, true],
    ['a flag across the limit', `${'a'.repeat(78)}🇫🇷`, 'a'.repeat(78), true],
    ['a letter with its accent', `${'a'.repeat(79)}e\u0301`, 'a'.repeat(79), true],
  ])('%s', (_, text, kept, shortened) => {
    expect(cutToLimit(text, 80)).toEqual({ text: kept, shortened });
  });

  it('keeps the longest whole-grapheme start that fits (property)', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const graphemes = (text: string) => [...segmenter.segment(text)].map((s) => s.segment);
    const piece = fc.constantFrom('a', 'é', 'e\u0301', '😀', '👨‍👩‍👧‍👦', '🇫🇷', 'ب', 'न्', '字', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), fc.integer({ min: 1, max: 100 }), (pieces, limit) => {
        const text = pieces.join('');
        const { text: cut, shortened } = cutToLimit(text, limit);
        const all = graphemes(text);
        const kept = graphemes(cut);
        expect(cut.length).toBeLessThanOrEqual(limit);
        expect(shortened).toBe(cut !== text);
        expect(kept).toEqual(all.slice(0, kept.length));
        if (shortened) expect(cut.length + all[kept.length]!.length).toBeGreaterThan(limit);
      }),
    );
  });
});

it('the form’s messages say the limits the code enforces', () => {
  expect(words.errors['name-too-long']).toBe('Keep the name to 80 characters or fewer.');
  expect(words.errors['role-too-long']).toBe('Keep the role title to 100 characters or fewer.');
  expect(words.errors['group-too-long']).toBe('Keep a group’s name to 40 characters or fewer.');
  expect(words.errors['group-too-many']).toBe('You can add up to 6 groups of your own.');
  expect(words.form.shortened(LIMITS.name)).toBe('That was too long, so it was shortened to 80 characters.');
});
