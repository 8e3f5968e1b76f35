/**
 * Contacts CSV files (LinkedIn's Connections.csv, Google Contacts, Outlook and spreadsheets):
 * the header row may come after a few lines of notes (LinkedIn writes "Notes:" and a paragraph
 * first), the delimiter may be a comma, a semicolon (Excel in many countries) or a tab, and
 * fields may hold quoted commas and line breaks (Papa Parse reads those). Never throws.
 */
import Papa from 'papaparse';
import type { Incoming, ReadResult, Skip } from '../types';
import { columnsOf, headerKey, rowToIncoming, type Field } from './columns';

const delimiters = [',', ';', '\t'] as const;

/** the delimiter of the first line that reads as a header; null when no line of the first 60 does */
function findDelimiter(text: string): string | null {
  const lines = text.slice(0, 64 * 1024).split(/\r\n|\n|\r/u, 60);
  for (const line of lines)
    for (const d of delimiters) {
      const cells = line.split(d).map((c) => c.trim().replace(/^"|"$/gu, ''));
      if (cells.length > 1 && columnsOf(cells)) return d;
    }
  return null;
}

const googleHeaders = new Set([
  'email1value',
  'organizationname',
  'organization1name',
  'givenname',
  'fileas',
  'labels',
]);

export function parseCsv(text: string, onProgress: (done: number) => void = () => {}): ReadResult {
  if (text.trim() === '') return { ok: false, problem: { code: 'empty' } };
  const delimiter = findDelimiter(text);
  if (delimiter === null) {
    const tabular = delimiters.some((d) => text.split(/\r\n|\n|\r/u, 5).some((l) => l.includes(d)));
    return { ok: false, problem: { code: tabular ? 'no-header' : 'not-a-contacts-file' } };
  }
  let columns: (Field | null)[] | null = null;
  let source: Incoming['source'] = 'google';
  let format: 'linkedin' | 'google' | 'csv' = 'csv';
  const people: Incoming[] = [];
  const skipped: Skip[] = [];
  let line = 1;
  let counted = 0;
  let rows = 0;
  const lineAt = (cursor: number) => {
    // the line a row starts on: count the line breaks read since the last row
    for (; counted < cursor && counted < text.length; counted++) {
      const c = text.charCodeAt(counted);
      if (c === 10 || (c === 13 && text.charCodeAt(counted + 1) !== 10)) line++;
    }
    return line;
  };
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: 'greedy',
    step: (result) => {
      const row = result.data;
      const at = lineAt(start);
      start = result.meta.cursor;
      if (!columns) {
        columns = columnsOf(row);
        if (columns) {
          const keys = row.map(headerKey);
          const linkedin = columns.includes('connectedOn') || columns.includes('url');
          source = linkedin ? 'linkedin' : 'google';
          format = linkedin ? 'linkedin' : keys.some((k) => googleHeaders.has(k)) ? 'google' : 'csv';
        }
        return;
      }
      const person = rowToIncoming(row, columns, source, at);
      if (person) people.push(person);
      else skipped.push({ at, reason: 'no-identity' });
      if (++rows % 1000 === 0) onProgress(start / text.length);
    },
  });
  if (!columns) return { ok: false, problem: { code: 'no-header' } };
  if (!people.length && !skipped.length) return { ok: false, problem: { code: 'no-people' } };
  onProgress(1);
  return { ok: true, format, people, skipped };
}
