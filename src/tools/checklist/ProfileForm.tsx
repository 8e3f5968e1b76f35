import type { Ref } from 'react';
import { describedBy } from '@/shared/described-by';
import { START_MAX, START_MIN, isCalendarDate } from '@/tools/checklist/dates';
import type { ChecklistWords, Profile } from '@/tools/checklist/model';
import { groupsFor } from '@/tools/checklist/plan';
import type { ProfileErrors, ProfileField } from '@/tools/checklist/profile';
import { fill } from '@/shared/template';
import { updateChecklistProfile } from '@/tools/checklist/store';
import { FieldError } from './FieldError';
import { GroupChoices } from './GroupChoices';
import { NewToNetworking } from './NewToNetworking';
import { OwnGroups } from './OwnGroups';
import { TextField } from './TextField';

interface Props {
  readonly profile: Profile;
  /** the errors to show next to their fields (see src/lib/checklist/view.ts) */
  readonly errors: ProfileErrors;
  readonly built: boolean;
  /** false in the server's HTML: without JavaScript every control is switched off, so the form cannot be submitted and lose the input */
  readonly hydrated: boolean;
  readonly words: ChecklistWords;
  readonly onBlurField: (field: ProfileField) => void;
  readonly onSubmit: () => void;
  /** this instance's id prefix (two checklists on one page never share an id or a radio name) */
  readonly uid: string;
  /** the element to focus for a field; for the level, the checked radio or else the first one */
  readonly fieldRef: (field: ProfileField) => Ref<HTMLInputElement>;
}

/** the id a field's input (for the level: its first radio) carries; the error summary links to it */
export const profileFieldId = (uid: string, field: ProfileField) => `${uid}-${field}`;

export function ProfileForm({ profile, errors, built, hydrated, words, onBlurField, onSubmit, uid, fieldRef }: Props) {
  const fieldId = (field: ProfileField) => profileFieldId(uid, field);
  const errorId = (field: ProfileField) => `${fieldId(field)}-error`;
  const message = (field: ProfileField) => {
    const code = errors[field];
    return code ? words.errors[code] : null;
  };
  const internal = groupsFor(words, 'internal', profile.level);
  const submit = (event: { preventDefault(): void }) => {
    event.preventDefault();
    onSubmit();
  };
  const self = profile.audience === 'self';
  const off = !hydrated;
  const { form } = words;
  const levelKnown = words.levels.some((o) => o.id === profile.level);

  return (
    <form className="cl-form no-print" onSubmit={submit} noValidate aria-label={form.label}>
      <fieldset className="cl-choices">
        <legend>{form.audience}</legend>
        {words.audiences.map((a) => (
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

      <TextField
        field="name"
        id={fieldId('name')}
        label={fill(form.optional, { label: self ? form.name.self : form.name.manager })}
        value={profile.name}
        autoComplete={self ? 'name' : 'off'}
        error={message('name')}
        shortenedText={form.shortened}
        disabled={off}
        inputRef={fieldRef('name')}
        onBlur={() => onBlurField('name')}
      />

      <TextField
        field="role"
        id={fieldId('role')}
        label={form.role}
        value={profile.role}
        autoComplete="organization-title"
        required
        error={message('role')}
        shortenedText={form.shortened}
        disabled={off}
        inputRef={fieldRef('role')}
        onBlur={() => onBlurField('role')}
      />

      {/* a radiogroup (not a plain group) supports aria-invalid; the legend names it */}
      <fieldset
        className="cl-choices"
        role="radiogroup"
        aria-labelledby={`${uid}-level-legend`}
        aria-invalid={message('level') ? true : undefined}
        aria-describedby={describedBy(message('level') && errorId('level'))}
      >
        <legend id={`${uid}-level-legend`}>{form.level}</legend>
        {words.levels.map((l, index) => (
          <label key={l.id} className="cl-choice">
            <input
              disabled={off}
              // the first radio carries the field's id: the error summary links to it
              id={index === 0 ? fieldId('level') : undefined}
              ref={profile.level === l.id || (index === 0 && !levelKnown) ? fieldRef('level') : undefined}
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
        <FieldError id={errorId('level')} message={message('level')} />
      </fieldset>

      <div className="cl-field">
        <label htmlFor={fieldId('startDate')}>{form.startDate}</label>
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
          aria-describedby={describedBy(`${fieldId('startDate')}-hint`, message('startDate') && errorId('startDate'))}
          onChange={(e) => updateChecklistProfile({ startDate: e.target.value })}
          onBlur={() => onBlurField('startDate')}
        />
        <p className="cl-hint" id={`${fieldId('startDate')}-hint`}>
          {form.startDateHint}
        </p>
        <FieldError id={errorId('startDate')} message={message('startDate')} />
      </div>

      <fieldset className="cl-choices">
        <legend>{form.sameOrg}</legend>
        {[true, false].map((same) => (
          <label key={String(same)} className="cl-choice">
            <input
              disabled={off}
              type="radio"
              name={`${uid}-same-org`}
              checked={profile.sameOrg === same}
              onChange={() => updateChecklistProfile({ sameOrg: same })}
            />
            {same ? form.sameOrgYes : form.sameOrgNo}
          </label>
        ))}
      </fieldset>

      <fieldset className="cl-choices cl-groups">
        <legend>{form.internal}</legend>
        <GroupChoices kind="internal" groups={internal} chosen={profile.internal} disabled={off} />
        <OwnGroups
          groups={profile.customInternal}
          builtIn={internal.map((g) => g.label)}
          words={words}
          disabled={off}
          uid={uid}
        />
      </fieldset>

      <fieldset className="cl-choices cl-groups">
        <legend>{form.external}</legend>
        <GroupChoices
          kind="external"
          groups={groupsFor(words, 'external', profile.level)}
          chosen={profile.external}
          disabled={off}
        />
      </fieldset>

      <NewToNetworking
        text={words.firstSteps}
        audience={profile.audience}
        checked={profile.newToNetworking === true}
        disabled={off}
        uid={uid}
      />

      <button disabled={off} type="submit" className="button">
        {built ? form.goToPlan : form.build}
      </button>
    </form>
  );
}
