/** Small pieces the estimator's parts share: headings, a list, a row of fields and a table. */
import type { ReactNode } from 'react';
import type { FieldDisplay } from '@/lib/estimator/display';
import type { EstimatorWords } from '@/schemas/estimator';
import { NumberField } from './NumberField';

/** What every part of the island gets besides its slice of the display. */
export interface PartProps {
  readonly words: EstimatorWords;
  readonly level: 2 | 3;
  readonly uid: string;
  /** not hydrated yet: controls switched off */
  readonly off: boolean;
}

export function Heading({ level, id, children }: { level: 2 | 3; id: string; children: ReactNode }) {
  return level === 2 ? <h2 id={id}>{children}</h2> : <h3 id={id}>{children}</h3>;
}

/** a heading one level below the step headings */
export function Minor({ level, children }: { level: 2 | 3; children: ReactNode }) {
  return level === 2 ? <h3 className="est-minor">{children}</h3> : <h4 className="est-minor">{children}</h4>;
}

/** a list of sentences from content or the display */
export function Items({ items, className }: { items: readonly string[]; className?: string }) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export function Fields({
  fields,
  off,
  className = 'est-grid',
}: {
  fields: readonly FieldDisplay[];
  off: boolean;
  className?: string;
}) {
  return (
    <div className={className}>
      {fields.map((f) => (
        <NumberField key={f.id} field={f} disabled={off} />
      ))}
    </div>
  );
}

export interface TableRow {
  readonly key: string;
  /** the layer a row of the circles table is about (data-layer) */
  readonly layer?: string;
  /** the row's name, then its other cells */
  readonly cells: readonly string[];
}

/**
 * A results table with its caption, inside a region that scrolls sideways on its own on very
 * narrow screens and is reachable by keyboard. `num`: the columns holding numbers (aligned right).
 * `stack`: on a narrow screen each row stacks, its numbers labelled (est-table-stack in estimator.css).
 */
export function ResultTable({
  caption,
  columns,
  num,
  rows,
  stack = false,
}: {
  caption: string;
  columns: readonly string[];
  num: readonly number[];
  rows: readonly TableRow[];
  stack?: boolean;
}) {
  const numeric = (i: number) => (num.includes(i) ? 'num' : undefined);
  return (
    // a region that scrolls must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable)
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <section className="est-table-wrap" aria-label={caption} tabIndex={0}>
      <table className={stack ? 'est-table est-table-stack' : 'est-table'}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={numeric(i)}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, layer, cells: [name, ...cells] }) => (
            <tr key={key} data-layer={layer}>
              <th scope="row">{name}</th>
              {cells.map((cell, i) => (
                <td key={i} className={numeric(i + 1)} data-label={stack && numeric(i + 1) ? columns[i + 1] : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
