/** Small pieces the estimator's parts share: headings, a list, a row of fields and a table. */
import type { ReactNode } from 'react';
import type { FieldDisplay } from '@/tools/estimator/display';
import type { EstimatorWords } from '@/tools/estimator/schema';
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
  const H = `h${level}` as const;
  return <H id={id}>{children}</H>;
}

/** a heading one level below the step headings */
export function Minor({ level, children }: { level: 2 | 3; children: ReactNode }) {
  const H = `h${level + 1}` as 'h3' | 'h4';
  return <H className="est-minor">{children}</H>;
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
  /** the row's name, its two numbers, then any words about them */
  readonly cells: readonly string[];
}

/** the columns holding numbers (aligned right): the two after the row's name */
const numeric = (column: number) => (column === 1 || column === 2 ? 'num' : undefined);

/**
 * One of the estimator's result tables (the circles, the reach): each row a name, two numbers and
 * any words about them, with its caption, inside a region that scrolls sideways on its own on very
 * narrow screens and is reachable by keyboard. `stack`: on a narrow screen each row stacks, its
 * numbers labelled (est-table-stack in estimator.css).
 */
export function ResultTable({
  caption,
  columns,
  rows,
  stack = false,
}: {
  caption: string;
  columns: readonly string[];
  rows: readonly TableRow[];
  stack?: boolean;
}) {
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
                <td
                  key={i}
                  className={numeric(i + 1)}
                  data-label={stack && numeric(i + 1) ? columns[i + 1] : undefined}
                >
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
