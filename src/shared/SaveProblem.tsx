import { useStore } from './use-store';
import { $saveFailed } from '@/shared/storage/storage-engine';

export interface SaveProblemProps {
  /** from src/content/site/words.yaml (`saveProblem.message`) */
  readonly message: string;
}

/**
 * Says so when the browser refused to save: answers then last only until the page closes.
 * The wrapper always renders, so client:visible has an element to watch.
 */
export default function SaveProblem({ message }: SaveProblemProps) {
  const failed = useStore($saveFailed, { ssr: 'initial' });
  return (
    <div className="save-problem">
      {failed ? (
        <p className="notice error" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}
