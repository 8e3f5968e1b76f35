import { useMemo, useRef, useState, type ComponentType } from 'react';
import { MESSAGE_LIMIT } from '@/tools/checklist/message-state';
import type { ChecklistState } from '@/tools/checklist/state';
import type { ChecklistWords } from '@/tools/checklist/model';
import type { PhaseView } from '@/tools/checklist/view';
import { resetChecklistMessage, setChecklistMessage } from '@/tools/checklist/store';
import { useDomId } from '@/shared/use-dom-id';
import type { MessagesProps } from './Messages';
import './messages.css';

interface Props {
  readonly phases: readonly PhaseView[];
  readonly state: ChecklistState;
  readonly words: Pick<ChecklistWords, 'messages' | 'text'>;
  /** the section's heading level (the phases' level) */
  readonly level: 3 | 4;
}

const NO_EDITS = {};

/**
 * "Messages to send" under the plan: a heading, what the messages are, and a button that shows
 * them. The messages (./Messages.tsx, with their filling logic) are a chunk of their own,
 * loaded the first time the reader shows them; the store's actions are handed to them, so
 * that chunk shares no module with the island's own.
 */
export function MessagesSection({ phases, state, words, level }: Props) {
  const uid = useDomId('cl-msgs');
  const H = `h${level}` as 'h3' | 'h4';
  const text = words.messages;
  const [open, setOpen] = useState(false);
  const [Loaded, setLoaded] = useState<ComponentType<MessagesProps> | null>(null);
  const [failed, setFailed] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const items = useMemo(() => phases.flatMap((p) => p.phase.items), [phases]);

  const load = () => {
    setFailed(false);
    import('./Messages').then(
      (module) => setLoaded(() => module.default),
      () => setFailed(true),
    );
  };
  const toggle = () => {
    if (!open && !Loaded) load();
    setOpen(!open);
  };
  const retry = () => {
    // the retry button goes once the messages load: the focus waits on the toggle
    toggleRef.current?.focus();
    load();
  };

  return (
    <section className={`cl-msgs${open ? '' : ' no-print'}`} aria-labelledby={`${uid}-title`}>
      <H id={`${uid}-title`} className="cl-msgs-title">
        {text.title}
      </H>
      <p className="cl-msgs-intro no-print">{text.intro}</p>
      <button
        type="button"
        ref={toggleRef}
        className="button secondary no-print"
        aria-expanded={open}
        aria-controls={`${uid}-list`}
        onClick={toggle}
      >
        {open ? text.hide : text.show}
      </button>
      <div id={`${uid}-list`} className="cl-msgs-body" hidden={!open}>
        {open && Loaded ? (
          <Loaded
            items={items}
            profile={state.profile}
            names={state.names}
            edits={state.messages ?? NO_EDITS}
            words={text}
            list={words.text}
            limit={MESSAGE_LIMIT}
            onEdit={setChecklistMessage}
            onReset={resetChecklistMessage}
          />
        ) : null}
        <p role="status" className={`cl-msgs-loading no-print${failed ? ' notice error' : ''}`}>
          {open && !Loaded ? (failed ? text.loadFailed : text.loading) : ''}
        </p>
        {open && failed && (
          <button type="button" className="button cl-small no-print" onClick={retry}>
            {text.retry}
          </button>
        )}
      </div>
    </section>
  );
}
