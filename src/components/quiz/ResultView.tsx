import { lazy, Suspense, type RefObject } from 'react';
import type { Props as BodyProps } from './ResultBody';

/** Everything under the headline, loaded when a result is first shown. */
const ResultBody = lazy(() => import('./ResultBody'));

interface Props extends BodyProps {
  readonly heading: 'h2' | 'h3';
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

/**
 * The result: the answer in one sentence (shown at once, and the focus target), then the profile,
 * the advice and where to go next (ResultBody, a chunk of its own).
 */
export function ResultView({ heading: H, headingRef, ...body }: Props) {
  return (
    <div className="quiz-result" data-mode={body.report.mode}>
      <H className="quiz-headline" tabIndex={-1} ref={headingRef}>
        {body.report.headline}
      </H>
      <Suspense fallback={null}>
        <ResultBody {...body} />
      </Suspense>
    </div>
  );
}
