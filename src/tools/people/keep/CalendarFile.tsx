/**
 * "Download calendar file": the contacts due as an iCalendar file (./calendar.ts), one event per
 * person; what the file said is stored first, so a newer file updates and cancels those events.
 */
import { useContext, useState } from 'react';
import { downloadText } from '@/shared/download';
import { formatIsoDate, localDate } from '@/shared/dates';
import { useDomId } from '@/shared/use-dom-id';
import type { PeopleStore } from '../store';
import { words } from '../words';
import { buildDueCalendar } from './calendar';
import { KeepContext } from './keep-context';

const w = words.calendarFile;

/** `now`: the clock (tests pass their own) */
export function CalendarFile({ store, now = () => Date.now() }: { store: PeopleStore; now?: () => number }) {
  const keep = useContext(KeepContext);
  const id = useDomId('people-calendar');
  const [status, setStatus] = useState('');
  if (!keep) return null;

  const download = async () => {
    const at = now();
    const made = await store.calendarFile((previous) =>
      buildDueCalendar({
        ...{ people: store.$people.get(), cadences: store.$cadences.get(), previous, keep },
        ...{ today: formatIsoDate(localDate(at)), now: new Date(at) },
        host: globalThis.location?.hostname ?? '',
      }),
    );
    if (!made) return setStatus(w.failed);
    if (made.due + made.cancelled === 0) return setStatus(w.nobody);
    downloadText(w.fileName, made.text, 'text/calendar;charset=utf-8');
    setStatus(w.downloaded(made.due));
  };

  return (
    <div className="people-calendar">
      <p>
        <button
          type="button"
          className="button secondary"
          aria-describedby={`${id}-hint`}
          onClick={() => void download()}
        >
          {w.download}
        </button>
      </p>
      <p id={`${id}-hint`} className="muted">
        {w.hint}
      </p>
      <p role="status">{status}</p>
    </div>
  );
}
