import ConfirmErase from '@/shared/ConfirmErase';
import type { QuizContent } from '@/tools/quiz/model';

export interface Props {
  readonly content: QuizContent;
  /** keeping the shared result would replace the reader's own answers: ask first */
  readonly keepNeedsConfirm: boolean;
  /** the leave button's words: back to the reader's own result or quiz, or take it yourself */
  readonly leaveLabel: string;
  readonly onKeep: (replace: boolean) => void;
  readonly onLeave: () => void;
}

/**
 * Under a result opened from a shared link: keep it as the reader's own (asking first when it
 * would replace their answers), or leave for the reader's own quiz. Loaded only when a shared
 * result is shown (ResultScreen.tsx imports it lazily): most readers never open one. It gets
 * the stores' values and actions as props, so that its chunk shares no module with the island's.
 */
export default function SharedActions({ content, keepNeedsConfirm, leaveLabel, onKeep, onLeave }: Props) {
  const { ui } = content.words;
  return (
    <div className="quiz-actions no-print">
      {keepNeedsConfirm ? (
        <ConfirmErase
          words={{
            start: ui.keepShared,
            question: ui.keepQuestion,
            yes: ui.keepYes,
            no: ui.keepNo,
            group: ui.keepGroup,
          }}
          startClassName="button"
          onConfirm={() => onKeep(true)}
        />
      ) : (
        <button type="button" className="button" onClick={() => onKeep(false)}>
          {ui.keepShared}
        </button>
      )}
      <button type="button" className="button secondary" onClick={onLeave}>
        {leaveLabel}
      </button>
    </div>
  );
}
