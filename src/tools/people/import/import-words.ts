/**
 * The words of bringing people in from a file (the import panel of "Your people").
 */
import { LANGUAGE_TAG } from '@/config';
import { caps, MB } from './limits';
import type { FileFormat, FileProblem, SkipReason } from './types';

const number = (n: number) => n.toLocaleString(LANGUAGE_TAG);
const people = (n: number) => `${number(n)} ${n === 1 ? 'person' : 'people'}`;
const megabytes = (bytes: number) => `${(bytes / MB).toLocaleString(LANGUAGE_TAG, { maximumFractionDigits: 1 })} MB`;
const percent = (share: number) => `${Math.floor(share * 100)}%`;

/** "lines 3, 7, and 9", shortened after a few */
function places(unit: 'line' | 'card', at: readonly number[]): string {
  const shown = at.slice(0, 5).map(number);
  const more = at.length - shown.length;
  const list = new Intl.ListFormat(LANGUAGE_TAG, { type: 'conjunction' }).format(
    more > 0 ? [...shown, `${number(more)} more`] : shown,
  );
  return `${unit}${at.length === 1 ? '' : 's'} ${list}`;
}

export const importWords = {
  number,
  title: 'Bring people in from a file',
  /** how many people are stored: "2,000 people" */
  peopleCount: people,
  intro:
    'Choose LinkedIn’s connections export (Connections.csv, or the whole data archive as a .zip), a Google Contacts CSV, or a vCard file (.vcf) from a phone, Outlook or Apple Contacts. The file is read in this browser and nothing is sent anywhere. You see what would change before anything is stored.',
  caps: `The largest files read: ${megabytes(caps.csv)} for a CSV, ${megabytes(caps.vcard)} for a vCard file, ${megabytes(caps.zip)} for LinkedIn’s archive. An export of 30,000 LinkedIn connections is about 3.5 MB.`,
  choose: 'Choose a file',
  cancel: 'Cancel',
  reading: (share: number) => `Reading the file: ${percent(share)}`,
  parsing: (share: number) => `Reading the people in it: ${percent(share)}`,
  planning: 'Comparing with the people already here…',
  writing: (share: number) => `Storing: ${percent(share)}`,
  progressLabel: 'Import progress',
  cancelled: 'Import cancelled. Nothing was stored.',
  problem: (file: string, problem: FileProblem): string => {
    const what = `“${file}”`;
    switch (problem.code) {
      case 'too-large':
        return `${what} is ${megabytes(problem.bytes)}, larger than any real export (the limit is ${megabytes(problem.cap)}), so it was not read. Nothing was stored.`;
      case 'empty':
        return `${what} is empty. Nothing was stored.`;
      case 'not-a-contacts-file':
        return `${what} is not a contacts file: it is neither a CSV with a row of column names nor a vCard file. Nothing was stored.`;
      case 'no-header':
        return `${what} has no row of column names this import knows (such as First Name, Last Name, Email Address, Company). Nothing was stored.`;
      case 'zip-without-connections':
        return `${what} is a zip archive without a Connections.csv file in it. In LinkedIn’s “Get a copy of your data”, include Connections. Nothing was stored.`;
      case 'zip-damaged':
        return `${what} is a damaged or unfinished zip archive; download it again. Nothing was stored.`;
      case 'no-people':
        return `${what} has column names but no people under them. Nothing was stored.`;
      case 'unreadable':
        return `${what} could not be read. Nothing was stored.`;
    }
  },
  formats: {
    linkedin: 'LinkedIn connections',
    'linkedin-archive': 'LinkedIn’s data archive',
    google: 'Google Contacts',
    csv: 'a contacts spreadsheet',
    vcard: 'vCard',
  } satisfies Record<FileFormat, string>,
  previewTitle: 'Before anything is stored',
  summary: (file: string, format: FileFormat, read: number) =>
    `“${file}” (${importWords.formats[format]}) holds ${people(read)}.`,
  counts: { added: 'New', updated: 'Updated', skipped: 'Left out' },
  countsLabel: 'What the import would do',
  skipsTitle: 'Left out, and why',
  skips: (reason: SkipReason, unit: 'line' | 'card', at: readonly number[]): string => {
    const where = places(unit, at);
    switch (reason) {
      case 'no-identity':
        return `No name, email, or profile: ${where}.`;
      case 'broken-card':
        return `A card that does not end (no END:VCARD), so it cannot be read: ${where}.`;
      case 'twice-in-file':
        return `The same person as earlier in the file, merged with it: ${where}.`;
      case 'unchanged':
        return `Already here, and the file brings nothing new: ${where}.`;
    }
  },
  kept: 'What you added (notes, networks, how you greet them, where they stand) is kept. Organization and title follow the file unless you typed them yourself.',
  duplicatesTitle: 'Maybe the same person',
  duplicatesIntro:
    'These have the same name and organization as someone else, with another profile or email. Merge them into one, or keep them apart.',
  duplicateLabel: (name: string, organization: string) => `${name}, ${organization}`,
  duplicateWhere: (unit: 'line' | 'card', at: number, stored: boolean) =>
    `${unit === 'card' ? 'Card' : 'Line'} ${number(at)}, like someone ${stored ? 'already here' : 'earlier in this file'}.`,
  profiles: (incoming: string, like: string) =>
    `Profiles: ${incoming || 'none'} in the file, ${like || 'none'} for the other.`,
  mergeAll: 'Merge all',
  keepAllApart: 'Keep all apart',
  keepApart: 'Keep apart',
  merge: 'Merge',
  store: (added: number, updated: number) => `Import ${number(added)} new and update ${number(updated)}`,
  nothingToStore: 'Nothing to import: everyone in this file is already here as it is.',
  discard: 'Choose another file',
  done: (file: string, added: number, updated: number) =>
    `Imported from “${file}”: ${people(added)} added, ${people(updated)} updated.`,
  undo: 'Undo this import',
  undoLabel: (file: string, added: number, updated: number) =>
    `Import of “${file}” (${number(added)} added, ${number(updated)} updated)`,
  quota:
    'The browser ran out of room for this import, so nothing was stored. Free some space on this device, then try again.',
  failed: 'The import could not be stored, so nothing was stored. Try again.',
} as const;
