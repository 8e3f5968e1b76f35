import { forAudience } from '@/tools/checklist/plan';
import type { FirstStepsText } from '@/tools/checklist/first-steps';
import type { Audience } from '@/tools/checklist/model';
import { updateChecklistProfile } from '@/tools/checklist/store';

/** the profile form's "I have never been good at networking": the plan then opens with a three-step start */
export function NewToNetworking({
  text,
  audience,
  checked,
  disabled,
  uid,
}: {
  text: FirstStepsText;
  audience: Audience;
  checked: boolean;
  disabled: boolean;
  uid: string;
}) {
  const id = `${uid}-new-to-networking`;
  return (
    <div className="cl-field">
      <label className="cl-choice">
        <input
          id={id}
          type="checkbox"
          disabled={disabled}
          checked={checked}
          aria-describedby={`${id}-hint`}
          onChange={(e) => updateChecklistProfile({ newToNetworking: e.target.checked })}
        />
        {forAudience(text.choice, audience)}
      </label>
      <p className="cl-hint" id={`${id}-hint`}>
        {forAudience(text.hint, audience)}
      </p>
    </div>
  );
}
