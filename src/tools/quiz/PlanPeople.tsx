/**
 * The reader's own people in their result's plan (the tool's pages only; never on a result opened
 * from someone else's link): how many sit in each of the plan's networks, and who sits in two
 * that the plan keeps apart. Nothing while nobody is stored or before the people are read.
 */
import { useStore } from '@nanostores/react';
import type { ReadableAtom } from 'nanostores';
import type { PurposeId } from '@/purposes/ids';
import { useHydrated } from '@/shared/use-hydrated';
import { countPerNetwork, countUnsorted, keptApartPeople } from '@/tools/people/counts';
import type { StoredPeople } from '@/tools/people/reader';
import { peopleWords as w } from './people-words';
import { segmentsOf, type Report } from './report';
import type { QuizContent } from './schema';

/** how many of the people in two segments kept apart are listed before "Show all" */
export const FIRST_SHOWN = 5;

/** What the result gives the part: the report, the content and the plan's heading level. */
export interface PlanPeopleProps {
  readonly report: Report;
  readonly content: QuizContent;
  readonly sub: 'h3' | 'h4';
}

type Props = PlanPeopleProps & { readonly $stored: ReadableAtom<StoredPeople | null>; readonly peopleHref: string };

/** Nothing on the server and while hydrating: the people are read only in the browser. */
export function PlanPeople(props: Props) {
  return useHydrated() ? <People {...props} /> : null;
}

function People({ report, content, sub, $stored, peopleHref }: Props) {
  const stored = useStore($stored);
  if (!stored || stored.people.length === 0 || !report.plan) return null;
  const H = sub === 'h3' ? 'h4' : 'h5';
  const entry = (p: PurposeId) => content.purposes.purposes[p];
  const among: PurposeId[] = report.plan.boxes.map((b) => b.purpose);
  const counts = countPerNetwork(stored.people);
  const unsorted = countUnsorted(stored.people);
  // kept apart as the plan says: its parts (or networks) with a way of keeping them apart
  const segments = segmentsOf(report, content.purposes);
  const apart = (a: PurposeId, b: PurposeId) =>
    segments.some((s) => s.purpose === a && s.apart.some((g) => g.from.includes(b)));
  const clashes = keptApartPeople(stored.people, among, apart, content.locale);
  const item = ({ person, networks }: (typeof clashes)[number]) => (
    <li key={person.id}>
      {/* a name in another script keeps its place beside the words (<bdi>) */}
      {w.person(
        <bdi key="name">{person.name}</bdi>,
        networks.map((n) => entry(n).label),
      )}
    </li>
  );
  const rest = clashes.slice(FIRST_SHOWN);
  const plan =
    report.recommendation === 'separate' || report.recommendation === 'segment' ? report.recommendation : 'one';
  return (
    <div className="quiz-people" data-people={stored.people.length}>
      <H>{w.heading}</H>
      <p>{w.source}</p>
      <ul className="quiz-people-counts">
        {among.map((p) => (
          <li key={p} data-segment-count={p}>
            {w.count(entry(p).inSentence, counts[p])}
          </li>
        ))}
      </ul>
      {unsorted > 0 ? (
        <p data-unsorted={unsorted}>
          {w.unsorted(unsorted)} <a href={peopleHref}>{w.assign}</a>
        </p>
      ) : null}
      {clashes.length > 0 ? (
        <div className="quiz-people-apart" data-kept-apart={clashes.length}>
          <p>{w.keptApart(clashes.length, plan)}</p>
          <ul>{clashes.slice(0, FIRST_SHOWN).map(item)}</ul>
          {rest.length > 0 ? (
            <>
              <details className="no-print">
                <summary>{w.showAll(clashes.length)}</summary>
                <ul>{rest.map(item)}</ul>
              </details>
              <p className="print-only">{w.more(rest.length)}</p>
            </>
          ) : null}
          <p className="no-print">
            {w.fix[0]}
            <a href={peopleHref}>{w.people}</a>
            {w.fix[1]}
          </p>
        </div>
      ) : null}
    </div>
  );
}
