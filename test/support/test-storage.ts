/**
 * An in-memory storage for the stores' unit tests: @nanostores/persistent's own test engine.
 * `setTestStorageKey` plays another tab writing to storage (the stores watching it are told);
 * the stores' own writes tell nobody, as in a browser.
 */
export { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
