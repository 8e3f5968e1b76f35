import { decodeStored } from '@/shared/storage/decode';
import type { StorageId } from '@/shared/storage/registry';

/**
 * How each stored entry moves between this browser's storage and a data file, checked by the
 * same defensive parsers the stores decode storage with (decodeStored + each tool's parser).
 */
export interface Codec {
  /** the value a data file holds for what is stored, or null when the stored text is unreadable */
  fromStored(raw: string): { readonly value: unknown } | null;
  /** the text to store for a data file's value, or null when the parser refuses it */
  toStored(value: unknown): string | null;
}

export type Codecs = Readonly<Record<StorageId, Codec>>;

/** An entry stored as JSON and checked by `parse`, as src/stores/persist.ts stores it. */
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
      // undefined (nothing JSON can write, or undefined itself) decodes as 'missing', so it is refused
      const decoded = decodeStored(text, parse);
      // what is stored is what the parser kept, so nothing it dropped reaches storage
      return decoded.ok ? JSON.stringify(decoded.value) : null;
    },
  };
}

/** the theme key holds the bare word, as the inline theme script reads it */
const isTheme = (value: unknown): value is 'light' | 'dark' => value === 'light' || value === 'dark';

export const themeCodec: Codec = {
  fromStored: (raw) => (isTheme(raw) ? { value: raw } : null),
  toStored: (value) => (isTheme(value) ? value : null),
};

/** Each tool's stored-shape parser (the ones its store decodes storage with). */
export interface StoredParsers {
  readonly purpose: (value: unknown) => unknown;
  readonly quiz: (value: unknown) => unknown;
  readonly estimator: (value: unknown) => unknown;
  readonly checklist: (value: unknown) => unknown;
}

export function makeCodecs(parsers: StoredParsers): Codecs {
  return {
    theme: themeCodec,
    // null is the "no purpose" starting value, which is never stored
    purpose: jsonCodec((value) => (value === null ? null : parsers.purpose(value))),
    quiz: jsonCodec(parsers.quiz),
    estimator: jsonCodec(parsers.estimator),
    checklist: jsonCodec(parsers.checklist),
  };
}
