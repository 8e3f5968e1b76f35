import { useStore } from '@/shared/use-store';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DescribedStorageEntry, StorageId } from '@/shared/storage/registry';
import { fill } from '@/shared/template';
import type { YourDataWords as ContentWords } from '@/shared/site-words-schema';
import {
  $dataImport,
  $yourDataMessage,
  cancelDataImport,
  downloadData,
  importChosen,
  type DataFileTools,
  openDataFile,
  eraseAllStoredItems,
  eraseStoredItem,
  watchStoredItems,
  yourDataView,
  type YourDataMessages,
  type YourDataViewWords,
} from '@/tools/your-data/store';
import ConfirmErase, { type ConfirmEraseWords } from '@/shared/ConfirmErase';
import { downloadText } from '@/tools/checklist/download';
import { useHydrated } from '@/shared/use-hydrated';
import { workerDataFileTools } from './data-file-tools';

/** the island's words, from src/content/site/words.yaml (`yourData`) */
export interface YourDataWords extends YourDataViewWords, YourDataMessages {
  /** "Erase everything" and its confirmation */
  readonly eraseAll: ConfirmEraseWords;
  /** "Your data in a file": download and open a data file */
  readonly file: ContentWords['file'];
}

export interface YourDataProps {
  /** every registered entry with its words, in the order listed */
  readonly entries: readonly DescribedStorageEntry[];
  readonly words: YourDataWords;
  /** the site's name, written into and checked in data files */
  readonly site: string;
  /** how data files are made and read (tests give the functions; the page a worker) */
  readonly tools?: DataFileTools;
}

export default function YourData({ entries, words, site, tools = workerDataFileTools }: YourDataProps) {
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
      <DataFilePart entries={entries} words={words} site={site} tools={tools} items={items} keepFocus={keepFocus} />
      <p role="status" className="your-data-status">
        {message}
      </p>
    </div>
  );
}

/** "Your data in a file": download everything, or open a file, review it, and bring in what the reader chooses. */
function DataFilePart({
  entries,
  words,
  site,
  tools,
  items,
  keepFocus,
}: Omit<YourDataProps, 'tools'> & {
  readonly tools: DataFileTools;
  readonly items: readonly { readonly key: string; readonly shown: string | null }[];
  readonly keepFocus: () => void;
}) {
  const w = words.file;
  // without JavaScript (and until hydrated) the controls could do nothing: they are disabled
  const hydrated = useHydrated();
  const state = useStore($dataImport);
  const names = useMemo(
    () => Object.fromEntries(entries.map((e) => [e.id, e.inSentence])) as Record<StorageId, string>,
    [entries],
  );
  const reviewRef = useRef<HTMLHeadingElement>(null);
  const inputId = 'your-data-file-input';
  const review = state.kind === 'review' ? state : null;
  // the reader's ticks, for the file under review; a new file starts with every entry it holds
  // readably chosen (pressing the button confirms them)
  const [ticks, setTicks] = useState<{ readonly for: typeof review; readonly ids: readonly StorageId[] }>({
    for: null,
    ids: [],
  });
  const chosen =
    ticks.for === review ? ticks.ids : (review?.entries.filter((e) => e.stored !== null).map((e) => e.id) ?? []);
  const setChosen = (change: (list: readonly StorageId[]) => readonly StorageId[]) =>
    setTicks({ for: review, ids: change(chosen) });

  useEffect(() => {
    if (review) reviewRef.current?.focus();
  }, [review]);

  async function download() {
    const file = await downloadData(tools, site, names, w);
    if (!file) return;
    downloadText(file.fileName, file.text, 'application/json');
  }

  const label = (id: StorageId) => entries.find((e) => e.id === id)?.label ?? id;
  const isStored = (id: StorageId) =>
    items.some((i) => i.key === entries.find((e) => e.id === id)?.key && i.shown !== null);

  return (
    <div className="your-data-file">
      <h2>{w.title}</h2>
      <p>{w.intro}</p>
      <p>
        <button type="button" className="button" disabled={!hydrated} onClick={() => void download()}>
          {w.download}
        </button>
      </p>
      <p className="your-data-open">
        <label htmlFor={inputId}>{w.open}</label>{' '}
        <input
          id={inputId}
          type="file"
          disabled={!hydrated}
          accept=".json,application/json"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (file) void openDataFile(tools, file, site).finally(() => (input.value = ''));
          }}
        />
      </p>
      {state.kind === 'reading' ? <p>{w.reading}</p> : null}
      {state.kind === 'problem' ? (
        <p className="notice error" role="alert">
          {fill(w.problems[state.problem], { size: state.size })}
        </p>
      ) : null}
      {review ? (
        <form
          className="your-data-review"
          onSubmit={(event) => {
            event.preventDefault();
            if (importChosen(chosen, names, w)) keepFocus();
          }}
        >
          <h3 tabIndex={-1} ref={reviewRef}>
            {fill(w.reviewTitle, { file: review.fileName })}
          </h3>
          {review.exported ? <p>{fill(w.made, { date: review.exported.toLocaleString() })}</p> : null}
          <fieldset>
            <legend>{w.choose}</legend>
            {review.entries.map((entry) =>
              entry.stored !== null ? (
                <div key={entry.id} className="your-data-entry">
                  <label>
                    <input
                      type="checkbox"
                      checked={chosen.includes(entry.id)}
                      onChange={(event) => {
                        const on = event.currentTarget.checked;
                        setChosen((list) => (on ? [...list, entry.id] : list.filter((id) => id !== entry.id)));
                      }}
                    />{' '}
                    {label(entry.id)}
                  </label>
                  <p className="muted">{isStored(entry.id) ? w.replaces : w.adds}</p>
                </div>
              ) : (
                <div key={entry.id} className="your-data-entry">
                  <p>
                    <strong>{label(entry.id)}</strong>
                  </p>
                  <p className="notice error">{w.bad}</p>
                </div>
              ),
            )}
          </fieldset>
          {review.unknown.length ? <p>{fill(w.ignored, { items: review.unknown.join(', ') })}</p> : null}
          <p>
            <button type="submit" className="button">
              {w.confirm}
            </button>{' '}
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                cancelDataImport(w);
                keepFocus();
              }}
            >
              {w.cancel}
            </button>
          </p>
        </form>
      ) : null}
    </div>
  );
}
