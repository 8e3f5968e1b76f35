import { useRef, useState, type KeyboardEvent } from 'react';
import { describedBy } from '@/shared/described-by';
import { focusAfter } from '@/shared/focus';
import { groupsFor } from './plan';
import type { ChecklistTexts } from './schema';
import { addOwnGroup, removeOwnGroup, setChecklistGroup } from './store';
import { words } from './words';
import { LIMITS, type GroupKind, type Profile } from './model';

interface Props {
  readonly texts: ChecklistTexts;
  readonly profile: Profile;
  readonly disabled: boolean;
  readonly uid: string;
}

/** the profile form's two fieldsets of groups: inside the organization (with the reader's own) and outside it */
export function Groups({ texts, profile, disabled, uid }: Props) {
  const choices = (kind: GroupKind) =>
    groupsFor(texts, kind, profile.level).map((g) => (
      <label key={g.id} className="cl-choice">
        <input
          disabled={disabled}
          type="checkbox"
          checked={profile[kind].includes(g.id)}
          onChange={(e) => setChecklistGroup(kind, g.id, e.target.checked)}
        />
        {g.label}
      </label>
    ));
  const builtIn = groupsFor(texts, 'internal', profile.level).map((g) => g.label);
  return (
    <>
      <fieldset className="cl-choices cl-groups">
        <legend>{words.form.internal}</legend>
        {choices('internal')}
        <OwnGroups groups={profile.customInternal} builtIn={builtIn} disabled={disabled} id={`${uid}-own-group`} />
      </fieldset>
      <fieldset className="cl-choices cl-groups">
        <legend>{words.form.external}</legend>
        {choices('external')}
      </fieldset>
    </>
  );
}

interface OwnProps {
  /** the reader's own internal groups, as typed */
  readonly groups: readonly string[];
  /** the labels of the built-in internal groups offered (an own group may not repeat one) */
  readonly builtIn: readonly string[];
  readonly disabled: boolean;
  readonly id: string;
}

/** the reader's own internal groups, each with its Remove, and the field that adds one */
function OwnGroups({ groups, builtIn, disabled, id }: OwnProps) {
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // Remove takes its button away: focus goes to the next group's Remove (the last one's when it
  // was last), or to the field for adding a group once none is left
  const remove = (group: string, index: number) => {
    focusAfter(() => {
      const buttons = listRef.current?.querySelectorAll('button');
      return buttons?.[Math.min(index, buttons.length - 1)] ?? inputRef.current;
    });
    removeOwnGroup(group);
  };
  const add = () => {
    const result = addOwnGroup(label, builtIn);
    setError(result.ok ? null : words.errors[result.error]);
    if (result.ok) setLabel('');
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };

  return (
    <>
      {groups.length > 0 && (
        <ul className="cl-own-groups" aria-label={words.form.ownGroups} ref={listRef}>
          {groups.map((group, index) => (
            <li key={group}>
              <span>{group}</span>
              <button
                disabled={disabled}
                type="button"
                className="button secondary cl-small"
                onClick={() => remove(group, index)}
              >
                {words.form.remove}
                <span className="visually-hidden"> {group}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="cl-add-group">
        <label htmlFor={id}>{words.form.addOwnGroup}</label>
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
            {words.form.addGroup}
          </button>
        </div>
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      </div>
    </>
  );
}
