import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../../src/tools/checklist/profile';
import { initialState as checklistInitial } from '../../../src/tools/checklist/state';
import { jsonCodec, makeCodecs, themeCodec, type Codecs } from '../../../src/tools/your-data/codecs';
import {
  DATA_FILE_FORMAT,
  DATA_FILE_VERSION,
  MAX_DATA_FILE_BYTES,
  dataFileName,
  fileTooLarge,
  makeDataFile,
  readDataFile,
  type DataFileReading,
} from '../../../src/tools/your-data/format';
import { siteCodecs } from '../../../src/tools/your-data/site-codecs';
import { initialState as estimatorInitial } from '../../../src/tools/estimator/state';
import { storageIds, storageRegistry, type StorageId } from '../../../src/shared/storage/registry';

const SITE = 'UPPROACH';
const NOW = new Date('2026-12-01T20:00:00.000Z');

/** What the tools store, as they store it (JSON text; the theme as its bare word). */
const stored: Record<StorageId, string> = {
  theme: 'dark',
  purpose: JSON.stringify({ v: 1, purpose: 'strategic' }),
  quiz: JSON.stringify({ v: 1, started: true, step: 3, answers: { strategy: 'middle', q1: 'a' } }),
  estimator: JSON.stringify({ ...estimatorInitial, method: 'names' }),
  checklist: JSON.stringify({
    ...checklistInitial,
    profile: { ...emptyProfile, role: 'Team lead' },
    done: ['a-1'],
    built: true,
  }),
};

const fileOf = (items: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: DATA_FILE_FORMAT,
    version: DATA_FILE_VERSION,
    site: SITE,
    exported: NOW.toISOString(),
    items,
    ...extra,
  });

function entries(reading: DataFileReading) {
  if (!reading.ok) throw new Error(`refused: ${reading.problem}`);
  return Object.fromEntries(reading.entries.map((e) => [e.id, e.stored]));
}

/** codecs that accept every JSON value, to see what the file format alone does */
const permissive: Codecs = makeCodecs({
  purpose: (v) => v,
  quiz: (v) => v,
  estimator: (v) => v,
  checklist: (v) => v,
});

describe('makeDataFile', () => {
  it('writes the site name, the format version, the date and every stored value', () => {
    const made = makeDataFile((id) => stored[id], SITE, NOW, siteCodecs);
    const file = JSON.parse(made.text);
    expect(file).toMatchObject({
      format: 'upproach-data',
      version: 1,
      site: 'UPPROACH',
      exported: '2026-12-01T20:00:00.000Z',
    });
    expect(Object.keys(file.items)).toEqual(storageIds);
    expect(file.items.theme).toBe('dark');
    expect(file.items.purpose).toEqual({ v: 1, purpose: 'strategic' });
    expect(made.included).toEqual(storageIds);
    expect(made.unreadable).toEqual([]);
  });
  it('leaves out what is not stored, and names what is stored but unreadable', () => {
    const made = makeDataFile(
      (id) => (id === 'quiz' ? '{"v":1,' : id === 'theme' ? stored.theme : null),
      SITE,
      NOW,
      siteCodecs,
    );
    expect(made.included).toEqual(['theme']);
    expect(made.unreadable).toEqual(['quiz']);
    expect(Object.keys(JSON.parse(made.text).items)).toEqual(['theme']);
  });
  it('leaves out what the reader never stored (undefined as well as null)', () => {
    const made = makeDataFile((id) => (id === 'theme' ? 'light' : undefined), SITE, NOW, siteCodecs);
    expect(made.included).toEqual(['theme']);
    expect(made.unreadable).toEqual([]);
  });
  it('names the file by the local date', () => {
    expect(dataFileName(SITE, new Date(2026, 0, 5, 23, 59))).toBe('upproach-data-2026-01-05.json');
    expect(dataFileName(SITE, new Date(2026, 10, 25))).toBe('upproach-data-2026-11-25.json');
  });
  it.each([
    ['Your  Site', 'your-site'],
    ['Site 2 — Notes!', 'site-2-notes-'],
    ['r2d2', 'r2d2'],
  ])('names the file after the site %j as %j', (site, name) => {
    expect(dataFileName(site, new Date(2026, 0, 5))).toBe(`${name}-data-2026-01-05.json`);
  });
});

