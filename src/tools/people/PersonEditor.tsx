import { useStore } from '@nanostores/react';
import { useDomId } from '@/shared/use-dom-id';
import { useEffect, useRef, useState } from 'react';
import type { NetworkId, RelationId } from '@/purposes/networks';
import type { PeopleContent } from './content';
import { PersonKeep } from './keep/PersonKeep';
import { closenessIds, firstWord, newPerson, type Closeness, type Person } from './person';
import type { Sorter } from './rules';
import type { Changes, EditableField, PeopleStore } from './store';
import { words } from './words';

const w = words.editor;
/** the fields this form edits, with their names for the "changed in another tab" notice */
const fields = [
  'name',
  'greetAs',
  'organization',
  'title',
  'relation',
  'former',
  'networks',
  'closeness',
  'notes',
] as const;
type FormField = (typeof fields)[number] & EditableField;
type Form = Pick<Person, FormField>;
const label: Record<FormField, string> = { ...w, title: w.title, relation: w.relation, former: w.former };
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Add one person (id null) or edit one: only the fields the reader changed are saved. */
export function PersonEditor(props: {
  content: PeopleContent;
  sorter: Sorter;
  store: PeopleStore;
  id: string | null;
  /** YYYY-MM-DD, the reader's today (for logged contacts and snoozes) */
  today: string;
  onClose: () => void;
}) {
  const { content, sorter, store, id, onClose } = props;
  const people = useStore(store.$people);
  const self = useStore(store.$self);
  const live = id === null ? null : (people.find((p) => p.id === id) ?? null);
  // the record as it was when the form opened: what another tab changes since is compared with it
  const [opened] = useState<Person>(() => live ?? newPerson('', 0));
  const [form, setForm] = useState<Form>(() => pick(opened));
  const [problem, setProblem] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const uid = useDomId('people-edit');
  useEffect(() => heading.current?.focus(), []);
  const set = <K extends FormField>(field: K, value: Form[K]) => setForm((f) => ({ ...f, [field]: value }));
  const elsewhere = live ? fields.filter((f) => !same(live[f], opened[f])) : [];
  const seniority = sorter.seniority(form.title);
  const suggestion = sorter.suggest(form, self);

  const save = async () => {
    if (!form.name.trim()) {
      setProblem(w.needName);
      return void document.getElementById(`${uid}-name`)?.focus();
    }
    const changes: Changes = Object.fromEntries(
      fields.filter((f) => !same(form[f], opened[f])).map((f) => [f, form[f]]),
    );
    const ok = id === null || (id !== null && !live) ? (await store.add(form)) !== null : await store.save(id, changes);
    if (ok) onClose();
  };
  const text = (field: 'name' | 'greetAs' | 'organization' | 'title', extra: { hint?: string } = {}) => (
    <p>
      <label htmlFor={`${uid}-${field}`}>{label[field]}</label>
      <input
        id={`${uid}-${field}`}
        type="text"
        value={form[field]}
        onChange={(e) => set(field, e.currentTarget.value)}
        aria-describedby={extra.hint ? `${uid}-${field}-hint` : undefined}
        aria-invalid={field === 'name' && problem ? true : undefined}
      />
      {extra.hint ? (
        <span id={`${uid}-${field}-hint`} className="muted">
          {' '}
          {extra.hint}
        </span>
      ) : null}
    </p>
  );
  return (
    <>
      <form
        className="people-editor"
        aria-labelledby={`${uid}-heading`}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h2 id={`${uid}-heading`} tabIndex={-1} ref={heading}>
          {id === null ? w.addTitle : w.editTitle(opened.name)}
        </h2>
        {id !== null && !live ? <p className="notice">{w.deletedElsewhere}</p> : null}
        {elsewhere.length ? (
          <p className="notice" role="status">
            {w.elsewhere(elsewhere.map((f) => label[f]).join(', '))}
          </p>
        ) : null}
        {problem ? (
          <p className="notice error" role="alert">
            {problem}
          </p>
        ) : null}
        {text('name')}
        {text('greetAs', { hint: w.greetAsHint(firstWord(form.name)) })}
        {text('organization')}
        {text('title')}
        {seniority ? <p className="muted">{w.seniority(seniority.label, seniority.word)}</p> : null}
        <p>
          <label htmlFor={`${uid}-relation`}>{w.relation}</label>
          <select
            id={`${uid}-relation`}
            value={form.relation ?? ''}
            onChange={(e) => set('relation', (e.currentTarget.value || null) as RelationId | null)}
          >
            <option value="">{words.bulk.notSaid}</option>
            {content.relations.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label>
            <input type="checkbox" checked={form.former} onChange={(e) => set('former', e.currentTarget.checked)} />{' '}
            {w.former}
          </label>
        </p>
        <fieldset>
          <legend>{w.networks}</legend>
          {content.networks.map((n) => (
            <label key={n.id} className="people-check">
              <input
                type="checkbox"
                checked={form.networks.includes(n.id)}
                onChange={(e) =>
                  set(
                    'networks',
                    e.currentTarget.checked ? [...form.networks, n.id] : form.networks.filter((x) => x !== n.id),
                  )
                }
              />{' '}
              {n.label}
            </label>
          ))}
        </fieldset>
        {suggestion ? (
          <div className="people-suggestion">
            <p>
              {w.suggestion} <strong>{names(content, suggestion.networks)}</strong>. {suggestion.because}
            </p>
            <button
              type="button"
              className="button secondary"
              onClick={() => set('networks', [...form.networks, ...suggestion.networks])}
            >
              {words.list.accept}
            </button>
          </div>
        ) : null}
        <p>
          <label htmlFor={`${uid}-closeness`}>{w.closeness}</label>
          <select
            id={`${uid}-closeness`}
            value={form.closeness ?? ''}
            onChange={(e) => set('closeness', (e.currentTarget.value || null) as Closeness | null)}
          >
            <option value="">{words.bulk.notSaid}</option>
            {closenessIds.map((c) => (
              <option key={c} value={c}>
                {words.closeness[c]}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor={`${uid}-notes`}>{w.notes}</label>
          <textarea
            id={`${uid}-notes`}
            rows={3}
            value={form.notes}
            onChange={(e) => set('notes', e.currentTarget.value)}
          />
        </p>
        <p>
          <button type="submit" className="button">
            {w.save}
          </button>{' '}
          <button type="button" className="button secondary" onClick={onClose}>
            {w.cancel}
          </button>{' '}
          {live ? (
            <button
              type="button"
              className="button secondary"
              onClick={() =>
                void store
                  .change(words.editor.deleted(live.name), [live.id], () => ({ put: [], remove: [live.id] }))
                  .then((ok) => ok && onClose())
              }
            >
              {w.delete}
            </button>
          ) : null}
        </p>
      </form>
      {/* keeping in touch is stored at once, outside this form (a form cannot hold another) */}
      {live ? <PersonKeep person={live} content={content} store={store} today={props.today} /> : null}
    </>
  );
}

function pick(p: Person): Form {
  return Object.fromEntries(fields.map((f) => [f, p[f]])) as unknown as Form;
}

export function names(content: PeopleContent, ids: readonly NetworkId[]): string {
  return ids.map((id) => content.networks.find((n) => n.id === id)?.label ?? id).join(', ');
}
