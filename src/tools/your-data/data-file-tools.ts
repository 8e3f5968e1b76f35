/**
 * The page's way to make and read data files: in a worker started when first needed (see
 * data-file.worker.ts), so nothing of it loads until the reader downloads or opens a file.
 */
import type { DataFileReading, MadeDataFile } from '@/tools/your-data/format';
import type { StorageId } from '@/shared/storage/registry';
import type { DataFileTools } from '@/tools/your-data/store';

export type DataFileRequest =
  | {
      readonly id: number;
      readonly op: 'make';
      readonly stored: Partial<Record<StorageId, string>>;
      readonly site: string;
      readonly now: number;
    }
  | { readonly id: number; readonly op: 'read'; readonly text: string; readonly site: string };

type Reply = { readonly id: number; readonly ok: boolean; readonly result?: unknown };

let worker: Worker | null = null;
let next = 0;
const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

function ask<T>(
  request: Omit<Extract<DataFileRequest, { op: 'make' }>, 'id'> | Omit<Extract<DataFileRequest, { op: 'read' }>, 'id'>,
): Promise<T> {
  if (!worker) {
    worker = new Worker(new URL('./data-file.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<Reply>) => {
      const pending = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      if (event.data.ok) pending?.resolve(event.data.result);
      else pending?.reject(new Error('data file'));
    };
    worker.onerror = () => {
      for (const pending of waiting.values()) pending.reject(new Error('data file worker'));
      waiting.clear();
      worker = null;
    };
  }
  const id = ++next;
  return new Promise<T>((resolve, reject) => {
    waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
    worker!.postMessage({ ...request, id });
  });
}

export const workerDataFileTools: DataFileTools = {
  make: (stored, site, now) => ask<MadeDataFile>({ op: 'make', stored, site, now: now.getTime() }),
  read: (text, site) => ask<DataFileReading>({ op: 'read', text, site }),
};
