import { describe, expect, it } from 'vitest';
import { caps } from '@/tools/people/import/limits';
import { parseDate } from '@/tools/people/import/parsers/columns';
import { parseText, readFile } from '@/tools/people/import/read';
import type { Incoming, ReadResult } from '@/tools/people/import/types';
import {
  connection,
  googleCsv,
  LINKEDIN_HEADER,
  linkedinArchive,
  linkedinExport,
  utf16le,
  vcard21,
  vcard30,
  vcard40,
  windows1252,
} from '../../../support/people-fixtures';

const read = (bytes: Uint8Array<ArrayBuffer> | string, name = 'Connections.csv') =>
  readFile(new Blob([typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes]), name);

function people(result: ReadResult): readonly Incoming[] {
  if (!result.ok) throw new Error(`expected people, got the problem ${result.problem.code}`);
  return result.people;
}

describe('LinkedIn Connections.csv as it really is', () => {
  const file = linkedinExport({ distinct: 120 });

  it('reads every row after the byte-order mark and the "Notes:" lines, with its fields', async () => {
    const result = await read(file.text);
    expect(result.ok && result.format).toBe('linkedin');
    const all = people(result);
    expect(all).toHaveLength(120);
    const c = connection(7);
    expect(all[7]).toMatchObject({
      name: `${c.first} ${c.last}`,
      organization: c.company,
      title: c.position,
      profileUrl: 'https://linkedin.com/in/person-7-åb',
      source: 'linkedin',
    });
    expect(all[0]!.title).toBe('VP, Engineering and mentor'); // a quoted line break, spaces made one
    expect(all[4]!.organization).toBe('Umbrella "Labs"');
    expect(all[3]!.emails).toEqual(['person3@example.com']);
    expect(all[1]!.emails).toEqual([]);
  });

  it('keeps emoji and right-to-left names as written', async () => {
    const all = people(await read(file.text));
    expect(all[2]!.name).toBe('Zoë 🌟 Jones 2');
    expect(all[3]!.name).toBe('ليلى Jones 3');
    expect(all[33]!.organization).toBe('شركة النور');
  });

  it('reads LinkedIn dates ("05 Mar 2024") and leaves other dates unknown', () => {
    expect(parseDate('05 Mar 2024')).toBe('2024-03-05');
    expect(parseDate('5 March 2024')).toBe('2024-03-05');
    expect(parseDate('2024-03-05')).toBe('2024-03-05');
    for (const bad of ['31 Feb 2024', '05 Foo 2024', '3/5/24', '', 'yesterday']) expect(parseDate(bad)).toBeNull();
  });

  it('reads the same export saved as UTF-16 with a byte-order mark, and as Windows-1252', async () => {
    const text = `${LINKEDIN_HEADER}\r\nJosé,Núñez,https://www.linkedin.com/in/jn,,Café Société,Directeur – Ventes,01 Jan 2020\r\n`;
    for (const bytes of [utf16le(text), windows1252(text)]) {
      const [p] = people(await read(bytes));
      expect(p).toMatchObject({ name: 'José Núñez', organization: 'Café Société', title: 'Directeur – Ventes' });
    }
  });

  it('reads semicolons, columns in another order, other header names and missing columns', async () => {
    const semicolons = 'Company;Last Name;First Name;E-mail Address\r\n"Acme; Inc.";Jones;Mary;MARY@Example.com\r\n';
    expect(people(await read(semicolons))[0]).toMatchObject({
      name: 'Mary Jones',
      organization: 'Acme; Inc.',
      emails: ['mary@example.com'],
    });
    const other = 'Given Name\tSurname\tJob Title\tOrganisation\nAda\tLovelace\tAnalyst\tEngines Ltd\n';
    expect(people(await read(other))[0]).toMatchObject({
      name: 'Ada Lovelace',
      title: 'Analyst',
      organization: 'Engines Ltd',
    });
    const missing = 'First Name,Last Name\r\nGrace,Hopper\r\n';
    expect(people(await read(missing))[0]).toMatchObject({ name: 'Grace Hopper', organization: '', profileUrl: '' });
  });

  it('names the rows with nothing to know a person by, and reads the others', async () => {
    const result = await read(`${LINKEDIN_HEADER}\r\n,,,,Acme,CEO,01 Jan 2020\r\nAl,B,,,,,\r\n`);
    expect(people(result).map((p) => p.name)).toEqual(['Al B']);
    expect(result.ok && result.skipped).toEqual([{ at: 2, reason: 'no-identity' }]);
  });
});

