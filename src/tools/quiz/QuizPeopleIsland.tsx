/**
 * The quiz on its own pages: the quiz island with the reader's own people in their own result's
 * plan (PlanPeople), read from this browser's database once the island runs. The quiz in an
 * article is the plain island, which loads no people code.
 */
import { useState } from 'react';
import { createStoredPeople } from '@/tools/people/reader';
import { PlanPeople, type PlanPeopleProps } from './PlanPeople';
import QuizIsland, { type QuizIslandProps } from './QuizIsland';

export default function QuizPeopleIsland(props: QuizIslandProps & { readonly peopleHref: string }) {
  const { peopleHref, ...island } = props;
  // made once: the stored people and the part that shows them
  const [People] = useState(() => {
    const { $stored } = createStoredPeople();
    return function People(plan: PlanPeopleProps) {
      return <PlanPeople {...plan} $stored={$stored} peopleHref={peopleHref} />;
    };
  });
  return <QuizIsland {...island} planPeople={People} />;
}
