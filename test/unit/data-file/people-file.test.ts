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
    expect(reading.ok && reading.people).toEqual({ valid: people, refused: 0 });
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
});
