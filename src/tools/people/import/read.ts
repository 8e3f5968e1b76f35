/**
 * Reading a chosen file into people, in the import worker (./import.worker.ts): its size is
 * checked against the cap before a byte is read, then it streams in with progress; a zip is
 * LinkedIn's archive, a text starting with BEGIN:VCARD a vCard file, anything else a CSV. Every
 * problem comes back as a FileProblem the page names; nothing here throws.
 */
import { capFor, caps } from './limits';
import { parseCsv } from './parsers/csv';
import { decodeText } from './parsers/decode';
import { parseVcard } from './parsers/vcard';
import { connectionsFromZip } from './parsers/zip';
import type { ReadProgress, ReadResult } from './types';

/** the file's bytes as they come, reporting the share read */
async function* chunks(file: Blob, onProgress: (p: ReadProgress) => void): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    read += value.length;
    onProgress({ phase: 'reading', done: file.size ? read / file.size : 1 });
    yield value;
  }
}

async function all(file: Blob, onProgress: (p: ReadProgress) => void): Promise<Uint8Array> {
  const bytes = new Uint8Array(file.size);
  let offset = 0;
  for await (const chunk of chunks(file, onProgress)) {
    bytes.set(chunk.subarray(0, bytes.length - offset), offset);
    offset += chunk.length;
  }
  return bytes.subarray(0, Math.min(offset, bytes.length));
}

export function parseText(text: string, onProgress: (p: ReadProgress) => void = () => {}): ReadResult {
  const parsing = (done: number) => onProgress({ phase: 'parsing', done });
  return /^\s*BEGIN:VCARD/iu.test(text) ? parseVcard(text, parsing) : parseCsv(text, parsing);
}

export async function readFile(
  file: Blob,
  name: string,
  onProgress: (p: ReadProgress) => void = () => {},
): Promise<ReadResult> {
  try {
    const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
    const zip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
    const cap = zip ? caps.zip : capFor(name);
    if (file.size > cap) return { ok: false, problem: { code: 'too-large', bytes: file.size, cap } };
    if (file.size === 0) return { ok: false, problem: { code: 'empty' } };
    if (zip) {
      const found = await connectionsFromZip(chunks(file, onProgress));
      if (!found.ok)
        return {
          ok: false,
          problem:
            found.problem === 'too-large'
              ? { code: 'too-large', bytes: file.size, cap: caps.csv }
              : { code: found.problem },
        };
      const result = parseText(decodeText(found.bytes), onProgress);
      return result.ok
        ? { ...result, format: result.format === 'linkedin' ? 'linkedin-archive' : result.format }
        : result;
    }
    return parseText(decodeText(await all(file, onProgress)), onProgress);
  } catch {
    return { ok: false, problem: { code: 'unreadable' } };
  }
}
