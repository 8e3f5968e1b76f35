import { useStore } from '@nanostores/react';
import { useState } from 'react';
import type { PeopleStore } from './store';
import { BACKUP_REMINDER_DAYS, words } from './words';

const w = words.durability;
const DAY = 86_400_000;
const answers = [
  { is: 'unknown', text: w.unknown },
  { is: 'may-evict', text: w.mayEvict },
  { is: 'persisted', text: w.persisted },
] as const;

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
      {/* the browser answers after the page is drawn: each answer has its place in one box as
          tall as the longest (people.css), and only the one given is shown, so nothing moves */}
      <div className="people-durability-answers">
        {answers.map(({ is, text }) => (
          <div key={is} className={is === durability ? undefined : 'people-unsaid'}>
            <p>{text}</p>
            {is === 'may-evict' ? (
              <p>
                <button type="button" className="button secondary" onClick={() => void store.askToKeep()}>
                  {w.ask}
                </button>
              </p>
            ) : null}
          </div>
        ))}
      </div>
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
