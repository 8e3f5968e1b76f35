import { useStore } from '@nanostores/react';
import { useState } from 'react';
import type { PeopleStore } from './store';
import { BACKUP_REMINDER_DAYS, words } from './words';

const w = words.durability;
const DAY = 86_400_000;

/** Whether the browser keeps the data, the last backup and, when it is old, a gentle reminder. */
export function Durability({
  store,
  count,
  yourDataHref,
}: {
  store: PeopleStore;
  count: number;
  yourDataHref: string;
}) {
  const durability = useStore(store.$durability);
  const lastBackup = useStore(store.$lastBackup);
  const [today] = useState(Date.now);
  const old = lastBackup === null || today - lastBackup > BACKUP_REMINDER_DAYS * DAY;
  return (
    <section className="people-durability" aria-labelledby="people-durability-title">
      <h2 id="people-durability-title">{w.title}</h2>
      <p>{durability === 'persisted' ? w.persisted : durability === 'may-evict' ? w.mayEvict : w.unknown}</p>
      {durability === 'may-evict' ? (
        <p>
          <button type="button" className="button secondary" onClick={() => void store.askToKeep()}>
            {w.ask}
          </button>
        </p>
      ) : null}
      <p>
        {lastBackup === null ? w.noBackup : w.lastBackup(lastBackup)}{' '}
        {old && count > 0 ? (
          <>
            {w.remind} <a href={yourDataHref}>{w.yourData}</a>.
          </>
        ) : null}
      </p>
    </section>
  );
}
