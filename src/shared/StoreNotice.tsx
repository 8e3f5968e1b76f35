import { useStore } from '@nanostores/react';
import { useRef } from 'react';
import { focusAfter, nextFocusable } from './focus';
import { $saveFailed, saveProblem } from './storage/storage-engine';

/**
 * A tool's notices about its saved data, at the top of its island: the store's notice
 * (unreadable, newer, erased or changed elsewhere: src/shared/storage/persist.ts) in a polite live
 * region that is always on the page, so it is announced once when it appears, and an alert while
 * the browser refuses to save. OK closes the store's notice and moves focus to the next heading
 * or control of the tool, never to <body>.
 */
export function StoreNotice({ text, ok, onOk }: { text: string | null; ok: string; onOk: () => void }) {
  const region = useRef<HTMLDivElement>(null);
  const saveFailed = useStore($saveFailed, { ssr: 'initial' });
  return (
    <>
      {saveFailed && (
        <p className="notice error" role="alert">
          {saveProblem}
        </p>
      )}
      <div ref={region} role="status" className="store-notice">
        {text ? (
          <div className="notice">
            <p>{text}</p>
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                focusAfter(() =>
                  nextFocusable(region.current!, region.current!.closest('astro-island') ?? document.body),
                );
                onOk();
              }}
            >
              {ok}
            </button>
          </div>
        ) : null}
      </div>
    </>
  );
}
