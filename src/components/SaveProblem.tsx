import { useStore } from '@nanostores/react';
import { $saveFailed } from '../stores/storage-engine';

/**
 * Says so when the browser refused to save: answers then last only until the page closes.
 * The wrapper always renders, so client:visible has an element to watch.
 */
export default function SaveProblem() {
  const failed = useStore($saveFailed, { ssr: 'initial' });
  return (
    <div className="save-problem">
      {failed ? (
        <p className="notice error" role="alert">
          This browser would not let the site save (storage is full or blocked). Everything still works, but your
          answers will be lost when you close or reload this page.
        </p>
      ) : null}
    </div>
  );
}
