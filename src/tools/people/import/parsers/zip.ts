/**
 * LinkedIn's data archive (the zip a reader downloads from LinkedIn's settings): find
 * Connections.csv among its other files and inflate only that one, as the archive streams in
 * (fflate's synchronous streaming unzip: its asynchronous API starts blob: workers, which the
 * site's CSP refuses). Never throws.
 */
import { Unzip, UnzipInflate } from 'fflate';
import { caps } from '../limits';

export type ZipResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly problem: 'zip-without-connections' | 'zip-damaged' | 'too-large' };

const isConnections = (name: string) => /(^|\/)connections\.csv$/iu.test(name);

/** a zip's Connections.csv, from the archive's bytes as they come (`chunks`) */
export async function connectionsFromZip(chunks: AsyncIterable<Uint8Array>, cap = caps.csv): Promise<ZipResult> {
  const parts: Uint8Array[] = [];
  let size = 0;
  type State = 'looking' | 'reading' | 'done' | 'too-large' | 'damaged';
  // changed in fflate's callbacks (typed wide, so that TypeScript does not narrow it here)
  let state = 'looking' as State;
  const unzip = new Unzip((file) => {
    if (state !== 'looking' || !isConnections(file.name)) return;
    if ((file.originalSize ?? 0) > cap) {
      state = 'too-large';
      return;
    }
    state = 'reading';
    file.ondata = (error, data, final) => {
      if (error) return void (state = 'damaged');
      size += data.length;
      if (size > cap) {
        state = 'too-large';
        file.terminate();
        return;
      }
      parts.push(data);
      if (final && state === 'reading') state = 'done';
    };
    try {
      file.start();
    } catch {
      state = 'damaged';
    }
  });
  unzip.register(UnzipInflate);
  let any = false;
  try {
    for await (const chunk of chunks) {
      any ||= chunk.length > 0;
      unzip.push(chunk);
      if (['done', 'too-large', 'damaged'].includes(state)) break;
    }
    if (state === 'looking' || state === 'reading') unzip.push(new Uint8Array(0), true);
  } catch {
    if (state !== 'done') state = 'damaged';
  }
  if (state === 'too-large') return { ok: false, problem: 'too-large' };
  if (state === 'damaged' || state === 'reading' || !any) return { ok: false, problem: 'zip-damaged' };
  if (state === 'looking') return { ok: false, problem: 'zip-without-connections' };
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return { ok: true, bytes };
}
