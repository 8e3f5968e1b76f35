import { memo, useId, useMemo, useRef, useState } from 'react';
import { suggestMessages, type MessageWords, type SuggestedMessage } from '@/tools/checklist/messages';
import type { PlanItem, Profile } from '@/tools/checklist/model';
import type { ListWords } from '@/shared/list';
import { describedBy } from '@/shared/described-by';

/**
 * The messages to send, loaded when the reader first shows them (./MessagesSection.tsx): one
 * text box per message, with the suggested text or the reader's own wording, a Copy button
 * (the Clipboard API; when the browser refuses, the text is selected for Ctrl+C or ⌘C and the
 * page says so) and, once changed, a way back to the suggested text. Nothing is sent: the text
 * leaves the page only through the reader's own copy.
 */
export interface MessagesProps {
  readonly items: readonly Pick<PlanItem, 'id' | 'group'>[];
  readonly profile: Pick<Profile, 'audience' | 'name' | 'role'>;
  readonly names: Readonly<Record<string, readonly string[]>>;
  /** the reader's own wording, by item id */
  readonly edits: Readonly<Record<string, string>>;
  readonly words: MessageWords;
  readonly list: ListWords;
  /** the longest message kept */
  readonly limit: number;
  readonly onEdit: (id: string, text: string) => void;
  readonly onReset: (id: string) => void;
}

interface BoxProps {
  readonly message: SuggestedMessage;
  /** the reader's wording, or undefined for the suggested text */
  readonly edited: string | undefined;
  readonly words: MessageWords;
  readonly limit: number;
  readonly onEdit: (id: string, text: string) => void;
  readonly onReset: (id: string) => void;
}

const MessageBox = memo(function MessageBox({ message, edited, words, limit, onEdit, onReset }: BoxProps) {
  const id = `cl-msg${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const box = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const text = edited ?? message.text;
  const described = describedBy(message.to !== null && `${id}-to`, edited !== undefined && `${id}-note`);

  const copy = async () => {
    const value = box.current?.value ?? text;
    try {
      const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
      if (!clipboard || typeof clipboard.writeText !== 'function') throw new Error('no clipboard');
      await clipboard.writeText(value);
      setStatus(words.copied);
    } catch {
      // refused or not there: the reader copies it; the focus goes to the selected text
      box.current?.focus();
      box.current?.select();
      setStatus(words.copyFailed);
    }
  };

  const reset = () => {
    onReset(message.id);
    setStatus(words.resetDone);
    // the button goes with the reader's wording: the focus goes to the text
    box.current?.focus();
  };

  return (
    <li className="cl-msg" data-message={message.kind}>
      <label htmlFor={id} id={`${id}-label`} className="cl-msg-label">
        {message.label}
      </label>
      {message.to !== null && (
        <p id={`${id}-to`} className="cl-msg-to">
          {message.to}
        </p>
      )}
      <textarea
        id={id}
        ref={box}
        className="cl-msg-text no-print"
        rows={12}
        maxLength={limit}
        value={text}
        aria-describedby={described}
        onChange={(e) => {
          setStatus('');
          onEdit(message.id, e.target.value);
        }}
      />
      <div className="cl-msg-print print-only">{text}</div>
      {edited !== undefined && (
        <p id={`${id}-note`} className="cl-msg-note no-print">
          {words.edited}
        </p>
      )}
      <div className="cl-msg-actions no-print">
        <button type="button" className="button cl-small" aria-describedby={`${id}-label`} onClick={copy}>
          {words.copy}
        </button>
        {edited !== undefined && (
          <button type="button" className="button secondary cl-small" aria-describedby={`${id}-label`} onClick={reset}>
            {words.reset}
          </button>
        )}
      </div>
      <p role="status" className="cl-msg-status no-print">
        {status}
      </p>
    </li>
  );
});

export default function Messages({ items, profile, names, edits, words, list, limit, onEdit, onReset }: MessagesProps) {
  const { audience, name, role } = profile;
  const messages = useMemo(
    () => suggestMessages(items, { audience, name, role, names }, { messages: words, list }),
    [items, audience, name, role, names, words, list],
  );
  return (
    <ul className="cl-msg-list">
      {messages.map((message) => (
        <MessageBox
          key={message.id}
          message={message}
          edited={Object.hasOwn(edits, message.id) ? edits[message.id] : undefined}
          words={words}
          limit={limit}
          onEdit={onEdit}
          onReset={onReset}
        />
      ))}
    </ul>
  );
}
