import { Fragment, memo } from 'react';
import type { PlanItem as Item } from './plan';
import { setItemDone, setItemName } from './store';
import { words } from './words';
import { LIMITS } from './model';

interface Props {
  readonly uid: string;
  readonly item: Item;
  readonly done: boolean;
  readonly names: readonly string[];
}

const { plan: text } = words;

/** One plan item: its box, text, reason and source, and its "Who:" lines. Memoized: a tick renders one item. */
export const PlanItem = memo(function PlanItem({ uid, item, done, names }: Props) {
  const id = `${uid}-item-${item.id.replace(/[^a-z0-9-]/g, '_')}`;
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
              <input
                type="text"
                className="no-print"
                dir="auto"
                maxLength={LIMITS.whoName}
                value={name}
                aria-label={text.nameLine(i + 1, item.who)}
                onChange={(e) => setItemName(item.id, i, e.target.value)}
              />
              <span className="print-only cl-line">{name && <bdi>{name}</bdi>}</span>
            </span>
          ))}
        </div>
      )}
    </li>
  );
});
