import { useStore } from '@nanostores/react';
import { useRef, useState } from 'react';
import { siteAddress } from '@/lib/content/url';
import ConfirmErase from '@/shared/ConfirmErase';
import { StoreNotice } from '@/shared/StoreNotice';
import { useDomId } from '@/shared/use-dom-id';
import { useHydrated } from '@/shared/use-hydrated';
import { downloadText } from '@/shared/download';
import { PlanView } from './PlanView';
import { ProfileForm, profileFieldId } from './ProfileForm';
import type { ChecklistContent } from './schema';
import { initialState } from './state';
import {
  $checklist,
  $checklistNotice,
  $checklistStored,
  createChecklistStore,
  dismissChecklistNotice,
  eraseChecklist,
  buildChecklist,
  touchChecklistField,
} from './store';
import { words } from './words';
import type { ProfileField } from './model';

export interface ChecklistIslandProps {
  readonly content: ChecklistContent;
  /** the island's own headings (the plan's title): 2 on the tool page, 3 inside an article */
  readonly headingLevel: 2 | 3;
}

/** The promotion checklist: the profile form, the error summary, and the plan once it is built. */
export default function ChecklistIsland({ content, headingLevel }: ChecklistIslandProps) {
  const [store] = useState(() => createChecklistStore(content));
  const hydrated = useHydrated();
  // the server cannot see the reader's storage: it renders the initial state, and so does hydration
  const state = useStore($checklist, { ssr: () => initialState });
  const view = useStore(store.$view, { ssr: () => store.serverView });
  const notice = useStore($checklistNotice, { ssr: () => null });
  const stored = useStore($checklistStored, { ssr: () => false });
  const [announce, setAnnounce] = useState('');
  // just erased: the button keeps the focus it had (and says nothing is left) rather than vanishing
  const [erased, setErased] = useState(false);
  const uid = useDomId('cl-');
  const titleRef = useRef<HTMLHeadingElement>(null);
  // the field itself (for the level, its first radio: the level is missing only while none is checked)
  const focusField = (field: ProfileField) => document.getElementById(profileFieldId(uid, field))?.focus();

  const submit = () => {
    const built = buildChecklist();
    // the summary is announced; focus goes to the first field to fix, or to the plan's title
    const first = store.$view.get().firstError;
    requestAnimationFrame(() => (!built && first ? focusField(first) : titleRef.current?.focus()));
  };

  const calendar = () => {
    const file = store.calendar(siteAddress(content.toolUrl, window.location.href));
    if (!file) return;
    downloadText(file.fileName, file.text, 'text/calendar;charset=utf-8');
    setAnnounce(words.calendar.downloaded(file.fileName, file.milestones, file.reviews));
  };

  const phases = [...content.texts.phases].sort((a, b) => a.day - b.day).map((p) => p.inSentence);
  const { summary } = view;
  return (
    <div className="cl" data-hydrated={hydrated ? 'true' : undefined}>
      <StoreNotice
        text={hydrated && notice ? words.notices[notice] : null}
        ok={words.notices.ok}
        onOk={dismissChecklistNotice}
      />

      {view.purposeNote && !view.plan && <p className="notice cl-purpose-note no-print">{view.purposeNote}</p>}

      <ProfileForm
        texts={content.texts}
        profile={state.profile}
        errors={view.fieldErrors}
        built={state.built}
        hydrated={hydrated}
        onBlurField={touchChecklistField}
        onSubmit={submit}
        uid={uid}
      />

      <div role="alert" className="cl-error-summary no-print">
        {summary.length > 0 && (
          <div className="notice error">
            <p>
              <strong>{words.fix(summary.length)}</strong>
            </p>
            <ul>
              {summary.map(({ field, code }) => (
                <li key={field}>
                  <a
                    href={`#${profileFieldId(uid, field)}`}
                    onClick={(event) => {
                      // focus the field itself, not just scroll to it
                      event.preventDefault();
                      focusField(field);
                    }}
                  >
                    {words.errors[code]}
                  </a>
                </li>
              ))}
            </ul>
            {view.keptNote && <p>{words.fixKept}</p>}
          </div>
        )}
      </div>

      {state.built && view.plan ? (
        <PlanView
          content={content}
          state={state}
          view={view}
          level={headingLevel}
          onCalendar={calendar}
          titleRef={titleRef}
        />
      ) : (
        <div className="cl-preview">
          <p>
            <strong>{words.previewLead(phases.length)}</strong>
            {words.previewRest(phases)}
          </p>
        </div>
      )}

      <div className="cl-erase no-print">
        <ConfirmErase
          words={words.erase}
          yesClassName="button cl-danger"
          onConfirm={() => {
            eraseChecklist();
            setErased(true);
            setAnnounce(words.erase.done);
          }}
          // nothing stored: nothing to erase, as before hydration
          disabled={!hydrated || (!stored && !erased)}
        />
      </div>
      <p className="visually-hidden" role="status">
        {announce}
      </p>
    </div>
  );
}
