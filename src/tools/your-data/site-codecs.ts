/**
 * How each stored entry moves between this browser's storage and a data file, checked by the
 * parser each tool's store decodes storage with (decodeStored + the tool's parser), so a file is
 * checked exactly as storage is.
 */
import { decodeStored } from '@/shared/storage/decode';
import type { StorageId } from '@/shared/storage/registry';
import { parseStoredPurpose } from '@/purposes/ids';
import { parseState as parseChecklist } from '@/tools/checklist/state';
import { parseState as parseEstimator } from '@/tools/estimator/state';
import { parseState as parseQuiz } from '@/tools/quiz/state';

export interface Codec {
  /** the value a data file holds for what is stored, or null when the stored text is unreadable */
  fromStored(raw: string): { readonly value: unknown } | null;
  /** the text to store for a data file's value, or null when the parser refuses it */
  toStored(value: unknown): string | null;
}

export type Codecs = Readonly<Record<StorageId, Codec>>;

/** An entry stored as JSON and checked by `parse`, as src/shared/storage/persist.ts stores it. */
export function jsonCodec(parse: (value: unknown) => unknown): Codec {
  return {
    fromStored(raw) {
      const decoded = decodeStored(raw, parse);
      return decoded.ok ? { value: decoded.value } : null;
    },
    toStored(value) {
      let text: string | undefined;
      try {
        text = JSON.stringify(value);
      } catch {
        // a cycle or a BigInt: JSON cannot write it, and text stays undefined
      }
      // undefined (nothing JSON can write) decodes as 'missing', so it is refused; what is
      // stored is what the parser kept, so nothing it dropped reaches storage
      const decoded = decodeStored(text, parse);
      return decoded.ok ? JSON.stringify(decoded.value) : null;
    },
  };
}

/** the theme key holds the bare word, as the inline theme script reads it */
const isTheme = (value: unknown): value is 'light' | 'dark' => value === 'light' || value === 'dark';

export const siteCodecs: Codecs = {
  theme: {
    fromStored: (raw) => (isTheme(raw) ? { value: raw } : null),
    toStored: (value) => (isTheme(value) ? value : null),
  },
  // null is the "no purpose" starting value, which is never stored
  purpose: jsonCodec((value) => (value === null ? null : parseStoredPurpose(value))),
  quiz: jsonCodec(parseQuiz),
  estimator: jsonCodec(parseEstimator),
  checklist: jsonCodec(parseChecklist),
};
