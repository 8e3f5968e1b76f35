import { useState } from 'react';
import ConfirmErase from '../ConfirmErase';
import type { QuizWords } from '../../lib/quiz/model';

export interface Props {
  readonly ui: QuizWords['ui'];
  readonly retakeConfirm: QuizWords['retakeConfirm'];
  /** what the copied link reveals, and the plain link's button */
  readonly share: { readonly copyNote: string; readonly copyPlain: string };
  /** the link to the reader's result: the preview link, or with `plain` the quiz page's own */
  readonly linkFor: (plain: boolean) => string | null;
  /** prefix of the ids this block gives its elements */
  readonly uid: string;
  readonly onRetake: () => void;
  readonly onErase: () => void;
}

/**
 * Under the reader's own result: copy a link to it (the preview link, or the plain one), retake
 * (asks first) and erase. Loaded with the result (QuizIsland.tsx imports it lazily), so the
 * questions load less; its link and copy status start empty each time a result is shown.
 */
export default function ResultActions({ ui, retakeConfirm, share, linkFor, uid, onRetake, onErase }: Props) {
  const [shareLink, setShareLink] = useState<string | null>(null);
  const [copyStatus, setCopyStatus] = useState('');

  /** the preview link (its address names the leading purpose), or with `plain` the quiz's own */
  async function copyLink(plain?: boolean) {
    const url = linkFor(plain === true);
    if (!url) return;
    setShareLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setCopyStatus(ui.copied);
    } catch {
      setCopyStatus(ui.copyFailed);
    }
  }

  return (
    <div className="quiz-share no-print">
      <div className="quiz-actions">
        <button type="button" className="button" aria-describedby={`${uid}-note`} onClick={() => void copyLink()}>
          {ui.copyLink}
        </button>
        <button type="button" className="button secondary" onClick={() => void copyLink(true)}>
          {share.copyPlain}
        </button>
        <ConfirmErase words={retakeConfirm} onConfirm={onRetake} />
        <button type="button" className="button secondary" onClick={onErase}>
          {ui.erase}
        </button>
      </div>
      <p id={`${uid}-note`} className="muted">
        {share.copyNote}
      </p>
      <p className="quiz-copy-status" role="status">
        {copyStatus}
      </p>
      {shareLink ? (
        <p className="quiz-share-link">
          <label htmlFor={`${uid}-share`}>{ui.shareLinkLabel}</label>
          <input id={`${uid}-share`} type="text" readOnly value={shareLink} onFocus={(e) => e.currentTarget.select()} />
        </p>
      ) : null}
    </div>
  );
}
