/**
 * The estimator on its own page: the estimator island with the reader's own people after its
 * steps (PeopleCounts), read from this browser's database once the island runs. The estimator in
 * an article is the plain island, which loads no people code.
 */
import { useState } from 'react';
import { createStoredPeople } from '@/tools/people/reader';
import EstimatorIsland, { type EstimatorIslandProps } from './EstimatorIsland';
import { PeopleCounts } from './PeopleCounts';
import type { StepProps } from './steps';

export default function EstimatorPeopleIsland(props: EstimatorIslandProps & { readonly peopleHref: string }) {
  const { peopleHref, ...island } = props;
  // made once: the stored people and the part that shows them
  const [People] = useState(() => {
    const { $stored } = createStoredPeople();
    return function People(step: StepProps) {
      return <PeopleCounts {...step} $stored={$stored} peopleHref={peopleHref} />;
    };
  });
  return <EstimatorIsland {...island} people={People} />;
}
