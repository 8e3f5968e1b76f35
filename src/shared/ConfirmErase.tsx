import { useRef, useState } from 'react';

export interface ConfirmEraseWords {
  /** the button that starts it: "Erase my checklist" */
  readonly start: string;
  /** the question asked before anything is erased */
  readonly question: string;
  readonly yes: string;
  readonly no: string;
  /** accessible name of the confirmation group */
  readonly group: string;
}

/**
 * Erase with a confirmation step: the reader presses the button, is asked once (Cancel has the
 * focus, so Enter never erases by accident; Escape keeps, like Cancel), and focus returns to the
 * button either way.
 * The parent announces what happened in its own status region.
 */
export default function ConfirmErase({
  words,
  onConfirm,
  yesClassName = 'button',
  startClassName = 'button secondary',
  disabled = false,
}: {
  words: ConfirmEraseWords;
  onConfirm: () => void;
  yesClassName?: string;
  /** the start button's look: secondary unless the action is the main one of its place */
  startClassName?: string;
  /** the start button cannot be pressed (not hydrated yet, or nothing to act on) */
  disabled?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);
  const done = () => {
    setAsking(false);
    requestAnimationFrame(() => startRef.current?.focus());
  };
  if (!asking) {
    return (
      <button
        ref={startRef}
        type="button"
        className={startClassName}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {words.start}
      </button>
    );
  }
  return (
    // Escape anywhere in the question cancels it (the keys come from the two buttons inside)
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div role="group" aria-label={words.group} onKeyDown={(e) => e.key === 'Escape' && done()}>
      <p>{words.question}</p>
      <button
        type="button"
        className={yesClassName}
        onClick={() => {
          onConfirm();
          done();
        }}
      >
        {words.yes}
      </button>{' '}
      {/* the question replaces the button that was just pressed: focus moves to the safe answer */}
      {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
      <button type="button" className="button secondary" autoFocus onClick={done}>
        {words.no}
      </button>
    </div>
  );
}
