/**
 * "Your people": the island. Opens the browser's database once hydrated (the server cannot see
 * it), then shows the durability notice, the reader's own situation, the import, the editor, the
 * changes to many people and the list.
 */
import { useStore } from '@nanostores/react';
import { focusAfter } from '@/shared/focus';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { PeopleDb } from './db';
import type { PeopleContent } from './content';
import { todayIso } from './due';
import { Durability } from './Durability';
import { KeepSection } from './keep/KeepSection';
import { BulkPanel } from './BulkPanel';
import ImportPanel from './import/ImportPanel';
import { CalendarFile } from './keep/CalendarFile';
import { GiveFirst } from './keep/GiveFirst';
import { KeepContext } from './keep/keep-context';
import { buildRows, filterRows, noFilters, type Filters } from './list';
import type { Person } from './person';
import { PersonEditor } from './PersonEditor';
import { PersonList } from './PersonList';
import { createSorter } from './rules';
import { SelfForm } from './SelfForm';
import { createPeopleStore, type PeopleStore } from './store';
import { words } from './words';

/** each due row's give and message (one function, so the rows are drawn again only when they change) */
const giveFirst = (person: Person) => <GiveFirst person={person} />;

/**
 * `open`: how the database is opened (tests give their own); null where IndexedDB is missing.
 * `now`: the clock (tests give a fixed one); today is the reader's calendar day at `now()`.
 */
export default function PeopleIsland({
  content,
  open = () => (globalThis.indexedDB ? new PeopleDb() : null),
  now = Date.now,
}: {
  readonly content: PeopleContent;
  readonly open?: () => PeopleDb | null;
  readonly now?: () => number;
}) {
  // the database is opened on the client only (the server cannot see this browser's database);
  // until it is open, the island shows the tool as the server rendered it: every part in its
  // place, switched off, the list saying it is opening
  const [setup] = useState(() => {
    let db: PeopleDb | null = null;
    try {
      if (typeof window !== 'undefined') db = open();
    } catch {
      db = null;
    }
    return { store: createPeopleStore(db, { now }), db };
  });
  useEffect(() => {
    void setup.store.start();
    return () => {
      setup.store.stop();
      setup.db?.close();
    };
  }, [setup]);
  return (
    <KeepContext value={content.keep}>
      <People content={content} store={setup.store} db={setup.db} now={now} />
    </KeepContext>
  );
}

function People({
  content,
  store,
  db,
  now,
}: {
  content: PeopleContent;
  store: PeopleStore;
  db: PeopleDb | null;
  now: () => number;
}) {
  const status = useStore(store.$status);
  const people = useStore(store.$people);
  const cadences = useStore(store.$cadences);
  // the reader's calendar day, read at each render (a page left open past midnight moves on)
  const today = todayIso(now());
  const self = useStore(store.$self);
  const undo = useStore(store.$undo);
  const message = useStore(store.$message);
  const sorter = useMemo(() => createSorter(content.rules), [content.rules]);
  const rows = useMemo(() => buildRows(people, sorter, self), [people, sorter, self]);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(noFilters);
  // the search field updates at once; the list follows when the browser has time (a keystroke
  // over thousands of people never waits for the filtering)
  const searched = useDeferredValue(query);
  const shown = useMemo(() => filterRows(rows, searched, filters), [rows, searched, filters]);
  const [chosen, setSelected] = useState<ReadonlySet<string>>(new Set());
  // people deleted here or in another tab leave the selection
  const selected = useMemo(() => {
    const ids = new Set(people.map((p) => p.id));
    return [...chosen].every((id) => ids.has(id)) ? chosen : new Set([...chosen].filter((id) => ids.has(id)));
  }, [chosen, people]);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // the editor opened from a person's History in Keeping in touch hands the focus back to that
  // button when it closes, in whichever list their row is by then
  const fromHistory = useRef(false);

  if (status === 'newer')
    return (
      <p className="notice error" role="alert">
        {words.status.newer}
      </p>
    );
  const undoLatest = () => {
    void store.undo();
    focusAfter(() => listHeading.current);
  };
  const edit = (id: string | 'new', history = false) => ((fromHistory.current = history), setEditing(id));
  const historyButton = (id: string) =>
    fromHistory.current ? document.querySelector<HTMLElement>(`[data-history="${CSS.escape(id)}"]`) : null;
  const closeEditor = () => {
    setEditing(null);
    focusAfter(() =>
      editing === 'new' ? addButton.current : ((editing ? historyButton(editing) : null) ?? listHeading.current),
    );
  };
  const opening = status === 'opening';
  return (
    <div className="people" inert={opening} aria-busy={opening || undefined}>
      {status === 'memory' ? (
        <p className="notice" role="alert">
          {words.status.memory}
        </p>
      ) : null}
      {/* once people are stored, who is due comes first (nothing is drawn for it before: the
          server's page and an empty tool are the same, so nothing moves) */}
      {!opening && people.length > 0 ? (
        <KeepSection
          content={content}
          store={store}
          people={people}
          cadences={cadences}
          today={today}
          onHistory={(id) => edit(id, true)}
          onAllPeople={() => focusAfter(() => listHeading.current)}
          renderExtra={giveFirst}
        >
          <CalendarFile store={store} />
        </KeepSection>
      ) : null}
      {status === 'memory' ? null : (
        <Durability store={store} count={people.length} yourDataHref={content.yourDataHref} />
      )}
      <SelfForm store={store} />
      <p className="people-actions">
        <button ref={addButton} type="button" className="button" onClick={() => edit('new')}>
          {words.editor.add}
        </button>{' '}
        {undo ? (
          <button type="button" className="button secondary" onClick={undoLatest}>
            {words.undo(undo.label)}
          </button>
        ) : null}
      </p>
      {editing ? (
        <PersonEditor
          key={editing}
          content={content}
          sorter={sorter}
          store={store}
          id={editing === 'new' ? null : editing}
          today={today}
          onClose={closeEditor}
        />
      ) : null}
      {/* The import (src/tools/people/import/): drawn switched off while the database opens, and
          it needs the database; its own result message (with Undo) takes the focus, and the list
          follows the database */}
      {opening || (db && status === 'ready') ? (
        <ImportPanel db={db} self={self} undo={undo} onUndo={undoLatest} />
      ) : (
        <section className="people-import" aria-labelledby="people-import-title">
          <h2 id="people-import-title">{words.import.title}</h2>
          <p>{words.import.needsDatabase}</p>
        </section>
      )}
      <PersonList
        content={content}
        sorter={sorter}
        store={store}
        rows={shown}
        total={opening ? null : rows.length}
        query={query}
        onQuery={setQuery}
        filters={filters}
        onFilters={setFilters}
        selected={selected}
        onSelect={setSelected}
        onEdit={(id) => edit(id)}
        headingRef={listHeading}
      >
        <BulkPanel
          content={content}
          sorter={sorter}
          store={store}
          shown={shown}
          selected={selected}
          onSelect={setSelected}
        />
      </PersonList>
      <p role="status" className="people-status">
        {message}
      </p>
    </div>
  );
}
