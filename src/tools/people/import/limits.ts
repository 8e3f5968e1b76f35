/**
 * The largest files the import reads, checked from the file's size before a byte is read.
 * A LinkedIn export of 30,000 connections (LinkedIn's cap) is about 3.5 MB; a phone's vCard file
 * grows with its photos; LinkedIn's whole data archive also holds messages and other files.
 */
export const MB = 1024 * 1024;

export const caps = {
  /** a CSV file (LinkedIn, Google Contacts): about six times the largest real export */
  csv: 20 * MB,
  /** a vCard file, photos included */
  vcard: 50 * MB,
  /** LinkedIn's data archive (a zip), and the connections file inside it (the CSV cap) */
  zip: 200 * MB,
} as const;

/** the cap for a file by its name: a zip, a vCard, or else a CSV */
export function capFor(fileName: string): number {
  const name = fileName.toLowerCase();
  if (name.endsWith('.zip')) return caps.zip;
  if (name.endsWith('.vcf') || name.endsWith('.vcard')) return caps.vcard;
  return caps.csv;
}
