import type { FirstSteps } from '@/tools/checklist/first-steps';
import { useDomId } from '@/shared/use-dom-id';

/**
 * The three-step start the plan opens with when the reader says they were never good at
 * networking (src/lib/checklist/first-steps.ts). On screen only: the printed plan keeps to two
 * pages with every item (its largest is 44).
 */
export function FirstStepsList({ steps, level }: { steps: FirstSteps; level: 3 | 4 }) {
  const id = useDomId('cl-first-steps');
  const H = `h${level}` as 'h3' | 'h4';
  return (
    <section className="cl-first-steps no-print" aria-labelledby={id}>
      <H id={id} className="cl-first-steps-title">
        {steps.title}
      </H>
      <p>{steps.lead}</p>
      <ol>
        {steps.steps.map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>
    </section>
  );
}
