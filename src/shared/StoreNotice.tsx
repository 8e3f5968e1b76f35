import { useRef } from 'react';
import { focusAfter, nextFocusable } from './use-focus-after';

/**
 * A tool's one notice about its saved data (unreadable, newer, erased or changed elsewhere:
 * src/stores/persist.ts), in a polite live region that is always on the page, so the text is
 * announced once when it appears. OK closes it and moves focus to the next heading or control
 * of the tool (its island), never to <body>.
 */
export function StoreNotice({ text, ok, onOk }: { text: string | null; ok: string; onOk: () => void }) {
  const region = useRef<HTMLDivElement>(null);
  return (
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
  );
}
