/**
 * "Your people" as the other tools read them (the quiz, the estimator and the checklist): the
 * people, the network cadences and the reader's own organization and title, read with IndexedDB itself, no library, so a page that shows
 * people only now and then does not load the people tool's database code. Never creates the
 * database; never throws: anything unreadable is no people. Every record is checked by the data
 * file's parser (./person-codec.ts), so a record from an older version of the site reads with its
 * new fields empty. The planned contacts other tools write are in ./planned.ts.
 */
import { atom, onMount, type ReadableAtom } from 'nanostores';
import type { NetworkCadences } from './cadence';
import { DB_NAME, openExisting as open, settle } from './db-name';
import type { Person, Self } from './person';
import { parsePerson } from './person-codec';
import { parseNetworkCadences, parseSelf } from './settings-codec';

export interface StoredPeople {
  readonly people: readonly Person[];
  readonly cadences: NetworkCadences;
  /** the reader's own organization and title, when given */
  readonly self: Self | null;
}

const none: StoredPeople = { people: [], cadences: {}, self: null };

/** Every person stored, the network cadences and the reader's own organization; none when there is no database or it cannot be read. */
export async function readPeople(name = DB_NAME): Promise<StoredPeople> {
  const db = await open(name);
  if (!db) return none;
  try {
    const stores = db.objectStoreNames.contains('settings') ? ['people', 'settings'] : ['people'];
    const tx = db.transaction(stores, 'readonly');
    const setting = (key: string) =>
      stores.includes('settings')
        ? settle(tx.objectStore('settings').get(key)).then((s: { value?: unknown } | undefined) => s?.value)
        : undefined;
    const [records, cadences, self] = await Promise.all([
      settle(tx.objectStore('people').getAll()),
      setting('cadences'),
      setting('self'),
    ]);
    const people = (records as unknown[]).flatMap((r) => parsePerson(r) ?? []);
    return { people, cadences: parseNetworkCadences(cadences) ?? {}, self: parseSelf(self) };
  } catch {
    return none;
  } finally {
    db.close();
  }
}

/**
 * The stored people, for a tool's island: null until read, then read again whenever the page
 * comes back into view (the reader may have changed them in "Your people" in another tab) and
 * after `refresh()`. Nobody stored reads as `{ people: [] }`: the tool then shows what it shows
 * without a list.
 */
export function createStoredPeople(name = DB_NAME) {
  const $stored = atom<StoredPeople | null>(null);
  const refresh = async () => $stored.set(await readPeople(name));
  onMount($stored, () => {
    void refresh();
    const again = () => document.visibilityState === 'visible' && void refresh();
    document.addEventListener('visibilitychange', again);
    window.addEventListener('pageshow', again);
    return () => {
      document.removeEventListener('visibilitychange', again);
      window.removeEventListener('pageshow', again);
    };
  });
  return { $stored: $stored as ReadableAtom<StoredPeople | null>, refresh };
}
