import { Fragment, memo } from 'react';
import { formatShortDate, parseIsoDate } from '@/shared/dates';
import type { Person } from '@/tools/people/person';
import type { PlanItem as Item } from './plan';
import { pickChecklistPerson, setItemDone, setItemName } from './store';
import { WhoLine } from './WhoLine';
import { words } from './words';

/** what the reader's people say of an item, once read */
export interface ItemPeople {
  /** the people its lines offer; null: none (the lines are plain name fields) */
  readonly offered: readonly Person[] | null;
  /** the day its picked people were all logged in Your people, or null */
  readonly logged: string | null;
  /** the picked people whose planned contact is still this item's, by name; '' for none */
  readonly planned: string;
}

interface Props {
  readonly uid: string;
  readonly item: Item;
  readonly done: boolean;
  readonly names: readonly string[];
  /** YYYY-MM-DD, the item's phase's due date (a picked person's planned contact) */
  readonly due: string;
  /** the person picked on each line (null: written by hand) */
  readonly picks?: readonly (string | null)[] | undefined;
  /** absent while nobody is stored: the item is drawn as it is without Your people */
  readonly people?: ItemPeople | undefined;
  /** read the people again (after a pick set a planned contact) */
  readonly onPicked?: (() => void) | undefined;
}

const { plan: text } = words;
const NONE: readonly (string | null)[] = [];

/** a YYYY-MM-DD date as the plan writes it, in a <time> */
function ShortDate({ iso }: { readonly iso: string }) {
  const date = parseIsoDate(iso);
  return date ? <time dateTime={iso}>{formatShortDate(date)}</time> : null;
}

/** One plan item: its box, text, reason and source, and its "Who:" lines. Memoized: a tick renders one item. */
export const PlanItem = memo(function PlanItem({ uid, item, done, names, due, picks = NONE, people, onPicked }: Props) {
  const id = `${uid}-item-${item.id.replace(/[^a-z0-9-]/g, '_')}`;
  const offered = people?.offered ?? null;
  const section = (
    <Fragment key="section">
      <span className="cl-section">{item.sectionTitle}</span>
      {item.emphasised && <span className="cl-purpose-tag"> {text.fitsPurpose}</span>}
    </Fragment>
  );
  return (
    <li className={`cl-item${done ? ' is-done' : ''}`} data-item={item.id}>
      <div className="cl-item-main">
        <input
          id={id}
          type="checkbox"
          className="cl-check no-print"
          checked={done}
          onChange={(e) => setItemDone(item.id, e.target.checked)}
        />
        <span className="cl-box print-only" aria-hidden="true">
          {done ? '✓' : ''}
        </span>
        <div className="cl-item-body">
          <label htmlFor={id} id={`${id}-text`} className="cl-item-text">
            {item.text}
            {done && <span className="print-only cl-done-note"> {text.doneNote}</span>}
          </label>
          <p className="cl-why">
            {text.why(section, item.why)}
            {item.source && <span className="cl-source"> {text.source(item.source.short)}</span>}
          </p>
        </div>
      </div>
      {/* the group's name is "Who:" and the item's text; each line is "Name 1 of 3" inside it */}
      {item.who > 0 && (
        <div className="cl-who" role="group" aria-labelledby={`${id}-who ${id}-text`}>
          <span className="cl-who-label" id={`${id}-who`}>
            {text.who}
          </span>
          {Array.from({ length: item.who }, (_, i) => names[i] ?? '').map((name, i) => (
            <span className="cl-who-line" key={i}>
              <WhoLine
                id={`${id}-line-${i + 1}`}
                value={name}
                label={text.nameLine(i + 1, item.who)}
                listLabel={text.pickList(i + 1, item.who)}
                people={offered}
                // a person picked on another line is not offered again
                taken={picks.filter((p, j): p is string => j !== i && p !== null && p !== picks[i])}
                hintId={offered ? `${id}-hint` : undefined}
                onType={(typed) => void setItemName(item.id, i, typed)}
                onPick={(person) =>
                  void pickChecklistPerson({ id: item.id, text: item.text, due }, i, person).then(onPicked)
                }
              />
              <span className="print-only cl-line">{name && <bdi>{name}</bdi>}</span>
            </span>
          ))}
          {offered && (
            <p className="cl-who-hint no-print" id={`${id}-hint`}>
              {text.peopleHint(offered.length)}
            </p>
          )}
          {people && (
            <p className="cl-who-status no-print" role="status">
              {people.logged
                ? text.logged(<ShortDate key="date" iso={people.logged} />)
                : people.planned && text.planned(people.planned, <ShortDate key="date" iso={due} />)}
            </p>
          )}
        </div>
      )}
    </li>
  );
});
