import { LANGUAGE_TAG } from '@/config';
import { useStore } from '@nanostores/react';
import { useEffect, useRef } from 'react';
import ConfirmErase from '@/shared/ConfirmErase';
import { storageIds, storageRegistry } from '@/shared/storage/registry';
import { useHydrated } from '@/shared/use-hydrated';
import { words as peopleWords } from '@/tools/people/words';
import { workerDataFileTools } from './data-file-tools';
import { PeopleChoice, PeopleItem } from './PeopleItem';
import type { DataFileTools, Stored } from './format';
import {
  $dataImport,
  $message,
  $peopleCount,
  $stored,
  cancelImport,
  choose,
  download,
  eraseAll,
  eraseItem,
  importChosen,
  openFile,
} from './store';
import { words } from './words';

/** A stored text for reading: indented JSON when it parses, the text as it is otherwise. */
function formatStored(raw: string): string {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  } catch {
    return raw;
  }
}

/** How data files are made and read: tests give the functions, the page a worker. */
export default function YourData({ tools = workerDataFileTools }: { readonly tools?: DataFileTools }) {
  // the server cannot see this browser's storage: the server render and hydration show every
  // item as being checked, and the file controls, which could do nothing yet, are disabled
  const hydrated = useHydrated();
  const all = useStore($stored);
  const stored: Stored = hydrated ? all : {};
  const peopleCount = useStore($peopleCount);
  const count = Object.keys(stored).length + (hydrated && peopleCount ? 1 : 0);
  const message = useStore($message);
  const summaryRef = useRef<HTMLParagraphElement>(null);

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
        {!hydrated ? words.reading : count === 0 ? words.nothing : words.count(count)}
      </p>
      <ul className="your-data-list">
        {storageIds.map((id) => {
          const { key, label, inSentence, description } = storageRegistry[id];
          const raw = stored[id];
          return (
            <li key={key}>
              <h3>{label}</h3>
              <p className="muted">{description}</p>
              {raw === undefined ? (
                <p>{hydrated ? words.notStored : words.checking}</p>
              ) : (
                <>
                  <details>
                    <summary>{words.show(new TextEncoder().encode(raw).length, key)}</summary>
                    <pre>{formatStored(raw)}</pre>
                  </details>
                  <button
                    type="button"
                    className="button secondary"
                    onClick={() => {
                      eraseItem(id);
                      keepFocus();
                    }}
                  >
                    {words.eraseItem(inSentence)}
                  </button>
                </>
              )}
            </li>
          );
        })}
        <PeopleItem tools={tools} hydrated={hydrated} keepFocus={keepFocus} />
      </ul>
      <ConfirmErase
        // once nothing is left to erase (here or in another tab), an open question closes
        key={String(count > 0)}
        words={words.eraseAll}
        disabled={count === 0}
        onConfirm={() => {
          eraseAll(tools);
          keepFocus();
        }}
      />
      <DataFile tools={tools} hydrated={hydrated} stored={stored} keepFocus={keepFocus} />
      <p role="status" className="your-data-status">
        {message}
      </p>
    </div>
  );
}

/** "Your data in a file": download everything, or open a file, review it, and bring in what the reader chooses. */
function DataFile(props: { tools: DataFileTools; hydrated: boolean; stored: Stored; keepFocus: () => void }) {
  const { tools, hydrated, stored, keepFocus } = props;
  const w = words.file;
  const state = useStore($dataImport);
  const review = state.kind === 'review' ? state : null;
  const reviewRef = useRef<HTMLHeadingElement>(null);
  const reviewing = review !== null;
  useEffect(() => {
    if (reviewing) reviewRef.current?.focus();
  }, [reviewing]);

  return (
    <div className="your-data-file">
      <h2>{w.title}</h2>
      <p>{w.intro}</p>
      <p>
        <button type="button" className="button" disabled={!hydrated} onClick={() => void download(tools)}>
          {w.download}
        </button>
      </p>
      <p className="muted">{peopleWords.dataFile.cap}</p>
      <p className="your-data-open">
        <label htmlFor="your-data-file-input">{w.open}</label>{' '}
        <input
          id="your-data-file-input"
          type="file"
          disabled={!hydrated}
          accept=".json,application/json"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (file) void openFile(tools, file).finally(() => (input.value = ''));
          }}
        />
      </p>
      {state.kind === 'reading' ? <p>{w.reading}</p> : null}
      {state.kind === 'problem' ? (
        <p className="notice error" role="alert">
          {state.message}
        </p>
      ) : null}
      {review ? (
        <form
          className="your-data-review"
          onSubmit={(event) => {
            event.preventDefault();
            if (importChosen(tools)) keepFocus();
          }}
        >
          <h3 tabIndex={-1} ref={reviewRef}>
            {w.reviewTitle(review.fileName)}
          </h3>
          {review.exported ? (
            <p>{w.made(review.exported.toLocaleString(LANGUAGE_TAG, { dateStyle: 'long', timeStyle: 'short' }))}</p>
          ) : null}
          <fieldset>
            <legend>{w.choose}</legend>
            {review.entries.map(({ id, stored: value }) => (
              <div key={id} className="your-data-entry">
                {value !== null ? (
                  <>
                    <label>
                      <input
                        type="checkbox"
                        checked={review.chosen.includes(id)}
                        onChange={(event) => choose(id, event.currentTarget.checked)}
                      />{' '}
                      {storageRegistry[id].label}
                    </label>
                    <p className="muted">{stored[id] === undefined ? w.adds : w.replaces}</p>
                  </>
                ) : (
                  <>
                    <p>
                      <strong>{storageRegistry[id].label}</strong>
                    </p>
                    <p className="notice error">{w.bad}</p>
                  </>
                )}
              </div>
            ))}
            <PeopleChoice />
          </fieldset>
          {review.unknown.length ? <p>{w.ignored(review.unknown)}</p> : null}
          <p>
            <button type="submit" className="button">
              {w.confirm}
            </button>{' '}
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                cancelImport();
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
