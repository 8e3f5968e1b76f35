/**
 * Makes and reads data files off the page's own bundle: the tools' parsers are bundled into
 * this worker (a build of its own), so the islands' chunks stay as they are on every other page.
 */
import { makeDataFile, readDataFile } from '@/tools/your-data/format';
import { siteCodecs } from '@/tools/your-data/site-codecs';
import type { StorageId } from '@/shared/storage/registry';
import type { DataFileRequest } from './data-file-tools';

self.onmessage = (event: MessageEvent<DataFileRequest>) => {
  const request = event.data;
  try {
    const result =
      request.op === 'make'
        ? makeDataFile((id: StorageId) => request.stored[id], request.site, new Date(request.now), siteCodecs)
        : readDataFile(request.text, request.site, siteCodecs);
    self.postMessage({ id: request.id, ok: true, result });
  } catch {
    self.postMessage({ id: request.id, ok: false });
  }
};
