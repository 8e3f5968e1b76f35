import { memo, type SyntheticEvent } from 'react';
import { describedBy } from '@/shared/described-by';
import { useDomId } from '@/shared/use-dom-id';
import type { FieldDisplay } from '@/tools/estimator/display';
import { recheckField, setField } from '@/tools/estimator/store';

/**
 * A labelled native number input with its unit, hint and inline message (announced).
 * `disabled` until the island is hydrated: before that, typing would do nothing.
 */
function NumberFieldView({ field, disabled }: { field: FieldDisplay; disabled: boolean }) {
  const id = useDomId('field');
  const inputId = `${id}-input`;
  const unitId = `${id}-unit`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  // Every edit, read from the native `input` event (onInput, not onChange): after text the
  // browser cannot read (pasted words, 1e309) the value stays '' when the field is cleared, so
  // React's onChange, which fires only when the value changes, would leave the field marked
  // unreadable. onInput alone also keeps the input controlled without a warning.
  const onEdit = (event: SyntheticEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    setField(field.id, input.value, input.validity.badInput);
  };
  // on key up and on leaving the field, catch up with the browser's badInput flag
  const onCheck = (event: SyntheticEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    recheckField(field.id, input.value, input.validity.badInput);
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
          onInput={onEdit}
          onKeyUp={onCheck}
          onBlur={onCheck}
          disabled={disabled}
          aria-invalid={field.error ? true : undefined}
          aria-describedby={describedBy(unitId, field.hint && hintId, errorId)}
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

/**
 * Memoized on its props: the display keeps a field's object while nothing it shows changed
 * ($estimatorDisplay), so a keystroke renders the field typed in (and any field whose message
 * changed), not every field of the estimator.
 */
export const NumberField = memo(NumberFieldView);
