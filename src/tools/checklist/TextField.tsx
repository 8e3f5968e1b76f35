import { useState, type Ref } from 'react';
import { describedBy } from '@/shared/described-by';
import { LIMITS } from '@/tools/checklist/profile';
import { cutToLimit } from '@/tools/checklist/words';
import { fill } from '@/shared/template';
import { updateChecklistProfile } from '@/tools/checklist/store';
import { FieldError } from './FieldError';

interface Props {
  readonly field: 'name' | 'role';
  /** the input's id; its note and error message carry ids made from it */
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly autoComplete: string;
  readonly required?: boolean;
  /** the error message to show, or null */
  readonly error: string | null;
  /** "… shortened to {limit} characters" */
  readonly shortenedText: string;
  readonly disabled: boolean;
  readonly inputRef: Ref<HTMLInputElement>;
  readonly onBlur: () => void;
}

/**
 * The name or the role: what the reader types or pastes is cut to its limit at a grapheme
 * boundary (no maxLength: a browser cuts a paste mid-emoji and says nothing), and a note says so.
 */
export function TextField({
  field,
  id,
  label,
  value,
  autoComplete,
  required,
  error,
  shortenedText,
  disabled,
  inputRef,
  onBlur,
}: Props) {
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
        ref={inputRef}
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
          {fill(shortenedText, { limit: LIMITS[field] })}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
