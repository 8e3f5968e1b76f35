/**
 * vCard files (.vcf): 2.1 as Outlook writes it (quoted-printable values with a CHARSET, soft
 * line breaks, bare TYPE words, base64 photos on lines of their own), 3.0 and 4.0 from phones,
 * Google, Apple Contacts and Exchange (folded lines, escaped commas and semicolons, several
 * phones and emails, photos). A card with BEGIN and no END is left out and named; the cards
 * around it are read. Never throws.
 */
import type { Incoming, ReadResult, Skip } from '../types';
import { cleanEmail, linkedinProfile } from './columns';
import { decodeCharset } from './decode';

interface Property {
  readonly name: string;
  readonly params: ReadonlyMap<string, string>;
  readonly types: readonly string[];
  readonly value: string;
}

/** the text's lines with folded ones unfolded (a line starting with a space or tab continues the last) */
function unfold(text: string): string[] {
  const lines: string[] = [];
  let qpSoftBreak = false;
  for (const raw of text.split(/\r\n|\n|\r/u)) {
    const last = lines.length - 1;
    if (last >= 0 && qpSoftBreak) {
      // quoted-printable: a line ending in "=" goes on on the next line
      lines[last] = lines[last]!.slice(0, -1) + raw;
    } else if (last >= 0 && /^[ \t]/u.test(raw)) lines[last] += raw.slice(1);
    else if (last >= 0 && raw !== '' && !raw.includes(':') && !/^(BEGIN|END)\b/iu.test(raw))
      // a 2.1 base64 photo may go on in lines of its own, without indentation
      lines[last] += raw.trim();
    else lines.push(raw);
    const current = lines[lines.length - 1] ?? '';
    qpSoftBreak =
      /ENCODING=QUOTED-PRINTABLE|;QUOTED-PRINTABLE/iu.test(current.split(':', 1)[0]!) && current.endsWith('=');
  }
  return lines;
}

function parseProperty(line: string): Property | null {
  const colon = line.indexOf(':');
  if (colon < 1) return null;
  const [head = '', ...rest] = line.slice(0, colon).split(';');
  const name = head.replace(/^[^.]*\./u, '').toUpperCase();
  const params = new Map<string, string>();
  const types: string[] = [];
  for (const param of rest) {
    const eq = param.indexOf('=');
    // 2.1 writes bare words: "TEL;WORK;VOICE:" and "NOTE;QUOTED-PRINTABLE:"
    const key =
      eq < 0 ? (/^(QUOTED-PRINTABLE|BASE64|8BIT|7BIT|B)$/iu.test(param) ? 'ENCODING' : 'TYPE') : param.slice(0, eq);
    const value = eq < 0 ? param : param.slice(eq + 1).replace(/^"|"$/gu, '');
    params.set(key.toUpperCase(), value);
    if (key.toUpperCase() === 'TYPE') types.push(...value.toLowerCase().split(','));
  }
  return { name, params, types, value: decodeValue(line.slice(colon + 1), params) };
}

function decodeValue(raw: string, params: ReadonlyMap<string, string>): string {
  if (params.get('ENCODING')?.toUpperCase() !== 'QUOTED-PRINTABLE') return raw;
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const hex = raw.slice(i + 1, i + 3);
    if (raw[i] === '=' && /^[0-9A-Fa-f]{2}$/u.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (raw[i] !== '=') for (const b of new TextEncoder().encode(raw[i])) bytes.push(b);
  }
  return decodeCharset(new Uint8Array(bytes), params.get('CHARSET'));
}

/** a structured value's parts (N, ORG): split on unescaped ";" and unescaped */
function parts(value: string): string[] {
  return value.split(/(?<!\\);/u).map(unescape);
}

const unescape = (text: string) =>
  text.replace(/\\([nN,;:\\])/gu, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c)).trim();

const clean = (text: string) => text.replace(/\s+/gu, ' ').trim();

function cardToIncoming(props: readonly Property[], at: number): Incoming | null {
  const first = (name: string) => props.find((p) => p.name === name);
  const fn = clean(unescape(first('FN')?.value ?? ''));
  const n = parts(first('N')?.value ?? '');
  // N is family;given;additional;prefixes;suffixes
  const fromN = clean([n[3], n[1], n[2], n[0], n[4]].filter(Boolean).join(' '));
  const emails = [...new Set(props.filter((p) => p.name === 'EMAIL').map((p) => cleanEmail(unescape(p.value))))].filter(
    Boolean,
  );
  const urls = props
    .filter((p) => p.name === 'URL' || p.name === 'X-SOCIALPROFILE' || p.name === 'X-LINKEDIN')
    .map((p) => unescape(p.value).replace(/^x-apple:/iu, ''));
  const profileUrl = urls.map(linkedinProfile).find(Boolean) ?? '';
  const name = fn || fromN || emails[0] || '';
  if (!name && !profileUrl) return null;
  const phones = [
    ...new Set(
      props
        .filter((p) => p.name === 'TEL')
        .map((p) => clean(unescape(p.value).replace(/^tel:/iu, '')))
        .filter(Boolean),
    ),
  ];
  return {
    name,
    organization: clean(parts(first('ORG')?.value ?? '')[0] ?? ''),
    title: clean(unescape(first('TITLE')?.value ?? '')),
    emails,
    phones,
    profileUrl,
    connectedOn: null,
    notes: unescape(first('NOTE')?.value ?? ''),
    source: 'vcard',
    at,
  };
}

export function parseVcard(text: string, onProgress: (done: number) => void = () => {}): ReadResult {
  if (text.trim() === '') return { ok: false, problem: { code: 'empty' } };
  if (!/^BEGIN:VCARD\s*$/imu.test(text)) return { ok: false, problem: { code: 'not-a-contacts-file' } };
  const lines = unfold(text);
  const people: Incoming[] = [];
  const skipped: Skip[] = [];
  let card: Property[] | null = null;
  let count = 0;
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (/^BEGIN:VCARD$/iu.test(trimmed)) {
      if (card) skipped.push({ at: count, reason: 'broken-card' });
      card = [];
      count++;
    } else if (/^END:VCARD$/iu.test(trimmed)) {
      if (card) {
        const person = cardToIncoming(card, count);
        if (person) people.push(person);
        else skipped.push({ at: count, reason: 'no-identity' });
      }
      card = null;
    } else if (card) {
      const property = parseProperty(trimmed);
      if (property) card.push(property);
    }
    if (i % 2000 === 0) onProgress(i / lines.length);
  });
  if (card) skipped.push({ at: count, reason: 'broken-card' });
  onProgress(1);
  return { ok: true, format: 'vcard', people, skipped };
}
