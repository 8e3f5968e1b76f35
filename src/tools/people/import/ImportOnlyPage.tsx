/**
 * Provisional: the import panel on the people page until the "Your people" tool (its list,
 * editing and undo) takes the page over and renders <ImportPanel /> in its own slot. It shows
 * what the import changes: the count of people stored.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import { PeopleDb } from '../db';
import ImportPanel from './ImportPanel';
import { importWords as w } from './import-words';

export default function ImportOnlyPage() {
  const [db] = useState(() => new PeopleDb());
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    const subscription = liveQuery(() => db.people.count()).subscribe({ next: setCount, error: () => setCount(null) });
    return () => subscription.unsubscribe();
  }, [db]);
  return (
    <div className="people-import-only" data-ready={count !== null || undefined}>
      <p role="status">{count === null ? '' : w.peopleCount(count)}</p>
      <ImportPanel db={db} self={null} onDone={() => {}} />
    </div>
  );
}
