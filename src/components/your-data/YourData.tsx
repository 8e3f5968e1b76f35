import { useStore } from '@nanostores/react';
import { useEffect, useMemo, useRef } from 'react';
import type { DescribedStorageEntry } from '../../lib/storage/registry';
import {
  $yourDataMessage,
  eraseAllStoredItems,
  eraseStoredItem,
  watchStoredItems,
  yourDataView,
  type YourDataMessages,
  type YourDataViewWords,
} from '../../stores/your-data';
import ConfirmErase, { type ConfirmEraseWords } from '../ConfirmErase';

/** the island's words, from src/content/site/words.yaml (`yourData`) */
export interface YourDataWords extends YourDataViewWords, YourDataMessages {
  /** "Erase everything" and its confirmation */
  readonly eraseAll: ConfirmEraseWords;
}

export interface YourDataProps {
  /** every registered entry with its words, in the order listed */
  readonly entries: readonly DescribedStorageEntry[];
  readonly words: YourDataWords;
}

export default function YourData({ entries, words }: YourDataProps) {
  const $view = useMemo(() => yourDataView(entries, words), [entries, words]);
  const { summary, items, anyStored } = useStore($view);
  const message = useStore($yourDataMessage, { ssr: 'initial' });
  const summaryRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => watchStoredItems(), []);

  // An erase removes the button that was pressed: focus then goes to the summary, which says
  // what is left, instead of being lost.
  const keepFocus = () =>
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (!active || active === document.body) summaryRef.current?.focus();
    });

  return (
    <div className="your-data">
      <p className="your-data-summary" ref={summaryRef} tabIndex={-1}>
        {summary}
      </p>
      <ul className="your-data-list">
        {items.map((item) => (
          <li key={item.key}>
            <h3>{item.label}</h3>
            <p className="muted">{item.description}</p>
            {item.shown === null ? (
              <p>{item.empty}</p>
            ) : (
              <>
                <details>
                  <summary>{item.showLabel}</summary>
                  <pre>{item.shown}</pre>
                </details>
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => {
                    eraseStoredItem(item, words);
                    keepFocus();
                  }}
                >
                  {item.eraseLabel}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {anyStored ? (
        <ConfirmErase
          words={words.eraseAll}
          onConfirm={() => {
            eraseAllStoredItems(words);
            keepFocus();
          }}
        />
      ) : (
        <button type="button" className="button secondary" disabled>
          {words.eraseAll.start}
        </button>
      )}
      <p role="status" className="your-data-status">
        {message}
      </p>
    </div>
  );
}
