/**
 * Generated contacts files for the people import's tests (unit and e2e): LinkedIn's
 * Connections.csv as it really is (a byte-order mark, "Notes:" lines before the header, dates
 * like "05 Mar 2024"), its data archive (a zip with other files), Google Contacts CSV, vCard
 * 2.1, 3.0 and 4.0. Deterministic: the same arguments give the same file.
 */
import { strToU8, zipSync } from 'fflate';

export interface LinkedInRow {
  readonly first: string;
  readonly last: string;
  readonly url: string;
  readonly email: string;
  readonly company: string;
  readonly position: string;
  readonly connectedOn: string;
}

export const LINKEDIN_HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

/** the lines LinkedIn writes before the header */
export const LINKEDIN_NOTES = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  '',
];

const firsts = ['Mary', 'José', 'Zoë 🌟', 'ليلى', 'נועה', 'Wei', 'Ólafur', 'Ama', 'Priya', 'Sam'];
const lasts = ['Jones', 'García', 'O’Brien', 'حداد', 'כהן', 'Chen', 'Sigurðsson', 'Mensah', 'Iyer', 'Lee'];
const companies = ['Acme, Inc.', 'Globex', 'Initech', 'شركة النور', 'Umbrella "Labs"', 'Stark Industries'];
const positions = [
  'VP, Engineering',
  'Talent Partner',
  'Head of Sales',
  'Software Engineer',
  'Chief Operating Officer',
];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** the i-th generated connection: a unique name and profile; every third has an email */
export function connection(i: number, version = 1): LinkedInRow {
  const first = firsts[i % firsts.length]!;
  const last = `${lasts[Math.floor(i / firsts.length) % lasts.length]!} ${i}`;
  const moved = version > 1 && i % 10 === 0;
  return {
    first,
    last,
    url: `https://www.linkedin.com/in/person-${i}-${i % 7 === 0 ? 'ÅB' : 'ab'}`,
    email: i % 3 === 0 ? `person${i}@example.com` : '',
    company: moved ? 'New Horizons, LLC' : companies[i % companies.length]!,
    // every 50th title holds a line break inside its quotes
    position: moved
      ? 'Director of Partnerships'
      : `${positions[i % positions.length]!}${i % 50 === 0 ? '\nand mentor' : ''}`,
    connectedOn: `${String((i % 28) + 1).padStart(2, '0')} ${months[i % 12]!} ${2010 + (i % 15)}`,
  };
}

