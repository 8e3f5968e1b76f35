import { describe, expect, it } from 'vitest';
import { makeDataFile, MAX_DATA_FILE_BYTES, readDataFile } from '../../../src/tools/your-data/format';
import { siteCodecs } from '../../../src/tools/your-data/site-codecs';
import { makePeople } from '../../support/people-db';

const NOW = new Date('2026-12-01T20:00:00.000Z');
const make = (people = makePeople(0), stored: Record<string, string> = { theme: 'dark' }) =>
  makeDataFile((id) => stored[id], 'UPPROACH', NOW, siteCodecs, people);

describe('people in the data file (version 2)', () => {
  it('carries every person and reads them back exactly', () => {
    const people = makePeople(500, (i) => ({
      notes: `line ${i}\n“quoted”, with a comma`,
      networks: i % 2 ? ['past'] : [],
    }));
    const made = make(people);
    expect(made.people).toBe(500);
    const reading = readDataFile(made.text, 'UPPROACH', siteCodecs);
    expect(reading.ok && reading.people).toEqual({ valid: people, refused: 0, settings: {} });
  });

  it('fits 30,000 people with notes well under the stated cap', () => {
    const people = makePeople(30_000, () => ({ notes: 'Met at the spring conference; ask about the new team.' }));
    const bytes = new TextEncoder().encode(make(people).text).length;
    expect(bytes).toBeLessThan(MAX_DATA_FILE_BYTES / 2);
  });

  it('a file with only people opens; a damaged person is counted and left out; a people field that is no list is damage', () => {
    const file = JSON.parse(make(makePeople(3), {}).text);
    file.people[1].networks = ['friends'];
    const reading = readDataFile(JSON.stringify(file), 'UPPROACH', siteCodecs);
    expect(reading.ok && reading.people?.refused).toBe(1);
    expect(reading.ok && reading.entries).toEqual([]);
    file.people = 'everyone';
    expect(readDataFile(JSON.stringify(file), 'UPPROACH', siteCodecs)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('still opens version 1 files, which have no people', () => {
    const v1 = JSON.stringify({
      format: 'upproach-data',
      version: 1,
      site: 'UPPROACH',
      items: { theme: 'dark' },
      people: [],
    });
    const reading = readDataFile(v1, 'UPPROACH', siteCodecs);
    expect(reading.ok && reading.people).toBeNull();
    expect(reading.ok && reading.entries).toEqual([{ id: 'theme', stored: 'dark' }]);
  });

  it('carries the logged contacts, the network cadences and the own organization, and reads them back exactly', () => {
    const people = makePeople(3, (i) => ({
      cadence: i === 0 ? 'off' : i === 1 ? 'month' : null,
      cadenceSince: i === 1 ? '2026-11-30' : null,
      snoozedUntil: i === 2 ? '2027-01-04' : null,
      contacts: [
        { id: `c${i}`, date: '2026-12-01', how: 'met', notes: 'Coffee, “finally”', give: 'thanks', plan: null },
      ],
      plannedContact: { date: '2027-01-04', reason: 'Thank your past network', key: 'checklist:p:thank' },
    }));
    const settings = {
      self: { organization: 'Acme, Inc.', title: 'Director' },
      cadences: { past: { every: 'half-year', since: '2026-12-07' } },
      calendar: { 'p-000001': { sequence: 2, due: '2027-01-04' }, 'p-000002': { sequence: 3, due: null } },
    } as const;
    const made = makeDataFile(() => undefined, 'UPPROACH', NOW, siteCodecs, people, settings);
    const reading = readDataFile(made.text, 'UPPROACH', siteCodecs);
    expect(reading.ok && reading.people).toEqual({ valid: people, refused: 0, settings });
  });

  it('a tampered setting is left out and the others kept; a person with a broken logged contact is refused', () => {
    const file = JSON.parse(
      makeDataFile(() => undefined, 'UPPROACH', NOW, siteCodecs, makePeople(2), {
        self: { organization: 'Acme', title: '' },
        cadences: { career: { every: 'month', since: '2026-12-07' } },
      }).text,
    );
    file.peopleSettings.cadences.career.every = 'hourly';
    file.people[0].contacts = [{ id: 'c', date: '2026-02-30', how: 'met', notes: '', give: null, plan: null }];
    const reading = readDataFile(JSON.stringify(file), 'UPPROACH', siteCodecs);
    expect(reading.ok && reading.people).toMatchObject({
      refused: 1,
      settings: { self: { organization: 'Acme', title: '' } },
    });
    expect(reading.ok && reading.people?.settings.cadences).toBeUndefined();
  });

  it('a logged contact’s over-long note is cut, never the reason to lose the person; an id that could break a calendar file is refused', () => {
    const file = JSON.parse(makeDataFile(() => undefined, 'UPPROACH', NOW, siteCodecs, makePeople(2)).text);
    file.people[0].contacts = [
      { id: 'c1', date: '2026-12-01', how: 'call', notes: 'x'.repeat(1500), give: null, plan: null },
    ];
    file.people[1].id = 'p-1\r\nATTENDEE:mailto:someone@example.com';
    const reading = readDataFile(JSON.stringify(file), 'UPPROACH', siteCodecs);
    expect(reading.ok && reading.people?.refused).toBe(1);
    const [kept] = (reading.ok && reading.people?.valid) || [];
    expect(kept?.contacts[0]?.notes).toHaveLength(1000);
  });
});
