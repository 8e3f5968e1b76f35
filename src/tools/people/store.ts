/**
 * The state of "Your people": the people stored in the browser's database (./db.ts), followed
 * live (other tabs included) with Dexie's liveQuery, the reader's own organization and title,
 * the last backup, and every change. Each import, bulk change, merge or deletion is one
 * transaction that writes an undo entry with it (all or nothing). When IndexedDB is blocked the
 * tool works in this page's memory for the visit; a database made by a newer version of the site
 * is left untouched.
 */
import { liveQuery, type Subscription } from 'dexie';
import { atom } from 'nanostores';
import { storedVersion } from './count';
import { undoneTo } from './edits';
import type { CalendarSent, PeopleDb, Setting, UndoEntry } from './db';
import type { NetworkId } from '@/purposes/networks';
import type { NetworkCadence, NetworkCadences } from './cadence';
import { parseNetworkCadences } from './settings-codec';
import { newPerson, type LoggedContact, type Person, type PersonField, type Self } from './person';
import { parseCalendarSent } from './settings-codec';
import { words } from './words';

/** opening; ready (stored in the database); memory (IndexedDB blocked); newer (a newer site's database) */
export type DbStatus = 'opening' | 'ready' | 'memory' | 'newer';
/** persisted: the browser keeps the data until the reader erases it; may-evict: it may not */
export type Durability = 'unknown' | 'persisted' | 'may-evict';
/** the fields the reader edits by hand */
export type EditableField = Exclude<PersonField, 'source' | 'createdAt' | 'suggestion' | 'profileUrl' | 'connectedOn'>;
export type Changes = Partial<Pick<Person, EditableField>>;

/** how many undo steps are kept */
export const UNDO_KEPT = 5;

export interface PeopleStoreOptions {
  readonly now?: () => number;
  readonly newId?: () => string;
  readonly storage?: Pick<StorageManager, 'persist' | 'persisted'> | undefined;
}

export type PeopleStore = ReturnType<typeof createPeopleStore>;

