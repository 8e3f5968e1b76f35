/**
 * The data file carries the checklist's messages (ChecklistState `messages`) both ways, and a
 * file made before messages existed still imports.
 */
import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../../src/tools/checklist/profile';
import { initialState } from '../../../src/tools/checklist/state';
import { makeDataFile, readDataFile } from '../../../src/tools/your-data/format';
import { siteCodecs } from '../../../src/tools/your-data/site-codecs';

const SITE = 'UPPROACH';
const NOW = new Date('2026-12-01T20:00:00.000Z');
const checklist = {
  ...initialState,
  profile: { ...emptyProfile, role: 'Team lead' },
  names: { 'op-peers': ['Sally Park'] },
  built: true,
};
const messages = { 'op-peers': 'Hi Sally,\n\n<img src=x onerror=alert(1)> {role}', 'past-thank': '' };

function imported(value: unknown) {
  const file = JSON.stringify({
    format: 'upproach-data',
    version: 1,
    site: SITE,
    exported: NOW.toISOString(),
    items: { checklist: value },
  });
  const reading = readDataFile(file, SITE, siteCodecs);
  if (!reading.ok) throw new Error(reading.problem);
  return reading.entries.find((e) => e.id === 'checklist')!.stored;
}

describe('the checklist’s messages in the data file', () => {
  it('are written to the file as stored, and read back the same', () => {
    const made = makeDataFile(
      (id) => (id === 'checklist' ? JSON.stringify({ ...checklist, messages }) : null),
      SITE,
      NOW,
      siteCodecs,
    );
    const file = JSON.parse(made.text);
    expect(file.items.checklist.messages).toEqual(messages);
    const readBack = readDataFile(made.text, SITE, siteCodecs);
    expect(readBack.ok && JSON.parse(readBack.entries[0]!.stored!).messages).toEqual(messages);
  });

  it('a file from before messages existed imports, with no messages', () => {
    const stored = imported(checklist);
    expect(stored).not.toBeNull();
    expect(JSON.parse(stored!)).toEqual(checklist);
  });

  it('a file with tampered messages is refused for the checklist, not half imported', () => {
    expect(imported({ ...checklist, messages: { 'op-peers': 42 } })).toBeNull();
  });
});
