import { describedBy } from '@/shared/described-by';
import { isCalendarDate } from '@/shared/dates';
import { START_MAX, START_MIN } from './dates';
import { Groups } from './Groups';
import type { ProfileErrors } from './profile';
import type { ChecklistTexts } from './schema';
import { updateChecklistProfile } from './store';
import { FieldError, TextField } from './TextField';
import { words } from './words';
import type { Profile, ProfileField } from './model';

interface Props {
  readonly texts: ChecklistTexts;
  readonly profile: Profile;
  /** the errors to show next to their fields */
  readonly errors: ProfileErrors;
  readonly built: boolean;
  /** false in the server's HTML: without JavaScript every control is off, so the form cannot be submitted and lose the input */
  readonly hydrated: boolean;
  readonly onBlurField: (field: ProfileField) => void;
  readonly onSubmit: () => void;
  /** this instance's id prefix (two checklists on one page never share an id or a radio name) */
  readonly uid: string;
}

/** the id a field's input (for the level: its first radio) carries; the error summary links to it */
export const profileFieldId = (uid: string, field: ProfileField) => `${uid}-${field}`;

export function ProfileForm({ texts, profile, errors, built, hydrated, onBlurField, onSubmit, uid }: Props) {
  const id = (field: ProfileField) => profileFieldId(uid, field);
  const message = (field: ProfileField) => {
    const code = errors[field];
    return code ? words.errors[code] : null;
  };
  const off = !hydrated;
  const { form } = words;
  const { audience } = profile;
  const radios = <T extends string | boolean>(name: string, choices: readonly [T, string][], checked: T) =>
    choices.map(([value, label]) => (
      <label key={String(value)} className="cl-choice">
        <input
          disabled={off}
          type="radio"
          name={`${uid}-${name}`}
          value={String(value)}
          checked={checked === value}
          onChange={() => updateChecklistProfile({ [name]: value })}
        />
        {label}
      </label>
    ));

  return (
    <form
      className="cl-form no-print"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      noValidate
      aria-label={form.label}
    >
      <fieldset className="cl-choices">
        <legend>{form.audience}</legend>
        {radios('audience', Object.entries(form.audiences) as [Profile['audience'], string][], audience)}
      </fieldset>

      <TextField
        field="name"
        id={id('name')}
        label={form.name[audience]}
        value={profile.name}
        autoComplete={audience === 'self' ? 'name' : 'off'}
        error={message('name')}
        disabled={off}
        onBlur={() => onBlurField('name')}
      />
      <TextField
        field="role"
        id={id('role')}
        label={form.role}
        value={profile.role}
        autoComplete="organization-title"
        required
        error={message('role')}
        disabled={off}
        onBlur={() => onBlurField('role')}
      />

      {/* a radiogroup (not a plain group) supports aria-invalid; the legend names it */}
      <fieldset
        className="cl-choices"
        role="radiogroup"
        aria-labelledby={`${uid}-level-legend`}
        aria-invalid={message('level') ? true : undefined}
        aria-describedby={describedBy(message('level') && `${id('level')}-error`)}
      >
        <legend id={`${uid}-level-legend`}>{form.level}</legend>
        {texts.levels.map((level, index) => (
          <label key={level.id} className="cl-choice">
            <input
              disabled={off}
              // the first radio carries the field's id: the error summary links to it
              id={index === 0 ? id('level') : undefined}
              type="radio"
              name={`${uid}-level`}
              value={level.id}
              required
              checked={profile.level === level.id}
              onChange={() => updateChecklistProfile({ level: level.id })}
            />
            {level.label}
          </label>
        ))}
        <FieldError id={`${id('level')}-error`} message={message('level')} />
      </fieldset>

      <div className="cl-field">
        <label htmlFor={id('startDate')}>{form.startDate}</label>
        <input
          disabled={off}
          id={id('startDate')}
          type="date"
          min={START_MIN}
          max={START_MAX}
          required
          // a tampered stored value would make the browser warn; the error message says what is wrong
          value={isCalendarDate(profile.startDate) ? profile.startDate : ''}
          aria-invalid={message('startDate') ? true : undefined}
          aria-describedby={describedBy(`${id('startDate')}-hint`, message('startDate') && `${id('startDate')}-error`)}
          onChange={(e) => updateChecklistProfile({ startDate: e.target.value })}
          onBlur={() => onBlurField('startDate')}
        />
        <p className="cl-hint" id={`${id('startDate')}-hint`}>
          {form.startDateHint}
        </p>
        <FieldError id={`${id('startDate')}-error`} message={message('startDate')} />
      </div>

      <fieldset className="cl-choices">
        <legend>{form.sameOrg}</legend>
        {radios(
          'sameOrg',
          [
            [true, form.sameOrgYes],
            [false, form.sameOrgNo],
          ],
          profile.sameOrg,
        )}
      </fieldset>

      <Groups texts={texts} profile={profile} disabled={off} uid={uid} />

      <div className="cl-field">
        <label className="cl-choice">
          <input
            id={`${uid}-new-to-networking`}
            type="checkbox"
            disabled={off}
            checked={profile.newToNetworking === true}
            aria-describedby={`${uid}-new-to-networking-hint`}
            onChange={(e) => updateChecklistProfile({ newToNetworking: e.target.checked })}
          />
          {form.newToNetworking[audience]}
        </label>
        <p className="cl-hint" id={`${uid}-new-to-networking-hint`}>
          {form.newToNetworkingHint[audience]}
        </p>
      </div>

      <button disabled={off} type="submit" className="button">
        {built ? form.goToPlan : form.build}
      </button>
    </form>
  );
}
