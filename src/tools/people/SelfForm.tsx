import { useStore } from '@nanostores/react';
import { focusAfter } from '@/shared/focus';
import { useDomId } from '@/shared/use-dom-id';
import { useRef, useState } from 'react';
import type { PeopleStore } from './store';
import { words } from './words';

const w = words.self;

/** The reader's own organization and role title: asked once, then one line with a Change button. */
export function SelfForm({ store }: { store: PeopleStore }) {
  const self = useStore(store.$self);
  // null: asked while the reader has not said (once they answer or put it off, only on Change)
  const [choice, setAsking] = useState<boolean | null>(null);
  const asking = choice ?? self === null;
  const id = useDomId('people-self');
  const changeRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  if (!asking) {
    return (
      <p className="people-self">
        {w.summary(self?.title ?? '', self?.organization ?? '')}{' '}
        <button
          ref={changeRef}
          type="button"
          className="button secondary"
          onClick={() => {
            setAsking(true);
            focusAfter(() => headingRef.current);
          }}
        >
          {w.change}
        </button>
      </p>
    );
  }
  const done = () => {
    setAsking(false);
    focusAfter(() => changeRef.current);
  };
  return (
    <form
      className="people-self-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        void store.setSelf({ organization: String(data.get('organization')), title: String(data.get('title')) });
        done();
      }}
    >
      <h2 id={`${id}-title`} tabIndex={-1} ref={headingRef}>
        {w.title}
      </h2>
      <p>{w.intro}</p>
      <p>
        <label htmlFor={`${id}-org`}>{w.organization}</label>
        <input
          id={`${id}-org`}
          type="text"
          name="organization"
          defaultValue={self?.organization ?? ''}
          autoComplete="organization"
        />
      </p>
      <p>
        <label htmlFor={`${id}-title-field`}>{w.title_}</label>
        <input
          id={`${id}-title-field`}
          type="text"
          name="title"
          defaultValue={self?.title ?? ''}
          autoComplete="organization-title"
        />
      </p>
      <p>
        <button type="submit" className="button">
          {w.save}
        </button>{' '}
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            done();
          }}
        >
          {w.later}
        </button>
      </p>
    </form>
  );
}
