/**
 * Reads a chosen contacts file off the main thread: a module worker from the site's origin
 * (the CSP refuses blob: workers), started when the reader chooses a file, so the parsers
 * (Papa Parse, fflate, the vCard reader) load only then.
 */
import { expose } from 'comlink';
import { readFile } from './read';
import type { ImportTools } from './import-tools';

expose({ read: (file, onProgress) => readFile(file, file.name, onProgress) } satisfies ImportTools);
