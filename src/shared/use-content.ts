import { useState } from 'react';

/**
 * Hand an island's content (its words and settings, plain data from the Astro wrapper) to its
 * store once, on the first render and before any store that needs it is read, so the store's
 * computed values can live at module level. Every tool's island calls it first.
 */
export function useContent<T>(setContent: (content: T) => void, content: T): void {
  useState(() => setContent(content));
}
