import { memo } from 'react';
import type { NetworkId } from '@/purposes/networks';
import type { PeopleContent } from './content';
import { acceptSuggestions } from './edits';
import type { Row } from './list';
import { names } from './PersonEditor';
import type { Sorter } from './rules';
import type { PeopleStore } from './store';
import { words } from './words';

const w = words.list;

/**
 * One person in the list (./PersonList.tsx). Memoized: a keystroke in the search or a move of the
 * focus stop renders only the rows whose props changed.
 */
export const PersonRow = memo(function PersonRow({
  content,
  sorter,
  store,
  row,
  index,
  start,
  setSize,
  focusStop,
  checked,
  measure,
  onActive,
  onCheck,
  onEdit,
}: {
  content: PeopleContent;
  sorter: Sorter;
  store: PeopleStore;
  row: Row;
  index: number;
  start: number;
  setSize: number;
  /** this row holds the list's focus stop */
  focusStop: boolean;
  checked: boolean;
  measure: (element: HTMLLIElement | null) => void;
  onActive: (index: number) => void;
  onCheck: (id: string, checked: boolean) => void;
  onEdit: (id: string) => void;
}) {
  const p = row.person;
  const tab = focusStop ? 0 : -1;
  return (
    <li
      data-index={index}
      ref={measure}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      style={{ transform: `translateY(${start}px)` }}
    >
      <input
        type="checkbox"
        tabIndex={tab}
        aria-label={w.select(p.name)}
        checked={checked}
        onFocus={() => onActive(index)}
        onChange={(e) => onCheck(p.id, e.currentTarget.checked)}
      />
      <div>
        <button
          type="button"
          className="people-name"
          tabIndex={tab}
          aria-label={w.edit(p.name)}
          onFocus={() => onActive(index)}
          onClick={() => onEdit(p.id)}
        >
          {p.name || w.noName}
        </button>
        <RowDetails content={content} row={row} />
        {row.suggestion ? (
          <p className="people-row-suggestion">
            <span>
              {w.suggestion} {names(content, row.suggestion.networks)}
            </span>{' '}
            <button
              type="button"
              className="button secondary"
              tabIndex={tab}
              aria-label={w.acceptOne(p.name)}
              title={row.suggestion.because}
              onFocus={() => onActive(index)}
              onClick={() =>
                void store.change(words.bulk.accepted(1), [p.id], (people) => ({
                  put: acceptSuggestions(people, sorter, store.$self.get(), Date.now()),
                  remove: [],
                }))
              }
            >
              {w.accept}
            </button>
          </p>
        ) : null}
      </div>
    </li>
  );
});

function RowDetails({ content, row }: { content: PeopleContent; row: Row }) {
  const p = row.person;
  const relation = content.relations.find((r) => r.id === p.relation)?.label;
  const facts = [
    w.at(p.title, p.organization),
    row.seniority?.label,
    relation,
    p.former ? w.former : '',
    p.networks.length ? `${w.networks} ${names(content, p.networks as NetworkId[])}` : '',
  ].filter(Boolean);
  return facts.length ? <p className="people-row-facts">{facts.join(' · ')}</p> : null;
}
