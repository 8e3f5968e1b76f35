/**
 * What the import reads from a file, before anything is stored: pure data, passed from the
 * import worker to the page (structured clone), and the problems it can name.
 */
import type { PersonSource } from '../person';

/** one person as a file describes them (a CSV row or a vCard) */
export interface Incoming {
  readonly name: string;
  readonly organization: string;
  readonly title: string;
  /** lower-case, trimmed, no duplicates */
  readonly emails: readonly string[];
  readonly phones: readonly string[];
  /** normalized (normalizeProfileUrl); '' when none */
  readonly profileUrl: string;
  /** YYYY-MM-DD; null when the file does not say */
  readonly connectedOn: string | null;
  readonly notes: string;
  readonly source: PersonSource;
  /** where it is in the file: the line of a CSV row, the number of a vCard (from 1) */
  readonly at: number;
}

/** why a row or card of a file is left out */
export type SkipReason =
  /** nothing to know the person by: no name, email or profile */
  | 'no-identity'
  /** a vCard with BEGIN but no END before the next card or the end of the file */
  | 'broken-card'
  /** the same person (profile or email) earlier in the file: the two are merged */
  | 'twice-in-file'
  /** already stored, and the file brings nothing new */
  | 'unchanged';

export interface Skip {
  readonly at: number;
  readonly reason: SkipReason;
}

/** why a whole file cannot be read (the reader sees a message naming it; nothing is stored) */
export type FileProblem =
  | { readonly code: 'too-large'; readonly bytes: number; readonly cap: number }
  | { readonly code: 'empty' }
  | { readonly code: 'not-a-contacts-file' }
  | { readonly code: 'no-header' }
  | { readonly code: 'zip-without-connections' }
  | { readonly code: 'zip-damaged' }
  | { readonly code: 'no-people' }
  | { readonly code: 'unreadable' };

/** the formats the import reads */
export type FileFormat = 'linkedin' | 'linkedin-archive' | 'google' | 'csv' | 'vcard';

export type ReadResult =
  | {
      readonly ok: true;
      readonly format: FileFormat;
      readonly people: readonly Incoming[];
      readonly skipped: readonly Skip[];
    }
  | { readonly ok: false; readonly problem: FileProblem };

/** how far reading a file has come */
export interface ReadProgress {
  readonly phase: 'reading' | 'parsing';
  /** 0 to 1 */
  readonly done: number;
}
