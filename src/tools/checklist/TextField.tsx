import { useState } from 'react';
import { describedBy } from '@/shared/described-by';
import { cutToLimit } from './profile';
import { updateChecklistProfile } from './store';
import { words } from './words';
import { LIMITS } from './model';

/** the message next to a field, with the id its aria-describedby names; nothing without one */
export function FieldError({ id, message }: { readonly id: string; readonly message: string | null }) {
  return message ? (
    <p className="field-error" id={id}>
      {message}
    </p>
  ) : null;
}

interface Props {
  readonly field: 'name' | 'role';
  /** the input's id; its note and error message carry ids made from it */
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly autoComplete: string;
  readonly required?: boolean;
  readonly error: string | null;
  readonly disabled: boolean;
  readonly onBlur: () => void;
}

/**
 * The name or the role: what the reader types or pastes is cut to its limit at a grapheme
 * boundary (no maxLength: a browser cuts a paste mid-emoji and says nothing), and a note says so.
 */
export function TextField({ field, id, label, value, autoComplete, required, error, disabled, onBlur }: Props) {
  const [shortened, setShortened] = useState(false);
  const type = (text: string) => {
    const cut = cutToLimit(text, LIMITS[field]);
    setShortened(cut.shortened);
    updateChecklistProfile({ [field]: cut.text });
  };
  return (
    <div className="cl-field">
      <label htmlFor={id}>{label}</label>
      <input
        disabled={disabled}
        id={id}
        type="text"
        autoComplete={autoComplete}
        required={required}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(shortened && `${id}-shortened`, error && `${id}-error`)}
        onChange={(e) => type(e.target.value)}
        onBlur={onBlur}
      />
      {shortened && (
        <p className="cl-hint" id={`${id}-shortened`} role="status">
          {words.form.shortened(LIMITS[field])}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
