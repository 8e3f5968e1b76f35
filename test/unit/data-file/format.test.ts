import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storageIds, type StorageId } from '../../../src/shared/storage/registry';
import { emptyProfile } from '../../../src/tools/checklist/profile';
import { initialState as checklistInitial } from '../../../src/tools/checklist/state';
import { initialState as estimatorInitial } from '../../../src/tools/estimator/state';
import {
  MAX_DATA_FILE_BYTES,
  dataFileName,
  fileTooLarge,
  makeDataFile,
  readDataFile,
  type DataFileReading,
} from '../../../src/tools/your-data/format';
import { siteCodecs, type Codecs } from '../../../src/tools/your-data/site-codecs';

const SITE = 'UPPROACH';
const NOW = new Date('2026-12-01T20:00:00.000Z');
const checklist = { ...checklistInitial, profile: { ...emptyProfile, role: 'Team lead' }, done: ['a-1'], built: true };
const messages = { 'op-peers': '\uFEFFHi Sally,\n\n<img src=x onerror=alert(1)> {role}', 'past-thank': '' };

/** What the tools store, as they store it (JSON text; the theme as its bare word). */
const stored: Record<StorageId, string> = {
  theme: 'dark',
  purpose: JSON.stringify({ v: 1, purpose: 'strategic' }),
  quiz: JSON.stringify({ v: 1, started: true, step: 3, answers: { strategy: 'middle', q1: 'a' } }),
  estimator: JSON.stringify({ ...estimatorInitial, method: 'names' }),
  checklist: JSON.stringify({ ...checklist, messages }),
};
const made = (raw: Partial<Record<StorageId, string | null>> = stored) =>
  makeDataFile((id) => raw[id], SITE, NOW, siteCodecs);

const fileOf = (items: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'upproach-data', version: 1, site: SITE, exported: NOW.toISOString(), items, ...extra });

const read = (text: unknown, codecs: Codecs = siteCodecs) => readDataFile(text, SITE, codecs);
function entries(reading: DataFileReading) {
  if (!reading.ok) throw new Error(`refused: ${reading.problem}`);
  return Object.fromEntries(reading.entries.map((e) => [e.id, e.stored]));
}
const problem = (text: unknown) => {
  const reading = read(text);
  return reading.ok ? 'ok' : reading.problem;
};

describe('makeDataFile', () => {
  it('writes the site name, the format version, the date and every stored value, in the registry’s order', () => {
    const file = made();
    expect(JSON.parse(file.text)).toMatchObject({
      format: 'upproach-data',
      version: 2,
      site: 'UPPROACH',
      exported: '2026-12-01T20:00:00.000Z',
      items: { theme: 'dark', purpose: { v: 1, purpose: 'strategic' }, checklist: { messages } },
    });
    expect(Object.keys(JSON.parse(file.text).items)).toEqual(storageIds);
    expect([file.included, file.unreadable]).toEqual([storageIds, []]);
  });
  it('leaves out what is not stored, and names what is stored but unreadable', () => {
    const file = made({ theme: 'light', quiz: '{"v":1,', purpose: null });
    expect([file.included, file.unreadable]).toEqual([['theme'], ['quiz']]);
    expect(Object.keys(JSON.parse(file.text).items)).toEqual(['theme']);
  });
  it.each([
    [SITE, new Date(2026, 0, 5, 23, 59), 'upproach-data-2026-01-05.json'],
    [SITE, new Date(2026, 10, 25), 'upproach-data-2026-11-25.json'],
    ['Your  Site', new Date(2026, 0, 5), 'your-site-data-2026-01-05.json'],
    ['Site 2 — Notes!', new Date(2026, 0, 5), 'site-2-notes--data-2026-01-05.json'],
  ])('names the file for %j by the local date', (site, date, name) => {
    expect(dataFileName(site, date)).toBe(name);
  });
});

