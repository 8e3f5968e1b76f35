/**
 * "Your people" on the Your data page: how many are kept (in IndexedDB, not local storage), with
 * their own erase; and their box in the review of an opened data file.
 */
import { useStore } from '@nanostores/react';
import { useEffect } from 'react';
import { words } from '@/tools/people/words';
import type { DataFileTools } from './format';
import { words as dataWords } from './words';
import { $dataImport, $peopleCount, choosePeople, erasePeople, refreshPeople } from './store';

const w = words.dataFile;

export function PeopleItem(props: { tools: DataFileTools; hydrated: boolean; keepFocus: () => void }) {
  const count = useStore($peopleCount);
  useEffect(() => {
    if (props.hydrated) void refreshPeople();
  }, [props.hydrated]);
  return (
    <li>
      <h3>{w.label}</h3>
      <p className="muted">{w.description}</p>
      {count === null ? (
        <p>{props.hydrated ? dataWords.notStored : dataWords.checking}</p>
      ) : (
        <>
          <p>{w.count(count)}</p>
          <button
            type="button"
            className="button secondary"
            onClick={() => void erasePeople(props.tools).then(props.keepFocus)}
          >
            {w.eraseItem}
          </button>
        </>
      )}
    </li>
  );
}

/** the people of an opened file, to bring in or not */
export function PeopleChoice() {
  const review = useStore($dataImport);
  if (review.kind !== 'review' || !review.people) return null;
  const { valid, refused } = review.people;
  return (
    <div className="your-data-entry">
      {valid.length ? (
        <label>
          <input
            type="checkbox"
            checked={review.peopleChosen}
            onChange={(e) => choosePeople(e.currentTarget.checked)}
          />{' '}
          {w.label}
        </label>
      ) : (
        <p>
          <strong>{w.label}</strong>
        </p>
      )}
      <p className="muted">
        {w.inFile(valid.length, refused)} {valid.length ? w.replaces : ''}
      </p>
    </div>
  );
}
