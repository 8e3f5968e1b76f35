import { memo } from 'react';
import type { BarDisplay, TickDisplay } from '@/tools/estimator/display';

interface Props {
  /** people reached within 1, 2 and 3 steps: label, value and length (src/lib/estimator/display.ts) */
  bars: readonly BarDisplay[];
  /** the labelled powers of ten on the axis */
  ticks: readonly TickDisplay[];
  titleId: string;
  ceilingLabel: string;
}

/**
 * Horizontal positions are percentages of the chart's width and there is no viewBox, so the
 * chart stretches to its box while its text keeps its size in CSS pixels: on a 320 px phone the
 * labels are as large as on a desktop (a scaled viewBox shrank them to under 8 px).
 */
const PAD = 2; // % of the width on each side
const PLOT = 100 - 2 * PAD;
/** text sizes in px: tick labels, bar labels */
const TICK_TEXT = 12;
const BAR_TEXT = 14;
/** vertical layout in px */
const LABEL = 20;
const BAR = 20;
const GAP = 12;
const TOP = 22;

const x = (fraction: number) => `${PAD + fraction * PLOT}%`;

/**
 * Reach within 1, 2 and 3 steps as horizontal bars on a logarithmic scale up to the audience
 * ceiling (dashed line). Each bar is labelled with its value; its label names the chart, and
 * the table next to it carries the same numbers as text. Positions come as fractions of the
 * axis (src/lib/estimator/chart.ts); this only draws them.
 */
/** memoized: the display keeps its bars and ticks while they are unchanged (estimatorDisplay) */
export const ReachChart = memo(function ReachChart({ bars, ticks, titleId, ceilingLabel }: Props) {
  const row = LABEL + BAR + GAP;
  const axisY = TOP + bars.length * row;
  const height = axisY + 22;
  return (
    <svg className="est-chart" width="100%" height={height} role="img" aria-labelledby={titleId} focusable="false">
      {ticks.map((t) => (
        <g key={t.label} className="est-chart-tick">
          <line x1={x(t.at)} x2={x(t.at)} y1={TOP} y2={axisY} />
          {/* the last label ends at its tick so it never runs off the right edge */}
          <text x={x(t.at)} y={axisY + 16} textAnchor={t.at > 0.97 ? 'end' : 'middle'} fontSize={TICK_TEXT}>
            {t.label}
          </text>
        </g>
      ))}
      {bars.map((bar, i) => {
        const y = TOP + i * row;
        return (
          <g key={i}>
            <text x={x(0)} y={y + 15} fontSize={BAR_TEXT} className="est-chart-label">
              {bar.before}
              <tspan fontWeight="700">{bar.value}</tspan>
              {bar.after}
            </text>
            <rect
              x={x(0)}
              y={y + LABEL}
              width={`${Math.max(bar.at * PLOT, 0.6)}%`}
              height={BAR}
              rx="3"
              className="est-chart-rect"
            />
          </g>
        );
      })}
      <line className="est-chart-ceiling" x1={x(1)} x2={x(1)} y1={4} y2={axisY} />
      <text x={x(1)} dx={-4} y={14} textAnchor="end" fontSize={TICK_TEXT} className="est-chart-label">
        {ceilingLabel}
      </text>
    </svg>
  );
});
