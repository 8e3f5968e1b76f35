import { useRef, useState, type KeyboardEvent } from 'react';
import { describedBy } from '@/shared/described-by';
import { focusAfter } from '@/shared/use-focus-after';
import type { ChecklistWords } from '@/tools/checklist/model';
import { LIMITS } from '@/tools/checklist/profile';
import { addOwnGroup, removeOwnGroup } from '@/tools/checklist/store';

interface Props {
  /** the reader's own internal groups, as typed */
  readonly groups: readonly string[];
  /** the labels of the built-in internal groups offered (an own group may not repeat one) */
  readonly builtIn: readonly string[];
  readonly words: ChecklistWords;
  readonly disabled: boolean;
  readonly uid: string;
}

/** the reader's own internal groups, each with its Remove, and the field that adds one */
export function OwnGroups({ groups, builtIn, words, disabled, uid }: Props) {
  const { form } = words;
  const id = `${uid}-own-group`;
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // Remove takes its button away: focus goes to the next group's Remove (the last one's when
  // it was last), or to the field for adding a group once none is left
  const remove = (group: string, index: number) => {
    focusAfter(() => {
      const buttons = listRef.current?.querySelectorAll('button');
      return buttons?.[Math.min(index, buttons.length - 1)] ?? inputRef.current;
    });
    removeOwnGroup(group);
  };
  const add = () => {
    const result = addOwnGroup(label, builtIn);
    if (result.ok) {
      setLabel('');
      setError(null);
    } else setError(words.errors[result.error]);
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };

  return (
    <>
      {groups.length > 0 && (
        <ul className="cl-own-groups" aria-label={form.ownGroups} ref={listRef}>
          {groups.map((group, index) => (
            <li key={group}>
              <span>{group}</span>
              <button
                disabled={disabled}
                type="button"
                className="button secondary cl-small"
                onClick={() => remove(group, index)}
              >
                {form.remove}
                <span className="visually-hidden"> {group}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="cl-add-group">
        <label htmlFor={id}>{form.addOwnGroup}</label>
        <div className="cl-inline">
          <input
            disabled={disabled}
            id={id}
            ref={inputRef}
            type="text"
            maxLength={LIMITS.groupLabel}
            value={label}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(error && `${id}-error`)}
            onChange={(e) => setLabel(e.target.value)}
            onKeyDown={onKey}
          />
          <button disabled={disabled} type="button" className="button secondary" onClick={add}>
            {form.addGroup}
          </button>
        </div>
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      </div>
    </>
  );
}
