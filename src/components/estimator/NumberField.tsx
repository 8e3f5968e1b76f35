import { type ChangeEvent } from 'react';
import { useDomId } from '../use-dom-id';
import type { FieldDisplay } from '../../lib/estimator/display';
import { setField } from '../../stores/estimator';

/**
 * A labelled native number input with its unit, hint and inline message (announced).
 * `disabled` until the island is hydrated: before that, typing would do nothing.
 */
export function NumberField({ field, disabled }: { field: FieldDisplay; disabled: boolean }) {
  const id = useDomId('field');
  const inputId = `${id}-input`;
  const unitId = `${id}-unit`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [unitId, field.hint ? hintId : '', errorId].filter(Boolean).join(' ');
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    setField(field.id, input.value, input.validity.badInput);
  };
  return (
    <div className={field.error ? 'est-field has-error' : 'est-field'} data-field={field.id}>
      <label htmlFor={inputId}>{field.label}</label>
      {field.hint ? (
        <p className="est-hint" id={hintId}>
          {field.hint}
        </p>
      ) : null}
      <div className="est-input-row">
        <input
          id={inputId}
          name={field.id}
          className={field.wide ? 'est-wide' : undefined}
          type="number"
          inputMode="numeric"
          min={field.spec.min}
          max={field.spec.max}
          step={field.spec.whole ? 1 : 'any'}
          value={field.value}
          onChange={onChange}
          disabled={disabled}
          aria-invalid={field.error ? true : undefined}
          aria-describedby={describedBy}
          autoComplete="off"
        />
        <span className="est-unit" id={unitId}>
          {field.unit}
        </span>
      </div>
      <p className="field-error est-error" id={errorId} aria-live="polite">
        {field.error}
      </p>
    </div>
  );
}
