/**
 * The reader's own people in the estimator (its tool page only): how many they put in each
 * network beside the purpose's guidance range, where the counts come from, and a button that
 * puts the count of step 2's purpose into step 2. Nothing at all while nobody is stored, or
 * before the people are read (after hydration): the estimator is then exactly what it is without
 * a list. It comes after the three steps, so nothing above it moves when it appears.
 */
import { useStore } from '@nanostores/react';
import type { ReadableAtom } from 'nanostores';
import { isPurposeId, purposeIds } from '@/purposes/ids';
import { focusAfter } from '@/shared/focus';
import { useHydrated } from '@/shared/use-hydrated';
import { countPerNetwork, countUnsorted } from '@/tools/people/counts';
import type { StoredPeople } from '@/tools/people/reader';
import { compareWithRange } from './model';
import { Heading, ResultTable } from './parts';
import { peopleWords as w } from './people-words';
import type { StepProps } from './steps';
import { count } from './words';

export interface PeopleCountsProps extends StepProps {
  /** the stored people: null until read (createStoredPeople) */
  readonly $stored: ReadableAtom<StoredPeople | null>;
  /** Your people's address */
  readonly peopleHref: string;
}

/** Nothing on the server and while hydrating: the people are read only in the browser. */
export function PeopleCounts(props: PeopleCountsProps) {
  return useHydrated() ? <Counts {...props} /> : null;
}

function Counts({ store, content, level, uid, off, $stored, peopleHref }: PeopleCountsProps) {
  const stored = useStore($stored);
  const { two } = useStore(store.$view, { ssr: () => store.server });
  if (!stored || stored.people.length === 0) return null;
  const counts = countPerNetwork(stored.people);
  const unsorted = countUnsorted(stored.people);
  // each purpose's network, in the purposes' order (every purpose has a target: the build checks)
  const rows = purposeIds.flatMap((id) => {
    const target = content.targets.find((t) => t.id === id);
    if (!target) return [];
    const fit = compareWithRange(counts[id], target);
    const where = fit === 'larger' && target.limit ? w.aboveLimit : w.fit[fit];
    return [{ cells: [content.purposeLabels[id], count(counts[id]), w.range(target), where] }];
  });
  // step 2's purpose: its count can go into step 2's field, unless the field holds it already
  const purpose = two.target && isPurposeId(two.selected) ? two.selected : null;
  const mine = purpose ? counts[purpose] : 0;
  const offer = purpose !== null && two.target?.field.value !== String(mine);
  return (
    <section className="est-part est-people" aria-labelledby={`${uid}-people`} data-people={stored.people.length}>
      <Heading level={level} id={`${uid}-people`}>
        {w.heading}
      </Heading>
      <p>{w.source(stored.people.length)}</p>
      {unsorted > 0 ? (
        <p data-unsorted={unsorted}>
          {w.unsorted(unsorted)} <a href={peopleHref}>{w.assign}</a>
        </p>
      ) : null}
      <ResultTable caption={w.caption} columns={w.columns} rows={rows} stack />
      {purpose ? (
        <div className="est-people-use">
          <p>{offer ? w.inStepTwo(content.purposeLabels[purpose], mine) : w.used(content.purposeLabels[purpose])}</p>
          {offer ? (
            <button
              type="button"
              className="button secondary"
              disabled={off}
              onClick={() => {
                // the button goes away once step 2 holds the count: the focus moves to that field
                focusAfter(() => document.getElementById(`${uid}-purpose-${purpose}`));
                store.setField(`purpose.${purpose}`, String(mine));
              }}
            >
              {w.use(mine)}
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
