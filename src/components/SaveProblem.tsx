import { useStore } from '@nanostores/react';
import { $saveFailed } from '../stores/storage-engine';

/** Says so when the browser refused to save: answers then last only until the page closes. */
export default function SaveProblem() {
  const failed = useStore($saveFailed, { ssr: 'initial' });
  if (!failed) return null;
  return (
    <p className="notice error" role="alert">
      This browser would not let the site save (storage is full or blocked). Everything still works, but your
      answers will be lost when you close or reload this page.
    </p>
  );
}
