/**
 * Bytes to text, in the encoding a contacts file really comes in: UTF-8 (with or without a
 * byte-order mark), UTF-16 (with a byte-order mark, as Excel's "Unicode text" writes it, or
 * without one), or Windows-1252 (Excel's "CSV" on Windows). Never throws.
 */

function decoder(label: string, fatal = false): TextDecoder {
  return new TextDecoder(label, { fatal, ignoreBOM: false });
}

/** UTF-16 without a byte-order mark: many zero bytes at odd (little-endian) or even (big-endian) places */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4000) & ~1;
  if (n < 4) return null;
  let odd = 0;
  let even = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > half * 0.4 && even < half * 0.05) return 'utf-16le';
  if (even > half * 0.4 && odd < half * 0.05) return 'utf-16be';
  return null;
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoder('utf-16be').decode(bytes);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return decoder(utf16).decode(bytes);
  try {
    return decoder('utf-8', true).decode(bytes);
  } catch {
    return decoder('windows-1252').decode(bytes);
  }
}

/** bytes in a named character set (a vCard's CHARSET=), UTF-8 or else Windows-1252 when unknown */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  if (charset) {
    try {
      return decoder(charset).decode(bytes);
    } catch {
      // an unknown label: guess as for a whole file
    }
  }
  try {
    return decoder('utf-8', true).decode(bytes);
  } catch {
    return decoder('windows-1252').decode(bytes);
  }
}