describe('readDataFile', () => {
  it('gives back exactly what was stored (export, then import)', () => {
    const made = makeDataFile((id) => stored[id], SITE, NOW, siteCodecs);
    const reading = readDataFile(made.text, SITE, siteCodecs);
    expect(reading.ok && reading.exported?.toISOString()).toBe(NOW.toISOString());
    expect(entries(reading)).toEqual(stored);
  });
  it('refuses each kind of wrong file with its reason', () => {
    const good = makeDataFile((id) => stored[id], SITE, NOW, siteCodecs).text;
    const problem = (text: unknown) => {
      const r = readDataFile(text, SITE, siteCodecs);
      return r.ok ? 'ok' : r.problem;
    };
    expect(problem(good.slice(0, good.length / 2))).toBe('not-json'); // truncated
    expect(problem('hello')).toBe('not-json');
    expect(problem(42)).toBe('not-json');
    expect(problem('{"name":"another app"}')).toBe('foreign');
    expect(problem('[1,2,3]')).toBe('foreign');
    expect(problem(fileOf({ theme: 'dark' }, { site: 'Someone else' }))).toBe('foreign');
    expect(problem(fileOf({ theme: 'dark' }, { version: 2 }))).toBe('newer');
    expect(problem(fileOf({ theme: 'dark' }, { version: 0 }))).toBe('damaged');
    expect(problem(fileOf({ theme: 'dark' }, { version: '1' }))).toBe('damaged');
    expect(problem(fileOf({ theme: 'dark' }, { items: [] }))).toBe('damaged');
    expect(problem(fileOf({}))).toBe('empty');
    expect(problem(fileOf({ other: 1 }))).toBe('empty');
    expect(problem(fileOf({ theme: 'x'.repeat(MAX_DATA_FILE_BYTES) }))).toBe('too-large');
    expect(problem(`\uFEFF${good}`)).toBe('ok');
  });
  it.each([
    ['JSON that is no object', 'null', 'foreign'],
    ['JSON text', '"upproach-data"', 'foreign'],
    ['another format of this site', fileOf({ theme: 'dark' }, { format: 'upproach-backup' }), 'foreign'],
    ['no format', fileOf({ theme: 'dark' }, { format: undefined }), 'foreign'],
    ['a version that is no whole number', fileOf({ theme: 'dark' }, { version: 1.5 }), 'damaged'],
    ['a version that is no number', fileOf({ theme: 'dark' }, { version: null }), 'damaged'],
    ['no items', fileOf({ theme: 'dark' }, { items: null }), 'damaged'],
    ['items that are text', fileOf({ theme: 'dark' }, { items: 'theme' }), 'damaged'],
    ['a BOM that is not at the start', fileOf({ theme: 'dark' }).replace('{', '{\uFEFF'), 'not-json'],
  ])('refuses %s', (_name, text, problem) => {
    expect(readDataFile(text, SITE, siteCodecs)).toEqual({ ok: false, problem });
  });
  it('refuses anything that is not text, even a String object holding a good file', () => {
    // eslint-disable-next-line @typescript-eslint/no-wrapper-object-types
    const boxed: String = new String(fileOf({ theme: 'dark' }));
    expect(readDataFile(boxed, SITE, siteCodecs)).toEqual({ ok: false, problem: 'not-json' });
    expect(readDataFile(undefined, SITE, siteCodecs)).toEqual({ ok: false, problem: 'not-json' });
  });
  it('reads a file of exactly the size limit, and refuses one a byte over it, counting bytes, not characters', () => {
    const file = fileOf({ theme: 'dark' });
    const exact = file + ' '.repeat(MAX_DATA_FILE_BYTES - file.length);
    expect(readDataFile(exact, SITE, siteCodecs).ok).toBe(true);
    expect(readDataFile(`${exact} `, SITE, siteCodecs)).toEqual({ ok: false, problem: 'too-large' });
    // fewer characters than the limit, but two bytes each in UTF-8
    const wide = fileOf({ theme: 'dark' }, { note: 'é'.repeat(MAX_DATA_FILE_BYTES / 2) });
    expect(wide.length).toBeLessThan(MAX_DATA_FILE_BYTES);
    expect(readDataFile(wide, SITE, siteCodecs)).toEqual({ ok: false, problem: 'too-large' });
  });
  it('keeps a BOM that is inside a value, and drops only the one that starts the file', () => {
    const reading = readDataFile(`\uFEFF${fileOf({ quiz: { v: 1, note: '\uFEFFx' } })}`, SITE, permissive);
    expect(entries(reading)).toEqual({ quiz: JSON.stringify({ v: 1, note: '\uFEFFx' }) });
  });
  it('refuses an entry whose check throws, and keeps the others', () => {
    const throwing: Codecs = {
      ...permissive,
      quiz: {
        ...permissive.quiz,
        toStored: () => {
          throw new Error('boom');
        },
      },
    };
    const reading = readDataFile(fileOf({ theme: 'dark', quiz: { v: 1 } }), SITE, throwing);
    expect(reading.ok && reading.entries).toEqual([
      { id: 'theme', stored: 'dark' },
      { id: 'quiz', stored: null },
    ]);
  });
  it('refuses files over the size limit before reading them, a 10 MB file included', () => {
    expect(fileTooLarge(10 * 1024 * 1024)).toBe(true);
    expect(fileTooLarge(MAX_DATA_FILE_BYTES + 1)).toBe(true);
    expect(fileTooLarge(MAX_DATA_FILE_BYTES)).toBe(false);
    expect(fileTooLarge(Number.NaN)).toBe(true);
  });
  it('marks a corrupt entry and keeps the others importable', () => {
    const items = JSON.parse(makeDataFile((id) => stored[id], SITE, NOW, siteCodecs).text).items;
    items.quiz = { v: 1, started: 'yes', step: -1, answers: 'none' };
    items.unknownTool = { a: 1 };
    const reading = readDataFile(fileOf(items), SITE, siteCodecs);
    expect(entries(reading)).toEqual({ ...stored, quiz: null });
    expect(reading.ok && reading.unknown).toEqual(['unknownTool']);
  });
  it('stores only what the parser keeps, never extra fields of a hand-edited file', () => {
    const reading = readDataFile(
      fileOf({ purpose: { v: 1, purpose: 'brand', note: 'hand-edited' } }),
      SITE,
      siteCodecs,
    );
    expect(entries(reading)).toEqual({ purpose: '{"v":1,"purpose":"brand"}' });
  });
  it('an unreadable date is left out, not shown as a wrong date', () => {
    const reading = readDataFile(fileOf({ theme: 'light' }, { exported: 'yesterday' }), SITE, siteCodecs);
    expect(reading.ok && reading.exported).toBeNull();
  });
  it.each([
    ['a number', 0],
    ['missing', undefined],
    ['null', null],
  ])('a date that is %s is left out', (_name, exported) => {
    const reading = readDataFile(fileOf({ theme: 'light' }, { exported }), SITE, siteCodecs);
    expect(reading.ok && reading.exported).toBeNull();
  });
  it('never throws and never accepts a value the tool’s parser refuses, whatever the file', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        readDataFile(text, SITE, siteCodecs);
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 1 }), (items, version) => {
        const reading = readDataFile(fileOf({ theme: 'dark' }, { items, version }), SITE, siteCodecs);
        if (reading.ok) expect(version).toBe(1);
      }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...storageIds, 'other'), fc.jsonValue({ maxDepth: 3 })), (items) => {
        const reading = readDataFile(fileOf(items), SITE, siteCodecs);
        if (!reading.ok) return;
        for (const entry of reading.entries) {
          if (entry.stored === null) continue;
          // what would be stored decodes, as storage decodes it, to the same value
          const again = siteCodecs[entry.id].fromStored(entry.stored);
          expect(again).not.toBeNull();
          expect(siteCodecs[entry.id].toStored(again!.value)).toBe(entry.stored);
        }
      }),
    );
  });
  it('round-trips any stored values the tools accept', () => {
    const quizState = fc.record({
      v: fc.constant(1),
      started: fc.boolean(),
      step: fc.integer({ min: 0, max: 1000 }),
      answers: fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ maxLength: 10 }), { maxKeys: 20 }),
    });
    fc.assert(
      fc.property(fc.constantFrom('light', 'dark'), quizState, (theme, quiz) => {
        const raw: Partial<Record<StorageId, string>> = { theme, quiz: JSON.stringify(quiz) };
        const made = makeDataFile((id) => raw[id], SITE, NOW, siteCodecs);
        const reading = readDataFile(made.text, SITE, siteCodecs);
        expect(entries(reading)).toEqual(raw);
      }),
    );
  });
});

