import { useState } from 'react';
import ConfirmErase from '@/shared/ConfirmErase';
import { useDomId } from '@/shared/use-dom-id';
import type { ScreenProps } from './screen';
import { words as w } from './words';

/**
 * Under the reader's own result: copy a link to it (the preview link, or the plain one), retake
 * (asks first) and erase. Its link and copy status start empty each time a result is shown.
 */
export function OwnActions({
  store,
  move,
  named,
}: Pick<ScreenProps, 'store' | 'move'> & { readonly named: string | null }) {
  const uid = useDomId('quiz');
  const [shareLink, setShareLink] = useState<string | null>(null);
  const [copyStatus, setCopyStatus] = useState('');

  /** the preview link (its address names the leading purpose), or with `plain` the quiz's own */
  async function copyLink(plain: boolean) {
    const url = store.shareLink(location.origin, !plain);
    if (!url) return;
    setShareLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setCopyStatus(w.copied);
    } catch {
      setCopyStatus(w.copyFailed);
    }
  }

  return (
    <div className="quiz-share no-print">
      <div className="quiz-actions">
        <button type="button" className="button" aria-describedby={`${uid}-note`} onClick={() => void copyLink(false)}>
          {w.copyLink}
        </button>
        <button
          type="button"
          className="button secondary"
          aria-describedby={`${uid}-note`}
          onClick={() => void copyLink(true)}
        >
          {w.copyPlain}
        </button>
        <button type="button" className="button secondary" onClick={() => move(store.changeAnswers, 'heading')}>
          {w.changeAnswers}
        </button>
        <ConfirmErase words={w.retakeConfirm} onConfirm={() => move(store.retake, 'legend')} />
        <button type="button" className="button secondary" onClick={() => move(store.erase, 'top')}>
          {w.erase}
        </button>
      </div>
      <p id={`${uid}-note`} className="muted">
        {w.copyNote(named)}
      </p>
      <p className="quiz-copy-status" role="status">
        {copyStatus}
      </p>
      {shareLink ? (
        <p className="quiz-share-link">
          <label htmlFor={`${uid}-share`}>{w.shareLinkLabel}</label>
          <input id={`${uid}-share`} type="text" readOnly value={shareLink} onFocus={(e) => e.currentTarget.select()} />
        </p>
      ) : null}
    </div>
  );
}