describe('readDataFile', () => {
  it('gives back exactly what was stored (export, then import), the checklist’s messages included', () => {
    const reading = read(made().text);
    expect(reading.ok && reading.exported?.toISOString()).toBe(NOW.toISOString());
    expect(entries(reading)).toEqual(stored);
    expect(entries(read(`\uFEFF${made().text}`))).toEqual(stored);
  });
  it.each([
    ['a truncated file', made().text.slice(0, 400), 'not-json'],
    ['text', 'hello', 'not-json'],
    ['a number', 42, 'not-json'],
    ['a String object holding a good file', new String(fileOf({ theme: 'dark' })), 'not-json'],
    ['a BOM that is not at the start', fileOf({ theme: 'dark' }).replace('{', '{\uFEFF'), 'not-json'],
    ['another app’s JSON', '{"name":"another app"}', 'foreign'],
    ['JSON that is no object', '[1,2,3]', 'foreign'],
    ['JSON text', '"upproach-data"', 'foreign'],
    ['another site’s file', fileOf({ theme: 'dark' }, { site: 'Someone else' }), 'foreign'],
    ['another format of this site', fileOf({ theme: 'dark' }, { format: 'upproach-backup' }), 'foreign'],
    ['a newer version', fileOf({ theme: 'dark' }, { version: 3 }), 'newer'],
    ['version 0', fileOf({ theme: 'dark' }, { version: 0 }), 'damaged'],
    ['a version as text', fileOf({ theme: 'dark' }, { version: '1' }), 'damaged'],
    ['a version that is no whole number', fileOf({ theme: 'dark' }, { version: 1.5 }), 'damaged'],
    ['items as a list', fileOf([]), 'damaged'],
    ['no items', fileOf(null), 'damaged'],
    ['no item of this site', fileOf({ other: 1 }), 'empty'],
    ['a file over the size limit', fileOf({ theme: 'x'.repeat(MAX_DATA_FILE_BYTES) }), 'too-large'],
  ])('refuses %s', (_name, text, reason) => {
    expect(problem(text)).toBe(reason);
  });
  it('reads a file of exactly the size limit, and refuses one a byte over it, counting bytes, not characters', () => {
    const file = fileOf({ theme: 'dark' });
    const exact = file + ' '.repeat(MAX_DATA_FILE_BYTES - file.length);
    expect([problem(exact), problem(`${exact} `)]).toEqual(['ok', 'too-large']);
    // fewer characters than the limit, but two bytes each in UTF-8
    expect(problem(fileOf({ theme: 'dark' }, { note: 'é'.repeat(MAX_DATA_FILE_BYTES / 2) }))).toBe('too-large');
  });
  it('refuses a file over the size limit (40 MB) before reading it, a 50 MB file included', () => {
    expect([50 * 1024 * 1024, MAX_DATA_FILE_BYTES + 1, MAX_DATA_FILE_BYTES, NaN].map(fileTooLarge)).toEqual([
      true,
      true,
      false,
      true,
    ]);
  });
  it('marks a tampered or corrupt entry, keeps the others importable, and names the unknown ones', () => {
    const items = { ...JSON.parse(made().text).items, unknownTool: { a: 1 } };
    items.quiz = { v: 1, started: 'yes', step: -1, answers: 'none' };
    items.checklist = { ...checklist, messages: { 'op-peers': 42 } };
    const reading = read(fileOf(items));
    expect(entries(reading)).toEqual({ ...stored, quiz: null, checklist: null });
    expect(reading.ok && reading.unknown).toEqual(['unknownTool']);
    const toStored = () => {
      throw new Error('boom');
    };
    const throwing = { ...siteCodecs, theme: { ...siteCodecs.theme, toStored } };
    expect(entries(read(fileOf({ theme: 'dark', purpose: { v: 1, purpose: 'brand' } }), throwing)).theme).toBeNull();
  });
  it('imports a checklist saved before messages existed, and stores only what the parser keeps', () => {
    expect(entries(read(fileOf({ checklist })))).toEqual({ checklist: JSON.stringify(checklist) });
    const edited = read(fileOf({ purpose: { v: 1, purpose: 'brand', note: 'hand-edited' } }));
    expect(entries(edited)).toEqual({ purpose: '{"v":1,"purpose":"brand"}' });
  });
  it('leaves out a date it cannot read, rather than show a wrong one', () => {
    for (const exported of ['yesterday', 0, undefined, null])
      expect(read(fileOf({ theme: 'light' }, { exported }))).toMatchObject({ ok: true, exported: null });
  });
  it('never throws and never accepts a value the tool’s parser refuses, whatever the file', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => void read(text)));
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 1 }), (items, version) => {
        if (read(fileOf({ theme: 'dark' }, { items, version })).ok) expect(version).toBe(1);
      }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...storageIds, 'other'), fc.jsonValue({ maxDepth: 3 })), (items) => {
        const reading = read(fileOf(items));
        for (const entry of reading.ok ? reading.entries : []) {
          if (entry.stored === null) continue;
          // what would be stored decodes, as storage decodes it, to the same value
          const again = siteCodecs[entry.id].fromStored(entry.stored);
          expect(siteCodecs[entry.id].toStored(again!.value)).toBe(entry.stored);
        }
      }),
    );
  });
  it('round-trips any stored values the tools accept', () => {
    const quiz = fc.record({
      v: fc.constant(1),
      started: fc.boolean(),
      step: fc.integer({ min: 0, max: 1000 }),
      answers: fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ maxLength: 10 }), { maxKeys: 20 }),
    });
    fc.assert(
      fc.property(fc.constantFrom('light', 'dark'), quiz, (theme, state) => {
        const raw = { theme, quiz: JSON.stringify(state) };
        expect(entries(read(made(raw).text))).toEqual(raw);
      }),
    );
  });
});

describe('codecs', () => {
  it('keep the theme as the bare word the theme script stores, and never store a purpose of null', () => {
    expect([siteCodecs.theme.fromStored('"dark"'), siteCodecs.theme.toStored({})]).toEqual([null, null]);
    expect([siteCodecs.purpose.toStored(null), siteCodecs.purpose.fromStored('null')]).toEqual([null, null]);
  });
});
