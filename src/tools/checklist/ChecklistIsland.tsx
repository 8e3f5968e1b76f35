import { useMemo, useRef, useState, type RefCallback } from 'react';
import ConfirmErase from '@/shared/ConfirmErase';
import { StoreNotice } from '@/shared/StoreNotice';
import { useContent } from '@/shared/use-content';
import { useDomId } from '@/shared/use-dom-id';
import { useHydrated } from '@/shared/use-hydrated';
import { useStore } from '@/shared/use-store';
import { firstSteps } from '@/tools/checklist/first-steps';
import { personFor } from '@/tools/checklist/plan';
import type { ProfileField } from '@/tools/checklist/profile';
import { calendarStatus } from '@/tools/checklist/rhythm';
import { initialState } from '@/tools/checklist/state';
import { emptyChecklistView, profileFields } from '@/tools/checklist/view';
import { fixHeading, planPreview } from '@/tools/checklist/words';
import { siteAddress } from '@/lib/content/url';
import {
  $checklist,
  $checklistNotice,
  $checklistStored,
  $checklistView,
  checklistCalendar,
  dismissChecklistNotice,
  eraseChecklist,
  markChecklistBuilt,
  setChecklistContent,
  touchChecklistField,
} from '@/tools/checklist/store';
import { downloadText } from './download';
import { FirstStepsList } from './FirstStepsList';
import { PlanView } from './PlanView';
import { ProfileForm, profileFieldId } from './ProfileForm';
import { ReviewRhythm } from './ReviewRhythm';
import type { ChecklistIslandProps } from './types';

export default function ChecklistIsland({ content, headingLevel }: ChecklistIslandProps) {
  useContent(setChecklistContent, content);
  const hydrated = useHydrated();
  const liveState = useStore($checklist);
  const liveView = useStore($checklistView);
  const liveNotice = useStore($checklistNotice);
  const liveStored = useStore($checklistStored);
  // The server cannot see localStorage: render the initial state until hydrated.
  const state = hydrated ? liveState : initialState;
  const view = hydrated ? liveView : emptyChecklistView;
  const { plan, purposeNote, progress, phases, summary } = view;
  const notice = hydrated ? liveNotice : null;

  const [announce, setAnnounce] = useState('');
  // just erased: the button keeps the focus it had (and says nothing is left) rather than vanishing
  const [erased, setErased] = useState(false);
  // nothing stored: nothing to erase, as before hydration
  const nothingStored = !hydrated || (!liveStored && !erased);
  const uid = useDomId('cl-');
  const summaryRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  // the element to focus per field (for the level: the checked radio, else the first one)
  const fieldEls = useRef<Partial<Record<ProfileField, HTMLInputElement>>>({});
  const fieldRefs = useMemo(() => {
    const refs = {} as Record<ProfileField, RefCallback<HTMLInputElement>>;
    for (const field of profileFields) {
      refs[field] = (el) => {
        if (el) fieldEls.current[field] = el;
        else if (fieldEls.current[field] && !fieldEls.current[field].isConnected) delete fieldEls.current[field];
      };
    }
    return refs;
  }, []);
  const focusField = (field: ProfileField) => fieldEls.current[field]?.focus();

  const planLevel = headingLevel;
  const person = personFor(state.profile, content.words);
  const steps = firstSteps(content.words.firstSteps, state.profile, person);
  const text = content.words.text;
  const preview = useMemo(() => planPreview(content.words), [content]);

  const submit = () => {
    markChecklistBuilt();
    const first = $checklistView.get().firstError;
    if (first) {
      // the summary is announced; focus goes to the first field to fix
      requestAnimationFrame(() => focusField(first));
    } else {
      requestAnimationFrame(() => titleRef.current?.focus());
    }
  };

  const calendar = () => {
    const file = checklistCalendar(siteAddress(content.toolUrl, window.location.href));
    if (!file) return;
    downloadText(file.fileName, file.text, 'text/calendar;charset=utf-8');
    const { words } = content;
    setAnnounce(calendarStatus(words.calendar, words.rhythm, file.fileName, file.milestones, file.reviews));
  };

  const erase = () => {
    eraseChecklist();
    setErased(true);
    setAnnounce(text.erase.done);
  };

  return (
    <div className="cl" data-hydrated={hydrated ? 'true' : undefined}>
      <StoreNotice text={notice && text.notices[notice]} ok={text.notices.ok} onOk={dismissChecklistNotice} />

      {purposeNote && !plan && <p className="notice cl-purpose-note no-print">{purposeNote}</p>}

      <ProfileForm
        profile={state.profile}
        errors={view.fieldErrors}
        built={state.built}
        hydrated={hydrated}
        words={content.words}
        onBlurField={touchChecklistField}
        onSubmit={submit}
        uid={uid}
        fieldRef={(field) => fieldRefs[field]}
      />

      <div ref={summaryRef} role="alert" className="cl-error-summary no-print">
        {summary.length > 0 && (
          <div className="notice error">
            <p>
              <strong>{fixHeading(text, summary.length)}</strong>
            </p>
            <ul>
              {summary.map(({ field: f, code }) => (
                <li key={f}>
                  <a
                    href={`#${profileFieldId(uid, f)}`}
                    onClick={(event) => {
                      // focus the field itself (for the level: its first or checked radio), not just scroll to it
                      event.preventDefault();
                      focusField(f);
                    }}
                  >
                    {content.words.errors[code]}
                  </a>
                </li>
              ))}
            </ul>
            {view.keptNote && <p>{text.fixKept}</p>}
          </div>
        )}
      </div>

      {state.built && plan ? (
        <PlanView
          phases={phases}
          state={state}
          words={content.words}
          progress={progress}
          level={planLevel}
          purposeNote={purposeNote}
          onPrint={() => window.print()}
          onCalendar={calendar}
          titleRef={titleRef}
          intro={steps && <FirstStepsList steps={steps} level={(planLevel + 1) as 3 | 4} />}
          after={
            <ReviewRhythm
              text={content.words.rhythm}
              suggestions={content.suggestions}
              rhythms={state.rhythms}
              audience={state.profile.audience}
              person={person}
              level={(planLevel + 1) as 3 | 4}
            />
          }
        />
      ) : (
        <div className="cl-preview">
          <p>
            <strong>{preview.lead}</strong>
            {preview.rest}
          </p>
        </div>
      )}

      <div className="cl-erase no-print">
        <ConfirmErase words={text.erase} yesClassName="button cl-danger" onConfirm={erase} disabled={nothingStored} />
      </div>
      <p className="visually-hidden" role="status">
        {announce}
      </p>
    </div>
  );
}
