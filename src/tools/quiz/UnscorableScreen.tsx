import { goToReview } from '@/tools/quiz/store';
import type { ScreenProps } from './types';

/** A complete-looking state that cannot be scored: never a blank island. */
export function UnscorableScreen({ content, move }: ScreenProps) {
  const { ui } = content.words;
  return (
    <div className="quiz-screen">
      <p className="notice error" role="alert">
        {ui.missing}
      </p>
      <button type="button" className="button" onClick={() => move(goToReview, 'legend')}>
        {ui.goToMissing}
      </button>
    </div>
  );
}
