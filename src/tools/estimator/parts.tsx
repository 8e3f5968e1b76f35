/** Pieces the estimator's steps are built from: headings, a list, number fields, a table and the reach chart. */
import type { ReactNode, SyntheticEvent } from 'react';
import type { EstimatorStore } from './store';
import type { EstimatorView, FieldView } from './view';
import { words } from './words';

export function Heading({ level, id, children }: { level: 2 | 3; id: string; children: ReactNode }) {
  const H = `h${level}` as const;
  return <H id={id}>{children}</H>;
}

/** a heading one level below the step headings */
export function Minor({ level, children }: { level: 2 | 3; children: ReactNode }) {
  const H = `h${level + 1}` as 'h3' | 'h4';
  return <H className="est-minor">{children}</H>;
}

export function Items({ items, className }: { items: readonly string[]; className?: string }) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * Labelled native number inputs, each with its hint, unit and inline message (announced).
 * `off` until the island is hydrated: before that, typing would do nothing.
 */
export function Fields(props: {
  fields: readonly FieldView[];
  store: EstimatorStore;
  uid: string;
  off: boolean;
  className?: string;
}) {
  const { fields, store, uid, off, className = 'est-grid' } = props;
  // Every edit is read from the native `input` event: after text the browser cannot read (pasted
  // words, 1e309) the value stays '' when the field is cleared, so React's onChange would not fire.
  const onEdit = (event: SyntheticEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    store.setField(input.name, input.value, input.validity.badInput);
  };
  // on key up and on leaving the field, catch up with the browser's flag
  const onCheck = (event: SyntheticEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    store.recheckField(input.name, input.value, input.validity.badInput);
  };
  return (
    <div className={className}>
      {fields.map(({ id, label, hint, value, error, spec }) => {
        const base = `${uid}-${id.replace('.', '-')}`;
        return (
          <div key={id} className={error ? 'est-field has-error' : 'est-field'} data-field={id}>
            <label htmlFor={base}>{label}</label>
            {hint ? (
              <p className="est-hint" id={`${base}-hint`}>
                {hint}
              </p>
            ) : null}
            <div className="est-input-row">
              <input
                id={base}
                name={id}
                // the wide size (estimator.css) holds the audience ceiling's 250000000; the default, six digits
                className={String(spec.max).length > 6 ? 'est-wide' : undefined}
                type="number"
                inputMode="numeric"
                min={spec.min}
                max={spec.max}
                step={1}
                value={value}
                onInput={onEdit}
                onKeyUp={onCheck}
                onBlur={onCheck}
                disabled={off}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${base}-unit${hint ? ` ${base}-hint` : ''} ${base}-error`}
                autoComplete="off"
              />
              <span className="est-unit" id={`${base}-unit`}>
                {words.unit(spec)}
              </span>
            </div>
            <p className="field-error est-error" id={`${base}-error`} aria-live="polite">
              {error}
            </p>
          </div>
        );
      })}
    </div>
  );
}

/** the columns holding numbers (aligned right): the two after the row's name */
const numeric = (column: number) => (column === 1 || column === 2 ? 'num' : undefined);

/**
 * One of the result tables: each row a name, two numbers and any words about them, inside a
 * region that scrolls sideways on its own on very narrow screens. `stack`: on a narrow screen
 * each row stacks, its numbers labelled (est-table-stack in estimator.css).
 */
export function ResultTable(props: {
  caption: string;
  columns: readonly string[];
  rows: readonly { readonly id?: string; readonly cells: readonly string[] }[];
  stack?: boolean;
}) {
  const { caption, columns, rows, stack = false } = props;
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
          {rows.map(({ id, cells: [name, ...cells] }, row) => (
            <tr key={id ?? row} data-layer={id}>
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

/**
 * Reach within 1, 2 and 3 steps as horizontal bars on a logarithmic axis up to the audience
 * ceiling (dashed line), each labelled with its value; the table beside it has the same numbers.
 * Horizontal positions are percentages of the width and there is no viewBox, so the chart
 * stretches to its box while its text keeps its size: on a 320 px phone as large as on a desktop.
 */
const PAD = 2; // % of the width on each side
const x = (fraction: number) => `${PAD + fraction * (100 - 2 * PAD)}%`;
/** vertical layout in px: top margin, then per bar its label, the bar and a gap */
const [TOP, LABEL, BAR, GAP] = [22, 20, 20, 12];

export function ReachChart({ three, titleId }: { three: EstimatorView['three']; titleId: string }) {
  const axisY = TOP + three.bars.length * (LABEL + BAR + GAP);
  return (
    <svg className="est-chart" width="100%" height={axisY + 22} role="img" aria-labelledby={titleId} focusable="false">
      {three.ticks.map((t) => (
        <g key={t.label} className="est-chart-tick">
          <line x1={x(t.at)} x2={x(t.at)} y1={TOP} y2={axisY} />
          {/* the last label ends at its tick so it never runs off the right edge */}
          <text x={x(t.at)} y={axisY + 16} textAnchor={t.at > 0.97 ? 'end' : 'middle'} fontSize={12}>
            {t.label}
          </text>
        </g>
      ))}
      {three.bars.map((bar, i) => {
        const y = TOP + i * (LABEL + BAR + GAP);
        return (
          <g key={i}>
            <text x={x(0)} y={y + 15} fontSize={14} className="est-chart-label">
              {bar.name}
              <tspan fontWeight="700">{bar.value}</tspan>
            </text>
            <rect
              x={x(0)}
              y={y + LABEL}
              width={`${Math.max(bar.at * (100 - 2 * PAD), 0.6)}%`}
              height={BAR}
              rx="3"
              className="est-chart-rect"
            />
          </g>
        );
      })}
      <line className="est-chart-ceiling" x1={x(1)} x2={x(1)} y1={4} y2={axisY} />
      <text x={x(1)} dx={-4} y={14} textAnchor="end" fontSize={12} className="est-chart-label">
        {three.ceiling}
      </text>
    </svg>
  );
}
