import { useStore } from '@nanostores/react';
import { useDomId } from '@/shared/use-dom-id';
import { useState } from 'react';
import ConfirmErase from '@/shared/ConfirmErase';
import type { NetworkId, RelationId } from '@/purposes/networks';
import type { PeopleContent } from './content';
import { acceptSuggestions, addNetwork, mergeTwo, removeNetwork, setFormer, setRelation } from './edits';
import type { Row } from './list';
import type { Person } from './person';
import type { Sorter } from './rules';
import type { PeopleStore } from './store';
import { words } from './words';

const w = words.bulk;

/** Change many people at once: select (one by one, or all shown), then assign, accept, merge or delete. */
export function BulkPanel(props: {
  content: PeopleContent;
  sorter: Sorter;
  store: PeopleStore;
  shown: readonly Row[];
  selected: ReadonlySet<string>;
  onSelect: (selected: ReadonlySet<string>) => void;
}) {
  const { content, sorter, store, shown, selected, onSelect } = props;
  const people = useStore(store.$people);
  const uid = useDomId('people-bulk');
  const [network, setNetwork] = useState<NetworkId>(content.networks[0]!.id);
  const [relation, setRelationChoice] = useState<RelationId | ''>(content.relations[0]!.id);
  const [keep, setKeep] = useState(0);
  const ids = [...selected];
  const n = ids.length;
  const networkName = content.networks.find((x) => x.id === network)?.label ?? network;
  /** one undoable change to the selected people; `message` from how many were changed */
  const run = (label: (count: number) => string, edit: (current: Person[], at: number) => Person[]) => {
    const count = edit(
      people.filter((p) => selected.has(p.id)),
      Date.now(),
    ).length;
    if (count === 0) return void store.$message.set(w.nothing);
    void store.change(label(count), ids, (current) => ({ put: edit(current, Date.now()), remove: [] }));
  };
  const pair = n === 2 ? ids.map((id) => people.find((p) => p.id === id)).filter((p): p is Person => !!p) : [];
  if (shown.length === 0 && n === 0) return null;
  return (
    <fieldset className="people-bulk">
      <legend>{w.title}</legend>
      <p>
        {w.selected(n)}{' '}
        <button
          type="button"
          className="button secondary"
          onClick={() => onSelect(new Set(shown.map((r) => r.person.id)))}
        >
          {w.selectShown(shown.length)}
        </button>{' '}
        <button type="button" className="button secondary" disabled={n === 0} onClick={() => onSelect(new Set())}>
          {w.clear}
        </button>
      </p>
      <p>
        <label htmlFor={`${uid}-network`}>{w.network}</label>{' '}
        <select id={`${uid}-network`} value={network} onChange={(e) => setNetwork(e.currentTarget.value as NetworkId)}>
          {content.networks.map((x) => (
            <option key={x.id} value={x.id}>
              {x.label}
            </option>
          ))}
        </select>{' '}
        <button
          type="button"
          className="button"
          disabled={n === 0}
          onClick={() =>
            run(
              (c) => w.added(c, networkName),
              (cur, at) => addNetwork(cur, network, at),
            )
          }
        >
          {w.addNetwork}
        </button>{' '}
        <button
          type="button"
          className="button secondary"
          disabled={n === 0}
          onClick={() =>
            run(
              (c) => w.removed(c, networkName),
              (cur, at) => removeNetwork(cur, network, at),
            )
          }
        >
          {w.removeNetwork}
        </button>
      </p>
      <p>
        <label htmlFor={`${uid}-relation`}>{w.relation}</label>{' '}
        <select
          id={`${uid}-relation`}
          value={relation}
          onChange={(e) => setRelationChoice(e.currentTarget.value as RelationId | '')}
        >
          {content.relations.map((x) => (
            <option key={x.id} value={x.id}>
              {x.label}
            </option>
          ))}
          <option value="">{w.notSaid}</option>
        </select>{' '}
        <button
          type="button"
          className="button secondary"
          disabled={n === 0}
          onClick={() => run(w.relationSet, (cur, at) => setRelation(cur, relation || null, at))}
        >
          {w.setRelation}
        </button>
      </p>
      <p>
        <button
          type="button"
          className="button secondary"
          disabled={n === 0}
          onClick={() => run(w.formerSet, (cur, at) => setFormer(cur, true, at))}
        >
          {w.markFormer}
        </button>{' '}
        <button
          type="button"
          className="button secondary"
          disabled={n === 0}
          onClick={() => run(w.accepted, (cur, at) => acceptSuggestions(cur, sorter, store.$self.get(), at))}
        >
          {w.acceptAll}
        </button>
      </p>
      {pair.length === 2 ? (
        <div className="people-merge" role="group" aria-labelledby={`${uid}-keep`}>
          <p id={`${uid}-keep`}>{w.mergeKeep}</p>
          {pair.map((p, i) => (
            <label key={p.id} className="people-check">
              <input type="radio" name={`${uid}-keep`} checked={keep === i} onChange={() => setKeep(i)} />{' '}
              {p.name || words.list.noName}
              {p.organization ? `, ${p.organization}` : ''}
            </label>
          ))}
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              const [a, b] = keep === 0 ? pair : [pair[1]!, pair[0]!];
              void store.change(w.merged(a!.name), [a!.id, b!.id], (cur) => {
                const kept = cur.find((p) => p.id === a!.id);
                const other = cur.find((p) => p.id === b!.id);
                if (!kept || !other) return { put: [], remove: [] };
                return { put: [mergeTwo(kept, other, Date.now())], remove: [other.id] };
              });
              onSelect(new Set([a!.id]));
            }}
          >
            {w.merge}
          </button>
        </div>
      ) : null}
      <ConfirmErase
        words={w.delete}
        disabled={n === 0}
        onConfirm={() => {
          void store.change(w.deleted(n), ids, (cur) => ({ put: [], remove: cur.map((p) => p.id) }));
          onSelect(new Set());
        }}
      />
    </fieldset>
  );
}
