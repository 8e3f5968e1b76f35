/**
 * What the Your data page itself needs of the data file before the worker reads or writes it:
 * its name and the size check. Apart from ./format.ts, which the worker uses, so the page does
 * not load the people's parser with it.
 */

/**
 * the largest file read: room for 30,000 people (LinkedIn's cap on connections) with notes; a
 * file of 30,000 imported people takes about 15 MB (test/unit/data-file/people-file.test.ts)
 */
export const MAX_DATA_FILE_BYTES = 40_000_000;

/** "upproach-data-2026-12-01.json" (the reader's local date) */
export function dataFileName(site: string, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${site.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-data-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** The size check, before the file is read at all. */
export function fileTooLarge(bytes: number): boolean {
  return !(bytes <= MAX_DATA_FILE_BYTES);
}
