import { useEffect, useState } from 'react';

/**
 * false during the server render and hydration, true right after: the island renders the
 * initial state first (what the server could see) and only then what localStorage holds,
 * so hydration never mismatches.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