/** `db`: the database, or null where IndexedDB is missing (the tool then works in memory) */
export function createPeopleStore(db: PeopleDb | null, options: PeopleStoreOptions = {}) {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const storage = 'storage' in options ? options.storage : globalThis.navigator?.storage;
  const $status = atom<DbStatus>('opening');
  const $people = atom<readonly Person[]>([]);
  const $self = atom<Self | null>(null);
  const $lastBackup = atom<number | null>(null);
  /** the contact cadences turned on per network */
  const $cadences = atom<NetworkCadences>({});
  const $undo = atom<Pick<UndoEntry, 'label' | 'at'> | null>(null);
  const $durability = atom<Durability>('unknown');
  /** the last thing done, for the live region */
  const $message = atom('');
  const memoryUndo: UndoEntry[] = [];
  /** what the last calendar file said, where the tool works in memory */
  let memoryCalendar: CalendarSent = {};
  const subscriptions: Subscription[] = [];
  const cleanups: (() => void)[] = [];
  let live = false;

  const inMemory = () => $status.get() !== 'ready';
  const fail = (error: unknown) => {
    const quota = error instanceof Error && /quota/iu.test(`${error.name} ${error.message}`);
    $message.set(quota ? words.status.full : words.status.writeFailed);
    return false;
  };

  async function start(): Promise<void> {
    if (!db) return void $status.set('memory');
    // Dexie would open a newer site's database and change it: leave it untouched instead
    const found = await storedVersion(db.name);
    if (found !== null && found > Math.round(db.verno * 10)) return void $status.set('newer');
    try {
      await db.open();
    } catch (error) {
      const name = (error as { name?: string } | null)?.name;
      return void $status.set(name === 'VersionError' ? 'newer' : 'memory');
    }
    $status.set('ready');
    live = true;
    const follow = <T>(query: () => Promise<T>, next: (value: T) => void) =>
      subscriptions.push(liveQuery(query).subscribe({ next, error: fail }));
    follow(
      () => db.people.toArray(),
      (people) => $people.set(people),
    );
    follow(
      () => db.undo.orderBy('id').last(),
      (entry) => $undo.set(entry ? { label: entry.label, at: entry.at } : null),
    );
    follow(
      () => db.settings.toArray(),
      (settings: Setting[]) => {
        const get = (key: Setting['key']) => settings.find((s) => s.key === key)?.value;
        $self.set((get('self') as Self | undefined) ?? null);
        $lastBackup.set((get('lastBackup') as number | undefined) ?? null);
        $cadences.set(parseNetworkCadences(get('cadences')) ?? {});
      },
    );
    // a planned contact written on another tool's page (./planned.ts, without Dexie) is not seen
    // by the live queries: read the people again when this page comes back into view
    const again = () => {
      if (document.visibilityState === 'visible') void db.people.toArray().then((people) => $people.set(people), fail);
    };
    globalThis.document?.addEventListener('visibilitychange', again);
    cleanups.push(() => globalThis.document?.removeEventListener('visibilitychange', again));
    await checkDurability();
  }

  function stop(): void {
    for (const s of subscriptions.splice(0)) s.unsubscribe();
    for (const cleanup of cleanups.splice(0)) cleanup();
    live = false;
  }

  async function checkDurability(): Promise<void> {
    const persisted = await storage?.persisted().catch(() => false);
    $durability.set(persisted ? 'persisted' : storage ? 'may-evict' : 'unknown');
  }

  /** Ask the browser to keep the data until the reader erases it (some browsers ask the reader). */
  async function askToKeep(): Promise<void> {
    const granted = await storage?.persist().catch(() => false);
    $durability.set(granted ? 'persisted' : storage ? 'may-evict' : 'unknown');
    $message.set(granted ? words.durability.granted : words.durability.refused);
  }

  async function setSetting(key: Setting['key'], value: Setting['value']): Promise<void> {
    if (key === 'self') $self.set(value as Self);
    if (key === 'cadences') $cadences.set(value as NetworkCadences);
    if (inMemory() || !db) return;
    await db.settings.put({ key, value }).catch(fail);
  }

  /** The reader's own organization and title (asked once; suggestions need them). */
  async function setSelf(self: Self): Promise<void> {
    await setSetting('self', { organization: self.organization.trim(), title: self.title.trim() });
    $message.set(words.self.saved);
  }

  /**
   * One undoable change to the people with these ids, all or nothing: `edit` gets them as they
   * are stored now (read inside the transaction) and returns the records to write and the ids to
   * delete. The undo entry keeps them as they were.
   */
  async function change(
    label: string,
    ids: readonly string[],
    edit: (current: Person[]) => { readonly put: readonly Person[]; readonly remove: readonly string[] },
    message = label,
  ): Promise<boolean> {
    const record = (current: Person[]) => {
      const { put, remove } = edit(current);
      const touched = new Set([...put.map((p) => p.id), ...remove]);
      const entry: UndoEntry = {
        label,
        at: now(),
        before: current.filter((p) => touched.has(p.id)),
        added: put.filter((p) => !current.some((c) => c.id === p.id)).map((p) => p.id),
      };
      return { put, remove, entry };
    };
    if (inMemory() || !db) {
      const byId = new Map($people.get().map((p) => [p.id, p]));
      const { put, remove, entry } = record(ids.flatMap((id) => byId.get(id) ?? []));
      for (const id of remove) byId.delete(id);
      for (const p of put) byId.set(p.id, p);
      $people.set([...byId.values()]);
      memoryUndo.push(entry);
      memoryUndo.splice(0, Math.max(0, memoryUndo.length - UNDO_KEPT));
      $undo.set({ label: entry.label, at: entry.at });
      $message.set(message);
      return true;
    }
    const done = await db
      .transaction('rw', db.people, db.undo, async () => {
        const current = (await db.people.bulkGet([...ids])).filter((p): p is Person => p !== undefined);
        const { put, remove, entry } = record(current);
        await db.people.bulkDelete([...remove]);
        await db.people.bulkPut([...put]);
        await db.undo.add(entry);
        const old = await db.undo.orderBy('id').reverse().offset(UNDO_KEPT).primaryKeys();
        await db.undo.bulkDelete(old);
      })
      .then(() => true, fail);
    if (done) $message.set(message);
    return done;
  }

  /** Undo the last import, bulk change, merge or deletion. */
  async function undo(): Promise<void> {
    const restore = (entry: UndoEntry, people: Map<string, Person>) => {
      for (const id of entry.added) people.delete(id);
      for (const p of entry.before) people.set(p.id, undoneTo(p, people.get(p.id), entry.at));
    };
    if (inMemory() || !db) {
      const entry = memoryUndo.pop();
      if (!entry) return;
      const people = new Map($people.get().map((p) => [p.id, p]));
      restore(entry, people);
      $people.set([...people.values()]);
      const last = memoryUndo.at(-1);
      $undo.set(last ? { label: last.label, at: last.at } : null);
      return void $message.set(words.undone(entry.label));
    }
    const label = await db
      .transaction('rw', db.people, db.undo, async () => {
        const entry = await db.undo.orderBy('id').last();
        if (!entry) return null;
        const current = await db.people.bulkGet(entry.before.map((p) => p.id));
        await db.people.bulkDelete([...entry.added]);
        await db.people.bulkPut(entry.before.map((p, i) => undoneTo(p, current[i], entry.at)));
        await db.undo.delete(entry.id!);
        return entry.label;
      })
      .catch((error: unknown) => (fail(error), null));
    if (label) $message.set(words.undone(label));
  }

  /** Add a person by hand; returns the new id, or null when it could not be stored. */
  async function add(fields: Changes): Promise<string | null> {
    const person = newPerson(newId(), now(), { ...fields, source: 'hand' });
    if (inMemory() || !db) $people.set([...$people.get(), person]);
    else if (!(await db.people.add(person).then(() => true, fail))) return null;
    $message.set(words.saved(person.name));
    if ($people.get().length <= 1) void firstSave();
    return person.id;
  }

  /**
   * Save what the reader changed about one person: only the changed fields are written, each
   * with its time, so another tab's change to a different field survives.
   */
  async function save(id: string, changes: Changes): Promise<boolean> {
    const at = now();
    const fields = Object.keys(changes) as EditableField[];
    if (fields.length === 0) return true;
    const stamped: Record<string, unknown> = { ...changes };
    for (const field of fields) stamped[`changed.${field}`] = at;
    if (inMemory() || !db) {
      $people.set(
        $people
          .get()
          .map((p) =>
            p.id === id
              ? { ...p, ...changes, changed: { ...p.changed, ...Object.fromEntries(fields.map((f) => [f, at])) } }
              : p,
          ),
      );
    } else if (!(await db.people.update(id, stamped).then(() => true, fail))) return false;
    const person = $people.get().find((p) => p.id === id);
    $message.set(words.saved(changes.name ?? person?.name ?? ''));
    return true;
  }

  /**
   * Change one person from what is stored now (read and written in one transaction, so a contact
   * logged in another tab is never lost); `edit` returns the changed fields, or null for none.
   */
  async function update(id: string, edit: (person: Person) => Changes | null, message?: string): Promise<boolean> {
    const at = now();
    const apply = (person: Person): Person | null => {
      const changes = edit(person);
      if (!changes) return null;
      const stamps = Object.fromEntries(Object.keys(changes).map((f) => [f, at]));
      return { ...person, ...changes, changed: { ...person.changed, ...stamps } };
    };
    let changed: Person | null = null;
    if (inMemory() || !db) {
      const person = $people.get().find((p) => p.id === id);
      changed = person ? apply(person) : null;
      if (changed) $people.set($people.get().map((p) => (p.id === id ? changed! : p)));
    } else {
      const done = await db
        .transaction('rw', db.people, async () => {
          const person = await db.people.get(id);
          changed = person ? apply(person) : null;
          if (changed) await db.people.put(changed);
        })
        .then(() => true, fail);
      if (!done) return false;
    }
    if (changed && message !== undefined) $message.set(message);
    return changed !== null;
  }

  /**
   * Log a contact made with a person. When it is their planned contact (`contact.plan` is the
   * planned contact's key) the planned contact is done and cleared; a snooze ends.
   */
  async function logContact(personId: string, contact: Omit<LoggedContact, 'id'>): Promise<boolean> {
    const logged: LoggedContact = { ...contact, id: newId() };
    return update(
      personId,
      (p) => ({
        contacts: [...p.contacts, logged],
        snoozedUntil: null,
        ...(contact.plan !== null && p.plannedContact?.key === contact.plan ? { plannedContact: null } : {}),
      }),
      words.saved($people.get().find((p) => p.id === personId)?.name ?? ''),
    );
  }

  /** Change a logged contact (its date, how, notes or give). */
  async function editContact(personId: string, contactId: string, changes: Partial<Omit<LoggedContact, 'id'>>) {
    return update(
      personId,
      (p) =>
        p.contacts.some((c) => c.id === contactId)
          ? { contacts: p.contacts.map((c) => (c.id === contactId ? { ...c, ...changes } : c)) }
          : null,
      words.saved($people.get().find((p) => p.id === personId)?.name ?? ''),
    );
  }

  /** Delete a logged contact: the next due date runs from the one before it again. */
  async function deleteContact(personId: string, contactId: string) {
    return update(
      personId,
      (p) =>
        p.contacts.some((c) => c.id === contactId) ? { contacts: p.contacts.filter((c) => c.id !== contactId) } : null,
      words.saved($people.get().find((p) => p.id === personId)?.name ?? ''),
    );
  }

  /** Turn a network's contact cadence on (from `today`, YYYY-MM-DD), change it, or turn it off (null). */
  async function setNetworkCadence(network: NetworkId, every: NetworkCadence['every'] | null, today: string) {
    const current = $cadences.get();
    const { [network]: old, ...others } = current;
    const next: NetworkCadences =
      every === null ? others : { ...others, [network]: { every, since: old?.every ? old.since : today } };
    await setSetting('cadences', next);
  }

  /**
   * Make the calendar file of the contacts due: `build` gets what the last file said and returns
   * the file and what it says, which is stored in the same transaction (the 'calendar' setting),
   * so the next file keeps every UID and raises the SEQUENCE of what changed. Resolves what `build`
   * made, or null when what it says could not be stored (then no file should be offered).
   */
  async function calendarFile<T extends { readonly sent: CalendarSent }>(
    build: (previous: CalendarSent) => T,
  ): Promise<T | null> {
    if (inMemory() || !db) {
      const made = build(memoryCalendar);
      memoryCalendar = made.sent;
      return made;
    }
    let made: T | null = null;
    const done = await db
      .transaction('rw', db.settings, async () => {
        made = build(parseCalendarSent((await db.settings.get('calendar'))?.value) ?? {});
        await db.settings.put({ key: 'calendar', value: made.sent });
      })
      .then(() => true, fail);
    return done ? made : null;
  }

  /** After the first person is stored: ask once for persistent storage. */
  async function firstSave(): Promise<void> {
    if (inMemory() || !db || !storage) return;
    const asked = await db.settings.get('persistAsked').catch(() => undefined);
    if (asked) return;
    await setSetting('persistAsked', true);
    const granted = await storage.persist().catch(() => false);
    $durability.set(granted ? 'persisted' : 'may-evict');
  }

  return {
    $status,
    $people,
    $self,
    $lastBackup,
    $cadences,
    $undo,
    $durability,
    $message,
    start,
    stop,
    isLive: () => live,
    askToKeep,
    setSelf,
    change,
    undo,
    add,
    save,
    update,
    logContact,
    editContact,
    deleteContact,
    setNetworkCadence,
    calendarFile,
  };
}