/** a CSV field, quoted when it holds a comma, a quote or a line break */
export const csvField = (value: string, delimiter = ','): string =>
  value.includes(delimiter) || /["\n\r]/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

export const linkedinLine = (r: LinkedInRow, delimiter = ','): string =>
  [r.first, r.last, r.url, r.email, r.company, r.position, r.connectedOn]
    .map((v) => csvField(v, delimiter))
    .join(delimiter);

export interface GeneratedExport {
  readonly text: string;
  readonly rows: number;
  /** distinct people (by profile) */
  readonly distinct: number;
  /** rows repeating an earlier row's profile */
  readonly repeats: number;
  /** rows with an earlier row's name and company but another profile */
  readonly lookalikes: number;
}

/**
 * A LinkedIn export: `distinct` people, then `repeats` rows repeating one (same profile), and
 * `lookalikes` rows with the name and company of one but another profile. `version` 2 is a
 * newer export: every tenth person has moved (another company and title).
 */
export function linkedinExport({
  distinct,
  repeats = 0,
  lookalikes = 0,
  version = 1,
  from = 0,
  bom = true,
  notes = true,
}: {
  distinct: number;
  repeats?: number;
  lookalikes?: number;
  version?: number;
  from?: number;
  bom?: boolean;
  notes?: boolean;
}): GeneratedExport {
  const lines = [...(notes ? LINKEDIN_NOTES : []), LINKEDIN_HEADER];
  for (let i = from; i < from + distinct; i++) lines.push(linkedinLine(connection(i, version)));
  for (let k = 0; k < repeats; k++) lines.push(linkedinLine(connection(from + ((k * 37) % distinct), version)));
  for (let k = 0; k < lookalikes; k++) {
    const like = connection(from + ((k * 53 + 11) % distinct), version);
    lines.push(linkedinLine({ ...like, url: `https://www.linkedin.com/in/lookalike-${k}`, email: '' }));
  }
  return {
    text: `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`,
    rows: distinct + repeats + lookalikes,
    distinct,
    repeats,
    lookalikes,
  };
}

/** LinkedIn's data archive: Connections.csv among other files */
export function linkedinArchive(connections: string | null): Uint8Array<ArrayBuffer> {
  const files: Record<string, Uint8Array> = {
    'Profile.csv': strToU8('First Name,Last Name,Headline\r\nReader,Example,Manager\r\n'),
    'messages.csv': strToU8('CONVERSATION ID,FROM,TO,CONTENT\r\n1,A,B,"Hello, there"\r\n'),
    'Invitations.csv': strToU8('From,To,Sent At\r\n'),
  };
  if (connections !== null) files['Connections.csv'] = strToU8(connections);
  return zipSync(files);
}

/** Google Contacts' CSV export (the current columns) */
export const googleCsv = [
  'First Name,Middle Name,Last Name,Phonetic First Name,Nickname,File As,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Organization Name,Organization Title,Website 1 - Label,Website 1 - Value,Notes,Labels',
  'Ana,,Lima,,,,* Work,ana.lima@example.com,Home,ana@example.org,Mobile,+1 555 0100,Acme,"Director, Product",Profile,https://linkedin.com/in/ana-lima,"Met at the conference, 2023",* myContacts',
  'Ben,Q,Okafor,,,,* Home,BEN@example.com,,,Work,+1 555 0101 ::: +1 555 0102,Globex,Recruiter,,,,* myContacts',
  ',,,,,,* Other,only.email@example.com,,,,,,,,,,* myContacts',
].join('\r\n');

/** vCard 2.1 as Outlook writes it: quoted-printable with a charset, soft line breaks, a base64 photo */
export const vcard21 = [
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;',
  'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller',
  'ORG:Acme GmbH;Research',
  'TITLE;CHARSET=windows-1252;ENCODING=QUOTED-PRINTABLE:Leiter Forschung =96 Europa',
  'TEL;WORK;VOICE:+49 30 1234567',
  'TEL;CELL:+49 170 1234567',
  'EMAIL;PREF;INTERNET:juergen@example.de',
  'NOTE;ENCODING=QUOTED-PRINTABLE:First line=0D=0Asecond line, which is long and goes on to the next=',
  ' line',
  'PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQEASABIAAD',
  '/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD',
  '',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N:Smith;Ann',
  'EMAIL;INTERNET:ann.smith@example.com',
  'END:VCARD',
].join('\r\n');

/** vCard 3.0 (phones, Google, Apple): folded lines, escapes, several phones and emails, a broken card in the middle */
export const vcard30 = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Chloé Dubois',
  'N:Dubois;Chloé;;;',
  'ORG:Dubois\\, Martin & Associés;',
  'TITLE:Head of Talent',
  'EMAIL;TYPE=INTERNET;TYPE=WORK:chloe@example.fr',
  'EMAIL;TYPE=INTERNET;TYPE=HOME:chloe.dubois@example.org',
  'TEL;TYPE=CELL:+33 6 12 34 56 78',
  'TEL;TYPE=WORK:+33 1 23 45 67 89',
  'item1.URL:https://www.linkedin.com/in/chloe-dubois',
  'NOTE:Knows everyone in Lyon\\; ask about the',
  '  board.',
  'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQE',
  ' BAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Broken Card',
  'EMAIL:broken@example.com',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'EMAIL;TYPE=INTERNET:only.email@example.net',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Kenji Sato',
  'ORG:Initech',
  'EMAIL:kenji@example.jp',
  'END:VCARD',
].join('\r\n');

/** vCard 4.0 */
export const vcard40 = [
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:Amara Okoye',
  'N:Okoye;Amara;;;',
  'ORG:Stark Industries',
  'TITLE:Chief Technology Officer',
  'EMAIL;TYPE=work:amara@example.com',
  'TEL;VALUE=uri;TYPE="voice,cell":tel:+1-555-0199',
  'URL;TYPE=linkedin:https://linkedin.com/in/amara-okoye/',
  'END:VCARD',
].join('\r\n');

/** text in UTF-16 (little-endian) with its byte-order mark, as Excel's "Unicode text" saves it */
export function utf16le(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes[2 + i * 2] = c & 0xff;
    bytes[3 + i * 2] = c >> 8;
  }
  return bytes;
}

/** text in Windows-1252, as Excel's "CSV" saves it on Windows (characters it lacks become "?") */
export function windows1252(text: string): Uint8Array<ArrayBuffer> {
  const table = new TextDecoder('windows-1252');
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) map.set(table.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...text].map((c) => map.get(c) ?? 0x3f));
}
