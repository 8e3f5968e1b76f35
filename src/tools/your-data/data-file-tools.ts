import { wrap } from 'comlink';
import type { DataFileTools } from './format';

let worker: { readonly tools: DataFileTools; readonly failed: Promise<never> } | null = null;

function start() {
  const started = new Worker(new URL('./data-file.worker.ts', import.meta.url), { type: 'module' });
  // a worker that fails to start answers nothing: every call waiting on it fails instead
  const failed = new Promise<never>((_, reject) =>
    started.addEventListener('error', () => {
      worker = null;
      reject(new Error('the data file worker failed'));
    }),
  );
  failed.catch(() => {});
  return { tools: wrap<DataFileTools>(started), failed };
}

function call<T>(run: (tools: DataFileTools) => Promise<T>): Promise<T> {
  const current = (worker ??= start());
  return Promise.race([run(current.tools), current.failed]);
}

/** The page's data file tools: a worker from the site's origin, started at the first use. */
export const workerDataFileTools: DataFileTools = {
  make: (...args) => call((tools) => tools.make(...args)),
  read: (...args) => call((tools) => tools.read(...args)),
  replacePeople: (...args) => call((tools) => tools.replacePeople(...args)),
  erasePeople: () => call((tools) => tools.erasePeople()),
  markBackup: (at) => call((tools) => tools.markBackup(at)),
};
