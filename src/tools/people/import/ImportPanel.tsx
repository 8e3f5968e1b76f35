/**
 * Bringing people in from a file: choose it, watch it being read (with a Cancel), see what would
 * change, decide about likely duplicates, then store everything at once or nothing. Rendered in
 * the "Your people" tool as <ImportPanel db self onDone />; the file is read in a worker.
 */
import { useMemo, useRef, useState } from 'react';
import { focusAfter } from '@/shared/focus';
import type { PeopleDb } from '../db';
import type { Person, Self } from '../person';
import { commitImport, type Receipt } from './commit';
import { readInWorker, type ReadFile } from './import-tools';
import { importWords as w } from './import-words';
import ImportPreview from './ImportPreview';
import { planImport } from './plan';
import type { FileProblem, ReadResult } from './types';
import './import.css';

export interface ImportPanelProps {
  /** null on the server: the panel is drawn there, and what it does needs the database */
  readonly db: PeopleDb | null;
  /** the reader's own organization and title (the list draws the suggestions from them and the rules) */
  readonly self: Self | null;
  /** after the people are stored (the panel itself says so, with the focus on its message) */
  readonly onDone?: (receipt: Receipt) => void;
  /** the latest change that can be undone (the import's Undo is offered while it is this one) */
  readonly undo?: { readonly label: string } | null;
  /** undo the latest change (the import just stored) */
  readonly onUndo?: () => void;
  /** how a file is read: a worker on the page, the parser itself in tests */
  readonly read?: ReadFile;
}

type Read = Extract<ReadResult, { ok: true }>;

type Screen =
  | {
      readonly at: 'choose';
      /** `n` counts the messages, so that each one is a new element that takes the focus */
      readonly message?: {
        readonly text: string;
        readonly error: boolean;
        readonly n: number;
        /** the import this message reports, which the reader may undo */
        readonly receipt?: Receipt;
      };
    }
  | { readonly at: 'reading'; readonly text: string; readonly share: number }
  | { readonly at: 'preview'; readonly file: string; readonly read: Read; readonly stored: readonly Person[] }
  | { readonly at: 'writing'; readonly file: string; readonly read: Read; readonly share: number };

/**
 * Each screen's first element (a message, the progress, the preview's heading) takes the focus
 * when it appears, so the focus never drops to the page when the control that had it goes away.
 * A stable callback ref: React calls it once when the element mounts.
 */
const focusOnMount = (el: HTMLElement | null) => el?.focus();

export default function ImportPanel({ db, onDone, undo, onUndo, read = readInWorker }: ImportPanelProps) {
  const [screen, setScreen] = useState<Screen>({ at: 'choose' });
  const [merge, setMerge] = useState<ReadonlySet<number>>(new Set());
  const cancel = useRef<() => void>(() => {});
  const input = useRef<HTMLInputElement>(null);
  const messages = useRef(0);
  const say = (text: string, error: boolean, receipt?: Receipt) =>
    setScreen({ at: 'choose', message: { text, error, n: ++messages.current, ...(receipt ? { receipt } : {}) } });

  const problem = (file: string, p: FileProblem) => say(w.problem(file, p), true);
  const cancelled = () => say(w.cancelled, false);

  const choose = async (file: File) => {
    setScreen({ at: 'reading', text: w.reading(0), share: 0 });
    const reading = read(file, (p) =>
      setScreen((s) =>
        s.at === 'reading'
          ? { at: 'reading', share: p.done, text: (p.phase === 'reading' ? w.reading : w.parsing)(p.done) }
          : s,
      ),
    );
    cancel.current = reading.cancel;
    const result = await reading.result;
    if (result === null || !db) return cancelled();
    if (!result.ok) return problem(file.name, result.problem);
    setScreen({ at: 'reading', text: w.planning, share: 1 });
    try {
      const stored = await db.people.toArray();
      setMerge(new Set());
      setScreen({ at: 'preview', file: file.name, read: result, stored });
    } catch {
      say(w.failed, true);
    }
  };

  const plan = useMemo(
    () =>
      screen.at === 'preview'
        ? planImport(screen.stored, screen.read.people, screen.read.skipped, {
            merge,
            now: 0,
            makeId: (() => {
              let n = 0;
              return () => `preview-${n++}`;
            })(),
          })
        : null,
    [screen, merge],
  );

  const store = async (file: string, result: Read) => {
    if (!db) return;
    const controller = new AbortController();
    cancel.current = () => controller.abort();
    setScreen({ at: 'writing', file, read: result, share: 0 });
    const done = await commitImport(db, result.people, result.skipped, {
      merge,
      signal: controller.signal,
      label: (p) => w.undoLabel(file, p.added.length, p.updated.length),
      onProgress: (share) => setScreen((s) => (s.at === 'writing' ? { ...s, share } : s)),
    });
    if (done.ok) {
      say(w.done(file, done.receipt.added, done.receipt.updated), false, done.receipt);
      onDone?.(done.receipt);
    } else if (done.problem === 'cancelled') cancelled();
    else say(done.problem === 'quota' ? w.quota : w.failed, true);
  };

  const busy = screen.at === 'reading' || screen.at === 'writing';
  return (
    <section className="people-import" aria-labelledby="people-import-title">
      <h2 id="people-import-title">{w.title}</h2>
      <p>{w.intro}</p>
      <p className="muted">{w.caps}</p>
      {screen.at === 'choose' && screen.message && (
        <div key={screen.message.n} className={`people-import-message notice${screen.message.error ? ' error' : ''}`}>
          <p role={screen.message.error ? 'alert' : 'status'} tabIndex={-1} ref={focusOnMount}>
            {screen.message.text}
          </p>
          {onUndo && screen.message.receipt && undo?.label === screen.message.receipt.label ? (
            <p>
              <button
                type="button"
                className="button secondary"
                onClick={() => {
                  setScreen({ at: 'choose' });
                  onUndo();
                }}
              >
                {w.undo}
              </button>
            </p>
          ) : null}
        </div>
      )}
      {screen.at === 'choose' && (
        <p className="people-import-choose">
          <label htmlFor="people-import-file">{w.choose}</label>{' '}
          <input
            id="people-import-file"
            ref={input}
            type="file"
            accept=".csv,.zip,.vcf,.vcard,text/csv,text/vcard,application/zip"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void choose(file);
            }}
          />
        </p>
      )}
      {busy && (
        <div className="people-import-progress">
          <p role="status" tabIndex={-1} ref={focusOnMount}>
            {screen.at === 'reading' ? screen.text : w.writing(screen.share)}
          </p>
          <progress max={1} value={screen.share} aria-label={w.progressLabel} />{' '}
          <button type="button" className="button secondary" onClick={() => cancel.current()}>
            {w.cancel}
          </button>
        </div>
      )}
      {screen.at === 'preview' && plan && (
        <ImportPreview
          fileName={screen.file}
          format={screen.read.format}
          plan={plan}
          merge={merge}
          headingRef={focusOnMount}
          onMerge={(at, on) =>
            setMerge((m) => {
              const next = new Set(m);
              for (const a of at)
                if (on) next.add(a);
                else next.delete(a);
              return next;
            })
          }
          onStore={() => void store(screen.file, screen.read)}
          onDiscard={() => {
            setScreen({ at: 'choose' });
            focusAfter(() => input.current);
          }}
        />
      )}
    </section>
  );
}