describe('LinkedIn’s data archive', () => {
  it('finds Connections.csv among the other files', async () => {
    const result = await read(linkedinArchive(linkedinExport({ distinct: 30 }).text), 'Basic_LinkedInDataExport.zip');
    expect(result.ok && result.format).toBe('linkedin-archive');
    expect(people(result)).toHaveLength(30);
  });

  it('says so when the archive holds no connections file, or is damaged', async () => {
    expect(await read(linkedinArchive(null), 'archive.zip')).toEqual({
      ok: false,
      problem: { code: 'zip-without-connections' },
    });
    const zip = linkedinArchive(linkedinExport({ distinct: 300 }).text);
    expect(await read(zip.slice(0, zip.length / 2), 'archive.zip')).toEqual({
      ok: false,
      problem: { code: 'zip-damaged' },
    });
  });
});

describe('files that cannot be read get a message naming the problem', () => {
  it('an empty file, blank text, text that is no contacts file, a CSV without known columns', async () => {
    expect(await read('')).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(await read(' \r\n\r\n')).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(await read('Dear Mary\nThanks for lunch.')).toEqual({ ok: false, problem: { code: 'not-a-contacts-file' } });
    expect(await read('a,b,c\n1,2,3\n')).toEqual({ ok: false, problem: { code: 'no-header' } });
    expect(await read(`${LINKEDIN_HEADER}\r\n`)).toEqual({ ok: false, problem: { code: 'no-people' } });
  });

  it('a file larger than the cap, refused before it is read', async () => {
    const big = new Blob([new Uint8Array(caps.csv + 1)]);
    let read = false;
    const spy = Object.assign(big, {
      stream: () => {
        read = true;
        return Blob.prototype.stream.call(big);
      },
    });
    expect(await readFile(spy, 'Connections.csv')).toEqual({
      ok: false,
      problem: { code: 'too-large', bytes: caps.csv + 1, cap: caps.csv },
    });
    expect(read).toBe(false);
  });
});

describe('Google Contacts CSV', () => {
  it('reads names, every email and phone, organization, title, profile and notes', async () => {
    const result = await read(googleCsv, 'contacts.csv');
    expect(result.ok && result.format).toBe('google');
    const [ana, ben, only] = people(result);
    expect(ana).toMatchObject({
      name: 'Ana Lima',
      emails: ['ana.lima@example.com', 'ana@example.org'],
      phones: ['+1 555 0100'],
      organization: 'Acme',
      title: 'Director, Product',
      profileUrl: 'https://linkedin.com/in/ana-lima',
      notes: 'Met at the conference, 2023',
      source: 'google',
    });
    expect(ben).toMatchObject({
      name: 'Ben Q Okafor',
      emails: ['ben@example.com'],
      phones: ['+1 555 0101', '+1 555 0102'],
    });
    expect(only).toMatchObject({ name: 'only.email@example.com', emails: ['only.email@example.com'] });
  });
});

describe('vCard files', () => {
  it('2.1 as Outlook writes it: quoted-printable in its charset, soft line breaks, a photo', () => {
    const result = parseText(vcard21);
    expect(result.ok && result.format).toBe('vcard');
    const [jurgen, ann] = people(result);
    expect(jurgen).toMatchObject({
      name: 'Jürgen Müller',
      organization: 'Acme GmbH',
      title: 'Leiter Forschung – Europa',
      phones: ['+49 30 1234567', '+49 170 1234567'],
      emails: ['juergen@example.de'],
      notes: 'First line\r\nsecond line, which is long and goes on to the next line',
      source: 'vcard',
    });
    expect(ann).toMatchObject({ name: 'Ann Smith', emails: ['ann.smith@example.com'] });
  });

  it('3.0: folded lines, escapes, several emails and phones, a card with only an email, a broken card', () => {
    const result = parseText(vcard30);
    const all = people(result);
    expect(all.map((p) => p.name)).toEqual(['Chloé Dubois', 'only.email@example.net', 'Kenji Sato']);
    expect(all[0]).toMatchObject({
      organization: 'Dubois, Martin & Associés',
      title: 'Head of Talent',
      emails: ['chloe@example.fr', 'chloe.dubois@example.org'],
      phones: ['+33 6 12 34 56 78', '+33 1 23 45 67 89'],
      profileUrl: 'https://linkedin.com/in/chloe-dubois',
      notes: 'Knows everyone in Lyon; ask about the board.',
    });
    expect(result.ok && result.skipped).toEqual([{ at: 2, reason: 'broken-card' }]);
  });

  it('4.0: tel: URIs and a LinkedIn URL', () => {
    expect(people(parseText(vcard40))[0]).toMatchObject({
      name: 'Amara Okoye',
      title: 'Chief Technology Officer',
      phones: ['+1-555-0199'],
      profileUrl: 'https://linkedin.com/in/amara-okoye',
    });
  });
});
