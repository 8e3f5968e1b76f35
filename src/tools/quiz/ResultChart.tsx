import type { ReactElement } from 'react';
import type { PurposeLabels } from '@/purposes/model';
import type { PurposeScore } from '@/tools/quiz/scoring';
import { fill } from '@/shared/template';

/** One pattern per purpose, so the bars never rely on color alone. */
const patterns: Record<PurposeScore['purpose'], ReactElement> = {
  social: <path className="quiz-pat-line" d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" />,
  career: <circle className="quiz-pat-dot" cx="4" cy="4" r="1.6" />,
  resource: <path className="quiz-pat-line" d="M0,4 h8" />,
  strategic: <path className="quiz-pat-line" d="M0,0 l8,8 M8,0 l-8,8" />,
  brand: <path className="quiz-pat-line" d="M4,0 v8" />,
};

interface Props {
  readonly ranked: readonly PurposeScore[];
  /** the article's name for each purpose, by id */
  readonly purposeLabels: PurposeLabels;
  readonly idPrefix: string;
  readonly caption: string;
  /** how a percentage is written: "{percent}%" */
  readonly percent: string;
}

/** Bars drawn in a few lines of SVG; every label and percentage is real text beside it. */
export function ResultChart({ ranked, purposeLabels, idPrefix, caption, percent }: Props) {
  return (
    <figure className="quiz-chart">
      <figcaption className="quiz-chart-caption">{caption}</figcaption>
      <ol className="quiz-bars">
        {ranked.map((s) => {
          const patternId = `${idPrefix}-pat-${s.purpose}`;
          const width = `${Math.min(100, Math.max(0, s.percent))}%`;
          return (
            <li key={s.purpose} className="quiz-bar-row" data-purpose={s.purpose}>
              <span className="quiz-bar-label">{purposeLabels[s.purpose]}</span>
              <span className="quiz-bar-value">{fill(percent, { percent: s.percent })}</span>
              <svg className="quiz-bar" aria-hidden="true" focusable="false" width="100%" height="20">
                <defs>
                  <pattern id={patternId} patternUnits="userSpaceOnUse" width="8" height="8">
                    <rect className="quiz-pat-bg" width="8" height="8" />
                    {patterns[s.purpose]}
                  </pattern>
                </defs>
                <rect className="quiz-bar-track" x="0" y="0" width="100%" height="20" />
                {s.percent > 0 ? (
                  <rect className="quiz-bar-fill" x="0" y="0" width={width} height="20" fill={`url(#${patternId})`} />
                ) : null}
              </svg>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
