import { useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { focusAfter } from '../use-focus-after';
import { START_MAX, START_MIN, isCalendarDate } from '../../lib/checklist/dates';
import { groupsFor } from '../../lib/checklist/plan';
import { cutToLimit } from '../../lib/checklist/words';
import { fill } from '../../lib/shared/template';
import { LIMITS, type ProfileErrors, type ProfileField } from '../../lib/checklist/profile';
import type { Profile } from '../../lib/checklist/model';
import { addOwnGroup, removeOwnGroup, setChecklistGroup, updateChecklistProfile } from '../../stores/checklist';
import type { ChecklistProps } from './types';
import { NewToNetworking } from './NewToNetworking';

interface Props {
  readonly profile: Profile;
  /** the errors to show next to their fields (see src/lib/checklist/view.ts) */
  readonly errors: ProfileErrors;
  readonly built: boolean;
  /** false in the server's HTML: without JavaScript every control is switched off, so the form cannot be submitted and lose the input */
  readonly hydrated: boolean;
  readonly content: ChecklistProps['content'];
  readonly labels: ChecklistProps['labels'];
  readonly onBlurField: (field: ProfileField) => void;
  readonly onSubmit: () => void;
  /** this instance's id prefix (two checklists on one page never share an id or a radio name) */
  readonly uid: string;
  /** the element to focus for a field; for the level, the checked radio or else the first one */
  readonly fieldRef: (field: ProfileField) => Ref<HTMLInputElement>;
}

/** the id a field's input (for the level: its first radio) carries; the error summary links to it */
export const profileFieldId = (uid: string, field: ProfileField) => `${uid}-${field}`;

export function ProfileForm({
  profile,
  errors,
  built,
  hydrated,
  content,
  labels,
  onBlurField,
  onSubmit,
  uid,
  fieldRef,
}: Props) {
  const fieldId = (field: ProfileField) => profileFieldId(uid, field);
  const ownGroupId = `${uid}-own-group`;
  const [ownGroup, setOwnGroup] = useState('');
  const [groupError, setGroupError] = useState<string | null>(null);
  // the text fields whose last entry was cut to fit (no maxLength: a browser cuts a paste mid-emoji and says nothing)
  const [shortened, setShortened] = useState<Partial<Record<'name' | 'role', boolean>>>({});
  const typeText = (field: 'name' | 'role', value: string) => {
    const cut = cutToLimit(value, LIMITS[field]);
    setShortened((s) => (s[field] === cut.shortened ? s : { ...s, [field]: cut.shortened }));
    updateChecklistProfile({ [field]: cut.text });
  };
  const shortenedId = (field: 'name' | 'role') => `${fieldId(field)}-shortened`;
  const shortenedNote = (field: 'name' | 'role') =>
    shortened[field] ? (
      <p className="cl-hint" id={shortenedId(field)} role="status">
        {fill(content.words.form.shortened, { limit: LIMITS[field] })}
      </p>
    ) : null;
  const ownListRef = useRef<HTMLUListElement>(null);
  const ownInputRef = useRef<HTMLInputElement>(null);
  // Remove takes its button away: focus goes to the next group's Remove (the last one's when
  // it was last), or to the field for adding a group once none is left
  const removeGroup = (label: string, index: number) => {
    focusAfter(() => {
      const buttons = ownListRef.current?.querySelectorAll('button');
      return buttons?.[Math.min(index, buttons.length - 1)] ?? ownInputRef.current;
    });
    removeOwnGroup(label);
  };
  const internal = groupsFor(content.words, 'internal', profile.level);
  const external = groupsFor(content.words, 'external', profile.level);
  const message = (field: ProfileField) => {
    const code = errors[field];
    return code ? labels.errors[code] : null;
  };
  const described = (field: ProfileField, hint?: string) =>
    [
      hint,
      (field === 'name' || field === 'role') && shortened[field] ? shortenedId(field) : undefined,
      message(field) ? `${fieldId(field)}-error` : undefined,
    ]
      .filter(Boolean)
      .join(' ') || undefined;
  const errorText = (field: ProfileField) => {
    const text = message(field);
    return text ? (
      <p className="field-error" id={`${fieldId(field)}-error`}>
        {text}
      </p>
    ) : null;
  };

  const addGroup = () => {
    const result = addOwnGroup(
      ownGroup,
      internal.map((g) => g.label),
    );
    if (result.ok) {
      setOwnGroup('');
      setGroupError(null);
    } else setGroupError(labels.errors[result.error]);
  };
  const onGroupKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      addGroup();
    }
  };
  const submit = (event: { preventDefault(): void }) => {
    event.preventDefault();
    onSubmit();
  };
  const self = profile.audience === 'self';
  const off = !hydrated;
  const words = content.words.form;

  return (
    <form className="cl-form no-print" onSubmit={submit} noValidate aria-label={words.label}>
      <fieldset className="cl-choices">
        <legend>{words.audience}</legend>
        {labels.audiences.map((a) => (
          <label key={a.id} className="cl-choice">
            <input
              disabled={off}
              type="radio"
              name={`${uid}-audience`}
              value={a.id}
              checked={profile.audience === a.id}
              onChange={() => updateChecklistProfile({ audience: a.id })}
            />
            {a.label}
          </label>
        ))}
      </fieldset>

      <div className="cl-field">
        <label htmlFor={fieldId('name')}>
          {fill(words.optional, { label: self ? words.name.self : words.name.manager })}
        </label>
        <input
          disabled={off}
          id={fieldId('name')}
          ref={fieldRef('name')}
          type="text"
          autoComplete={self ? 'name' : 'off'}
          value={profile.name}
          aria-invalid={message('name') ? true : undefined}
          aria-describedby={described('name')}
          onChange={(e) => typeText('name', e.target.value)}
          onBlur={() => onBlurField('name')}
        />
        {shortenedNote('name')}
        {errorText('name')}
      </div>

      <div className="cl-field">
        <label htmlFor={fieldId('role')}>{words.role}</label>
        <input
          disabled={off}
          id={fieldId('role')}
          ref={fieldRef('role')}
          type="text"
          autoComplete="organization-title"
          required
          value={profile.role}
          aria-invalid={message('role') ? true : undefined}
          aria-describedby={described('role')}
          onChange={(e) => typeText('role', e.target.value)}
          onBlur={() => onBlurField('role')}
        />
        {shortenedNote('role')}
        {errorText('role')}
      </div>

      {/* a radiogroup (not a plain group) supports aria-invalid; the legend names it */}
      <fieldset
        className="cl-choices"
        role="radiogroup"
        aria-labelledby={`${uid}-level-legend`}
        aria-invalid={message('level') ? true : undefined}
        aria-describedby={described('level')}
      >
        <legend id={`${uid}-level-legend`}>{words.level}</legend>
        {content.words.levels.map((l, index) => (
          <label key={l.id} className="cl-choice">
            <input
              disabled={off}
              // the first radio carries the field's id: the error summary links to it
              id={index === 0 ? fieldId('level') : undefined}
              ref={
                profile.level === l.id || (index === 0 && !content.words.levels.some((o) => o.id === profile.level))
                  ? fieldRef('level')
                  : undefined
              }
              type="radio"
              name={`${uid}-level`}
              value={l.id}
              required
              checked={profile.level === l.id}
              onChange={() => updateChecklistProfile({ level: l.id })}
            />
            {l.label}
          </label>
        ))}
        {errorText('level')}
      </fieldset>

      <div className="cl-field">
        <label htmlFor={fieldId('startDate')}>{words.startDate}</label>
        <input
          disabled={off}
          id={fieldId('startDate')}
          ref={fieldRef('startDate')}
          type="date"
          min={START_MIN}
          max={START_MAX}
          required
          // a tampered stored value would make the browser warn; the error message says what is wrong
          value={isCalendarDate(profile.startDate) ? profile.startDate : ''}
          aria-invalid={message('startDate') ? true : undefined}
          aria-describedby={described('startDate', `${fieldId('startDate')}-hint`)}
          onChange={(e) => updateChecklistProfile({ startDate: e.target.value })}
          onBlur={() => onBlurField('startDate')}
        />
        <p className="cl-hint" id={`${fieldId('startDate')}-hint`}>
          {words.startDateHint}
        </p>
        {errorText('startDate')}
      </div>

      <fieldset className="cl-choices">
        <legend>{words.sameOrg}</legend>
        <label className="cl-choice">
          <input
            disabled={off}
            type="radio"
            name={`${uid}-same-org`}
            checked={profile.sameOrg}
            onChange={() => updateChecklistProfile({ sameOrg: true })}
          />
          {words.sameOrgYes}
        </label>
        <label className="cl-choice">
          <input
            disabled={off}
            type="radio"
            name={`${uid}-same-org`}
            checked={!profile.sameOrg}
            onChange={() => updateChecklistProfile({ sameOrg: false })}
          />
          {words.sameOrgNo}
        </label>
      </fieldset>

      <fieldset className="cl-choices cl-groups">
        <legend>{words.internal}</legend>
        {internal.map((g) => (
          <label key={g.id} className="cl-choice">
            <input
              disabled={off}
              type="checkbox"
              checked={profile.internal.includes(g.id)}
              onChange={(e) => setChecklistGroup('internal', g.id, e.target.checked)}
            />
            {g.label}
          </label>
        ))}
        {profile.customInternal.length > 0 && (
          <ul className="cl-own-groups" aria-label={words.ownGroups} ref={ownListRef}>
            {profile.customInternal.map((label, index) => (
              <li key={label}>
                <span>{label}</span>
                <button
                  disabled={off}
                  type="button"
                  className="button secondary cl-small"
                  onClick={() => removeGroup(label, index)}
                >
                  {words.remove}
                  <span className="visually-hidden"> {label}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="cl-add-group">
          <label htmlFor={ownGroupId}>{words.addOwnGroup}</label>
          <div className="cl-inline">
            <input
              disabled={off}
              id={ownGroupId}
              ref={ownInputRef}
              type="text"
              maxLength={LIMITS.groupLabel}
              value={ownGroup}
              aria-invalid={groupError ? true : undefined}
              aria-describedby={groupError ? `${ownGroupId}-error` : undefined}
              onChange={(e) => setOwnGroup(e.target.value)}
              onKeyDown={onGroupKey}
            />
            <button disabled={off} type="button" className="button secondary" onClick={addGroup}>
              {words.addGroup}
            </button>
          </div>
          <p className="field-error" id={`${ownGroupId}-error`} role="alert">
            {groupError}
          </p>
        </div>
      </fieldset>

      <fieldset className="cl-choices cl-groups">
        <legend>{words.external}</legend>
        {external.map((g) => (
          <label key={g.id} className="cl-choice">
            <input
              disabled={off}
              type="checkbox"
              checked={profile.external.includes(g.id)}
              onChange={(e) => setChecklistGroup('external', g.id, e.target.checked)}
            />
            {g.label}
          </label>
        ))}
      </fieldset>

      <NewToNetworking
        text={content.words.firstSteps}
        audience={profile.audience}
        checked={profile.newToNetworking === true}
        disabled={off}
        uid={uid}
      />

      <button disabled={off} type="submit" className="button">
        {built ? words.goToPlan : words.build}
      </button>
    </form>
  );
}
