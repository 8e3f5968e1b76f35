/**
 * Give first: for one person due a contact, the give suggested for them (none when none suits)
 * and a message drafted by the site's message rules, to change and copy (the Clipboard API; when
 * the browser refuses, the text is selected for Ctrl+C or ⌘C and the page says so). The content
 * comes from KeepContext; without it nothing is shown.
 */
import { useContext, useMemo, useRef, useState } from 'react';
import { useDomId } from '@/shared/use-dom-id';
import type { Person } from '../person';
import { words } from '../words';
import { draftMessage, suggestGive } from './give';
import { KeepContext } from './keep-context';

const w = words.giveFirst;

export function GiveFirst({ person }: { person: Person }) {
  const content = useContext(KeepContext);
  const id = useDomId('people-give');
  const box = useRef<HTMLTextAreaElement>(null);
  const [edited, setEdited] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const give = useMemo(() => (content ? suggestGive(person, content.model) : null), [content, person]);
  const draft = useMemo(() => (content ? draftMessage(content, person, give) : ''), [content, person, give]);
  if (!content) return null;
  const value = edited ?? draft;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(box.current?.value ?? value);
      setStatus(w.copied);
    } catch {
      // refused or not there: the reader copies it; the focus goes to the selected text
      box.current?.focus();
      box.current?.select();
      setStatus(w.copyFailed);
    }
  };

  return (
    <div className="people-give">
      <p>
        {give ? (
          <>
            {w.give} <strong>{give.label}</strong>
          </>
        ) : (
          <span className="muted">{w.noGive}</span>
        )}
      </p>
      <label id={`${id}-label`} htmlFor={id}>
        {w.message(person.name)}
      </label>
      <textarea
        id={id}
        ref={box}
        rows={8}
        value={value}
        onChange={(e) => {
          setStatus('');
          setEdited(e.currentTarget.value);
        }}
      />
      <p>
        <button type="button" className="button secondary" aria-describedby={`${id}-label`} onClick={() => void copy()}>
          {w.copy}
        </button>
      </p>
      <p role="status" className="people-give-status">
        {status}
      </p>
    </div>
  );
}
