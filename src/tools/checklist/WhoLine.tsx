import { useEffect, useMemo, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import type { Person } from '@/tools/people/person';
import { LIMITS } from './model';
import { words } from './words';

interface Props {
  /** a unique id the list's ids are made from */
  readonly id: string;
  readonly value: string;
  /** "Name 1 of 3" */
  readonly label: string;
  /** "Your people for name 1 of 3" */
  readonly listLabel: string;
  /** the people the line offers; null: a plain name field, as without Your people */
  readonly people: readonly Person[] | null;
  /** ids of people picked on the item's other lines: not offered again */
  readonly taken?: readonly string[];
  /** the id of the hint that says how to choose */
  readonly hintId?: string | undefined;
  readonly onType: (text: string) => void;
  readonly onPick: (person: Person) => void;
}

/** how many people the list shows at once; the reader types to find the others */
export const SHOWN = 8;

const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-US');
const searchText = new WeakMap<Person, string>();
const textOf = (p: Person) => {
  let text = searchText.get(p);
  if (text === undefined) searchText.set(p, (text = plain(`${p.name} ${p.title} ${p.organization}`)));
  return text;
};

/** the people whose name, title or organization hold every word typed (accents and case aside); everyone for '' */
export function findPeople(people: readonly Person[], query: string): readonly Person[] {
  const parts = plain(query).split(/\s+/u).filter(Boolean);
  return parts.length === 0 ? people : people.filter((p) => parts.every((part) => textOf(p).includes(part)));
}

/** "VP, Engineering · Globex" */
const detailOf = (p: Person) => [p.title.trim(), p.organization.trim()].filter(Boolean).join(' · ');

/**
 * One "Who:" line. Without people to offer, the plain text field it always was. With some, an
 * ARIA combobox (list autocomplete): the reader still types any name, and the list shows the
 * people who match what they typed (everyone, on Down without typing); Down and Up move through
 * it, Enter picks, Escape closes; a click picks too. The focus stays on the field.
 */
export function WhoLine({ id, value, label, listLabel, people, taken = [], hintId, onType, onPick }: Props) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // what the reader typed since the field took the focus; null: nothing yet (the list shows everyone)
  const [query, setQuery] = useState<string | null>(null);
  // worked out only while the list is open: a plan offers up to every person the reader keeps
  const found = useMemo(
    () => (open && people ? findPeople(people, query ?? '').filter((p) => !taken.includes(p.id)) : []),
    [open, people, query, taken],
  );
  const option = (i: number) => `${id}-opt-${i}`;
  // the highlighted person stays in view when the list runs past the screen's edge
  const activeId = active >= 0 ? option(active) : null;
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);
  const shown = found.slice(0, SHOWN);
  const expanded = open && shown.length > 0;
  const close = () => (setOpen(false), setActive(-1));
  const pick = (person: Person) => {
    onPick(person);
    setQuery(null);
    close();
  };
  const key = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) return (setOpen(true), setActive(-1));
      const last = shown.length - 1;
      setActive(event.key === 'ArrowDown' ? (active >= last ? 0 : active + 1) : active <= 0 ? last : active - 1);
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      event.preventDefault();
      pick(shown[active]!);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      close();
    }
  };
  // one field, in the same place with or without people, so that people arriving while the reader
  // types (read after the page loads, or again when it comes back into view) keep its focus
  const combobox =
    people &&
    ({
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': expanded,
      'aria-controls': `${id}-list`,
      'aria-activedescendant': expanded && activeId ? activeId : undefined,
      'aria-describedby': hintId,
      autoComplete: 'off',
      onKeyDown: key,
      onFocus: () => setQuery(null),
      onBlur: close,
    } satisfies InputHTMLAttributes<HTMLInputElement>);
  return (
    <span className="cl-pick">
      <input
        type="text"
        className="no-print"
        dir="auto"
        maxLength={LIMITS.whoName}
        value={value}
        aria-label={label}
        {...combobox}
        onChange={(e) => {
          onType(e.target.value);
          if (!people) return;
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
      />
      {people && (
        <span className="cl-pick-popup no-print" hidden={!expanded}>
          <ul role="listbox" id={`${id}-list`} aria-label={listLabel} className="cl-pick-list">
            {expanded &&
              shown.map((person, i) => (
                // the keyboard picks through the field (aria-activedescendant), as a combobox does
                // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                <li
                  key={person.id}
                  id={option(i)}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'is-active' : undefined}
                  // the field keeps the focus
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => pick(person)}
                >
                  <bdi className="cl-pick-name">{person.name}</bdi>
                  {detailOf(person) && (
                    <span className="cl-pick-detail">
                      {' '}
                      <bdi>{detailOf(person)}</bdi>
                    </span>
                  )}
                </li>
              ))}
          </ul>
          {expanded && found.length > shown.length && (
            <span className="cl-pick-more">{words.plan.pickMore(shown.length, found.length)}</span>
          )}
        </span>
      )}
    </span>
  );
}