describe('codecs', () => {
  it('the theme is the bare word, as the theme script stores it', () => {
    expect(themeCodec.fromStored('dark')).toEqual({ value: 'dark' });
    expect(themeCodec.fromStored('"dark"')).toBeNull();
    expect(themeCodec.toStored('light')).toBe('light');
    expect(themeCodec.toStored({})).toBeNull();
  });
  it('a JSON codec refuses values that cannot be written as JSON', () => {
    const codec = jsonCodec((v) => v);
    expect(codec.toStored(undefined)).toBeNull();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(codec.toStored(cyclic)).toBeNull();
    expect(codec.toStored(10n)).toBeNull();
  });
  it('never stores or reads a purpose of null, even with a parser that would take it', () => {
    const codecs = makeCodecs({ purpose: () => ({ v: 1 }), quiz: (v) => v, estimator: (v) => v, checklist: (v) => v });
    expect(codecs.purpose.toStored(null)).toBeNull();
    expect(codecs.purpose.fromStored('null')).toBeNull();
    expect(codecs.purpose.toStored({ v: 1, purpose: 'brand' })).toBe('{"v":1}');
    expect(codecs.quiz.toStored(null)).toBeNull();
  });
  it('a JSON codec stores what its parser keeps, and reads back only what it accepts', () => {
    const codec = jsonCodec((v) => (Array.isArray(v) ? v.slice(0, 1) : null));
    expect(codec.toStored([1, 2])).toBe('[1]');
    expect(codec.toStored({})).toBeNull();
    expect(codec.fromStored('[3,4]')).toEqual({ value: [3] });
    expect(codec.fromStored('{}')).toBeNull();
    expect(codec.fromStored('[3,')).toBeNull();
  });
  it('each registry entry has a codec', () => {
    expect(Object.keys(siteCodecs).sort()).toEqual([...storageIds].sort());
    expect(Object.keys(storageRegistry).sort()).toEqual([...storageIds].sort());
  });
});
