import { type ChangeEvent } from 'react';
import { useDomId } from '../use-dom-id';
import type { FieldSpec } from '../../lib/estimator/fields';
import { rangeLabel } from '../../lib/estimator/numbers';
import { setField } from '../../stores/estimator';

interface Props {
  /** the estimator's field id, e.g. "layer.support" */
  field: string;
  spec: FieldSpec;
  label: string;
  hint?: string;
  value: string;
  error?: string | undefined;
}

/** A labelled native number input with its unit, hint and inline message (announced). */
export function NumberField({ field, spec, label, hint, value, error }: Props) {
  const id = useDomId('field');
  const inputId = `${id}-input`;
  const unitId = `${id}-unit`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [unitId, hint ? hintId : '', errorId].filter(Boolean).join(' ');
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    setField(field, input.value, input.validity.badInput);
  };
  return (
    <div className={error ? 'est-field has-error' : 'est-field'} data-field={field}>
      <label htmlFor={inputId}>{label}</label>
      {hint ? (
        <p className="est-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="est-input-row">
        <input
          id={inputId}
          name={field}
          type="number"
          inputMode="numeric"
          min={spec.min}
          max={spec.max}
          step={spec.whole ? 1 : 'any'}
          value={value}
          onChange={onChange}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          autoComplete="off"
        />
        <span className="est-unit" id={unitId}>
          {rangeLabel(spec)}
        </span>
      </div>
      <p className="field-error est-error" id={errorId} aria-live="polite">
        {error ?? ''}
      </p>
    </div>
  );
}
