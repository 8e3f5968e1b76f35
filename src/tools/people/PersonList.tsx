import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useDomId } from '@/shared/use-dom-id';
import { useCallback, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { PeopleContent } from './content';
import type { Filters, Row } from './list';
import { PersonRow } from './PersonRow';
import type { Sorter } from './rules';
import type { PeopleStore } from './store';
import { words } from './words';

const w = words.list;

/**
 * The people, searched and filtered, in a virtualized list: only the rows near the visible part
 * are in the page. One row holds the focus stop (roving tabindex); the arrow keys, Page Up,
 * Page Down, Home and End move it, scrolling the row into view, so every person is reachable by
 * keyboard.
 */
export function PersonList(props: {
  content: PeopleContent;
  sorter: Sorter;
  store: PeopleStore;
  rows: readonly Row[];
  /** null while the database opens */
  total: number | null;
  query: string;
  onQuery: (query: string) => void;
  filters: Filters;
  onFilters: (filters: Filters) => void;
  selected: ReadonlySet<string>;
  onSelect: (selected: ReadonlySet<string>) => void;
  onEdit: (id: string) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  children: ReactNode;
}) {
  const { content, sorter, store, rows, total, filters, selected, onSelect, onEdit } = props;
  const uid = useDomId('people-list');
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(0, rows.length - 1));
  // the virtualizer's functions change as it measures: this component is not memoized by the compiler
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 84,
    overscan: 6,
    // the row holding the focus stop stays in the page even when scrolled away, so Tab finds it
    rangeExtractor: (range) => [...new Set([...defaultRangeExtractor(range), current])].sort((a, b) => a - b),
  });
  /** focus row i's name once it is rendered (a few frames at most after scrolling to it) */
  const focusRow = (i: number, tries = 10) =>
    requestAnimationFrame(() => {
      const button = scroller.current?.querySelector<HTMLElement>(`[data-index="${i}"] .people-name`);
      if (button) button.focus();
      else if (tries > 0) focusRow(i, tries - 1);
    });
  const move = (to: number) => {
    const i = Math.max(0, Math.min(rows.length - 1, to));
    setActive(i);
    virtual.scrollToIndex(i, { align: 'auto' });
    focusRow(i);
  };
  const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 600) / 84));
  const keys: Record<string, () => void> = {
    ArrowDown: () => move(current + 1),
    ArrowUp: () => move(current - 1),
    PageDown: () => move(current + page),
    PageUp: () => move(current - page),
    Home: () => move(0),
    End: () => move(rows.length - 1),
  };
  const check = useCallback(
    (id: string, checked: boolean) => {
      const next = new Set(selected);
      if (checked) next.add(id);
      else next.delete(id);
      onSelect(next);
    },
    [selected, onSelect],
  );
  const filter = <K extends keyof Filters>(
    key: K,
    labelText: string,
    options: readonly { id: string; label: string }[],
  ) => (
    <p className="people-filter">
      <label htmlFor={`${uid}-${key}`}>{labelText}</label>
      <select
        id={`${uid}-${key}`}
        value={filters[key]}
        onChange={(e) => props.onFilters({ ...filters, [key]: e.currentTarget.value })}
      >
        <option value="">{w.any}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
        <option value="none">{w.none}</option>
      </select>
    </p>
  );
  return (
    <section className="people-list" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`} tabIndex={-1} ref={props.headingRef}>
        {w.title}
      </h2>
      <div className="people-filters">
        <p className="people-search">
          <label htmlFor={`${uid}-search`}>{w.search}</label>
          <input
            id={`${uid}-search`}
            type="search"
            value={props.query}
            onChange={(e) => props.onQuery(e.currentTarget.value)}
          />
        </p>
        {filter('network', w.network, [...content.networks, { id: 'suggested', label: w.suggested }])}
        {filter('relation', w.relation, [...content.relations, { id: 'former', label: w.former }])}
        {filter('seniority', w.seniority, sorter.levels)}
      </div>
      <p className="people-count" aria-live="polite">
        {total === null
          ? words.opening
          : total === 0
            ? w.empty
            : rows.length === 0
              ? w.noMatch
              : w.shown(rows.length, total)}
      </p>
      {props.children}
      {rows.length > 0 ? (
        <>
          <p className="muted" id={`${uid}-keys`}>
            {w.keys}
          </p>
          <div className="people-scroll" ref={scroller}>
            {/* the keys come from the controls inside the rows (roving tabindex) */}
            {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
            <ul
              aria-label={w.label}
              aria-describedby={`${uid}-keys`}
              style={{ height: virtual.getTotalSize() }}
              onKeyDown={(e) => {
                const action = keys[e.key];
                if (!action) return;
                e.preventDefault();
                action();
              }}
            >
              {virtual.getVirtualItems().map((item) => {
                const row = rows[item.index]!;
                return (
                  <PersonRow
                    key={row.person.id}
                    content={content}
                    sorter={sorter}
                    store={store}
                    row={row}
                    index={item.index}
                    start={item.start}
                    setSize={rows.length}
                    focusStop={item.index === current}
                    checked={selected.has(row.person.id)}
                    measure={virtual.measureElement}
                    onActive={setActive}
                    onCheck={check}
                    onEdit={onEdit}
                  />
                );
              })}
            </ul>
          </div>
        </>
      ) : null}
    </section>
  );
}
