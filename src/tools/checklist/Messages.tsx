import { memo, useMemo, useRef, useState } from 'react';
import { describedBy } from '@/shared/described-by';
import { useDomId } from '@/shared/use-dom-id';
import { suggestMessages, type SuggestedMessage } from './messages';
import type { Plan } from './plan';
import type { ChecklistContent } from './schema';
import type { ChecklistState } from './state';
import { resetChecklistMessage, setChecklistGive, setChecklistGreetAs, setChecklistMessage } from './store';
import { words } from './words';
import { LIMITS } from './model';

interface Props {
  readonly content: ChecklistContent;
  readonly state: ChecklistState;
  readonly plan: Plan;
  /** the section's heading level (the phases' level) */
  readonly level: 3 | 4;
  /** how Your people greets each person picked on a "Who:" line, by the name written there */
  readonly greetings?: Readonly<Record<string, string>> | undefined;
}

const { messages: text } = words;

/**
 * "Messages to send" under the plan: a heading, what the messages are, and a button that shows
 * them: one text box per message, with the suggested text or the reader's own wording. Nothing
 * is sent: the text leaves the page only through the reader's own copy.
 */
export function Messages({ content, state, plan, level, greetings }: Props) {
  const uid = useDomId('cl-msgs');
  const H = `h${level}` as 'h3' | 'h4';
  const [open, setOpen] = useState(false);
  const { audience, name, role } = state.profile;
  const { names, messageChoices: choices } = state;
  const messages = useMemo(
    () =>
      suggestMessages(
        content.texts.messages,
        content.gives,
        plan.phases.flatMap((p) => p.items),
        { audience, name, role, names, choices, greetings },
      ),
    [content, plan, audience, name, role, names, choices, greetings],
  );
  const edits = state.messages ?? {};
  return (
    <section className={`cl-msgs${open ? '' : ' no-print'}`} aria-labelledby={`${uid}-title`}>
      <H id={`${uid}-title`} className="cl-msgs-title">
        {text.title}
      </H>
      <p className="cl-msgs-intro no-print">{text.intro}</p>
      <button
        type="button"
        className="button secondary no-print"
        aria-expanded={open}
        aria-controls={`${uid}-list`}
        onClick={() => setOpen(!open)}
      >
        {open ? text.hide : text.show}
      </button>
      <div id={`${uid}-list`} className="cl-msgs-body" hidden={!open}>
        {open && (
          <ul className="cl-msg-list">
            {messages.map((message) => (
              <MessageBox
                key={message.id}
                message={message}
                edited={Object.hasOwn(edits, message.id) ? edits[message.id] : undefined}
              />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

/**
 * One message to one person: how to greet them and what to offer (both update the suggested text),
 * the text box, a Copy button (the Clipboard API; when the browser refuses, the text is selected
 * for Ctrl+C or ⌘C and the page says so) and, once changed, a way back to the suggested text.
 */
const MessageBox = memo(function MessageBox({
  message,
  edited,
}: {
  message: SuggestedMessage;
  edited?: string | undefined;
}) {
  const id = useDomId('cl-msg');
  const box = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const value = edited ?? message.text;
  const { to } = message;
  const greetNote = message.greets
    ? message.fromPeople
      ? text.greetAsPeople
      : text.greetAsHint
    : message.organization
      ? text.organization(to ?? '')
      : text.greetsNobody;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(box.current?.value ?? value);
      setStatus(text.copied);
    } catch {
      // refused or not there: the reader copies it; the focus goes to the selected text
      box.current?.focus();
      box.current?.select();
      setStatus(text.copyFailed);
    }
  };
  const reset = () => {
    resetChecklistMessage(message.id);
    setStatus(text.resetDone);
    // the button goes with the reader's wording: the focus goes to the text
    box.current?.focus();
  };

  return (
    <li className="cl-msg" data-message={message.kind}>
      <p id={`${id}-label`} className="cl-msg-label">
        {message.label}
      </p>
      {to !== null && (
        <div className="cl-msg-field no-print">
          <label htmlFor={`${id}-greet`}>{text.greetAs(to)}</label>
          <input
            id={`${id}-greet`}
            type="text"
            autoComplete="off"
            value={message.greetAs}
            maxLength={LIMITS.whoName}
            aria-describedby={`${id}-greet-note`}
            onChange={(e) => setChecklistGreetAs(to, e.target.value)}
          />
          <p id={`${id}-greet-note`} className="cl-msg-note">
            {greetNote}
          </p>
        </div>
      )}
      {message.gives.length > 1 && (
        <div className="cl-msg-field no-print">
          <label htmlFor={`${id}-give`}>{text.give}</label>
          <select
            id={`${id}-give`}
            value={message.give}
            aria-describedby={`${id}-label`}
            onChange={(e) => setChecklistGive(message.id, e.target.value)}
          >
            {message.gives.map((g) => (
              <option key={g.id} value={g.id}>
                {g.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {message.nobody !== null && (
        <p id={`${id}-nobody`} className="cl-msg-note no-print">
          {message.nobody}
        </p>
      )}
      <textarea
        id={id}
        ref={box}
        className="cl-msg-text no-print"
        rows={12}
        maxLength={LIMITS.message}
        value={value}
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy(message.nobody !== null && `${id}-nobody`, edited !== undefined && `${id}-note`)}
        onChange={(e) => {
          setStatus('');
          setChecklistMessage(message.id, e.target.value);
        }}
      />
      <div className="cl-msg-print print-only">{value}</div>
      {edited !== undefined && (
        <p id={`${id}-note`} className="cl-msg-note no-print">
          {text.edited}
        </p>
      )}
      <div className="cl-msg-actions no-print">
        <button type="button" className="button cl-small" aria-describedby={`${id}-label`} onClick={copy}>
          {text.copy}
        </button>
        {edited !== undefined && (
          <button type="button" className="button secondary cl-small" aria-describedby={`${id}-label`} onClick={reset}>
            {text.reset}
          </button>
        )}
      </div>
      <p role="status" className="cl-msg-status no-print">
        {status}
      </p>
    </li>
  );
});
