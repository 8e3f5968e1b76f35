import { proxy, wrap, type Remote } from 'comlink';
import type { ReadProgress, ReadResult } from './types';

/** what the import worker (./import.worker.ts) does */
export interface ImportTools {
  read(file: File, onProgress: (p: ReadProgress) => void): Promise<ReadResult>;
}

/** a read that can be cancelled: the reader's Cancel ends the worker, which holds nothing stored */
export interface Reading {
  readonly result: Promise<ReadResult | null>;
  readonly cancel: () => void;
}

export type ReadFile = (file: File, onProgress: (p: ReadProgress) => void) => Reading;

/** reads a file in a new worker, ended once the file is read or the read is cancelled */
export const readInWorker: ReadFile = (file, onProgress) => {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  const tools: Remote<ImportTools> = wrap<ImportTools>(worker);
  let settle: (value: ReadResult | null) => void = () => {};
  const result = new Promise<ReadResult | null>((resolve) => (settle = resolve));
  worker.addEventListener('error', () => settle({ ok: false, problem: { code: 'unreadable' } }));
  tools.read(file, proxy(onProgress)).then(settle, () => settle({ ok: false, problem: { code: 'unreadable' } }));
  void result.then(() => worker.terminate());
  return {
    result,
    cancel: () => {
      settle(null);
      worker.terminate();
    },
  };
};
