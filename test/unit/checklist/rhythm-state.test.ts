/**
 * The review rhythm and the "never good at networking" choice are stored with the plan: as
 * optional fields, so saves and data files from before them still load (without them), and the
 * data file carries them both ways, checked by the same parser as storage.
 */
import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../../src/tools/checklist/profile';
import { initialState, parseState, type ChecklistState } from '../../../src/tools/checklist/state';
import { DATA_FILE_FORMAT, DATA_FILE_VERSION, makeDataFile, readDataFile } from '../../../src/tools/your-data/format';
import { siteCodecs } from '../../../src/tools/your-data/site-codecs';

const older: ChecklistState = {
  v: 1,
  profile: {
    audience: 'self',
    name: 'Ana Ruiz',
    role: 'Head of Sales',
    level: 'manager',
    startDate: '2027-01-04',
    sameOrg: true,
    internal: ['sales'],
    customInternal: [],
    external: [],
  },
  done: ['past-thank'],
  names: {},
  built: true,
  planId: '9c1d4e2f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
};

const withRhythm: ChecklistState = {
  ...older,
  profile: { ...older.profile, newToNetworking: true },
  done: ['past-thank', 'review-network:operational'],
  rhythms: { operational: 'two-weeks', strategic: 'quarter' },
};

describe('parseState with the review rhythm and the three-step start', () => {
  it('loads a save from before both existed, unchanged (no network reviewed, no three-step start)', () => {
    const parsed = parseState(JSON.parse(JSON.stringify(older)))!;
    expect(parsed).toEqual(older);
    expect(parsed.rhythms).toBeUndefined();
    expect(parsed.profile.newToNetworking).toBeUndefined();
  });

  it('keeps both through a JSON round trip', () => {
    expect(parseState(JSON.parse(JSON.stringify(withRhythm)))).toEqual(withRhythm);
    expect(parseState({ ...withRhythm, rhythms: {} })).toEqual({ ...withRhythm, rhythms: {} });
    expect(parseState(initialState)).toEqual(initialState);
  });

  it.each([
    ['an unknown interval', { ...withRhythm, rhythms: { operational: 'daily' } }],
    ['an unknown network', { ...withRhythm, rhythms: { team: 'week' } }],
    ['rhythms as a list', { ...withRhythm, rhythms: ['week'] }],
    [
      'a choice that is not true or false',
      { ...withRhythm, profile: { ...withRhythm.profile, newToNetworking: 'yes' } },
    ],
  ])('refuses %s', (_, value) => {
    expect(parseState(value)).toBeNull();
  });
});

describe('the data file', () => {
  const storedOf = (state: unknown) => (id: string) => (id === 'checklist' ? JSON.stringify(state) : null);

  it('carries the rhythms and the choice out and back in', () => {
    const made = makeDataFile(storedOf(withRhythm), 'UPPROACH', new Date(), siteCodecs);
    const file = JSON.parse(made.text);
    expect(file.items.checklist.rhythms).toEqual({ operational: 'two-weeks', strategic: 'quarter' });
    expect(file.items.checklist.profile.newToNetworking).toBe(true);
    const reading = readDataFile(made.text, 'UPPROACH', siteCodecs);
    if (!reading.ok) throw new Error(reading.problem);
    expect(JSON.parse(reading.entries.find((e) => e.id === 'checklist')!.stored!)).toEqual(withRhythm);
  });

  it('still imports a file made before them', () => {
    const text = JSON.stringify({
      format: DATA_FILE_FORMAT,
      version: DATA_FILE_VERSION,
      site: 'UPPROACH',
      exported: '2026-11-01T10:00:00.000Z',
      items: { checklist: older },
    });
    const reading = readDataFile(text, 'UPPROACH', siteCodecs);
    if (!reading.ok) throw new Error(reading.problem);
    expect(JSON.parse(reading.entries.find((e) => e.id === 'checklist')!.stored!)).toEqual(older);
  });

  it('refuses a file whose rhythm was tampered with, and names the entry instead of storing it', () => {
    const text = JSON.stringify({
      format: DATA_FILE_FORMAT,
      version: DATA_FILE_VERSION,
      site: 'UPPROACH',
      exported: '2026-11-01T10:00:00.000Z',
      items: { checklist: { ...withRhythm, rhythms: { past: '<script>' } } },
    });
    const reading = readDataFile(text, 'UPPROACH', siteCodecs);
    if (!reading.ok) throw new Error(reading.problem);
    expect(reading.entries.find((e) => e.id === 'checklist')!.stored).toBeNull();
  });
});

it('an empty profile says nothing about networking until the reader does', () => {
  expect(emptyProfile.newToNetworking).toBeUndefined();
});
