import { useState } from 'react';
import ConfirmErase from '@/shared/ConfirmErase';
import { useDomId } from '@/shared/use-dom-id';
import type { QuizContent } from '@/tools/quiz/model';

export interface Props {
  readonly content: QuizContent;
  /** the link to the reader's result: the preview link, or with `plain` the quiz page's own */
  readonly linkFor: (plain: boolean) => string | null;
  readonly onRetake: () => void;
  readonly onErase: () => void;
}

/**
 * Under the reader's own result: copy a link to it (the preview link, or the plain one), retake
 * (asks first) and erase. Loaded with the result (ResultScreen.tsx imports it lazily), so the
 * questions load less (it gets the store's actions as props: its chunk shares no module with the island's); its link and copy status start empty each time a result is shown.
 */
export default function ResultActions({ content, linkFor, onRetake, onErase }: Props) {
  const uid = useDomId('quiz');
  const { ui, retakeConfirm } = content.words;
  const { share } = content;
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
