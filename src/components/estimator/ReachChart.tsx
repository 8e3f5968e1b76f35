import type { BarDisplay, TickDisplay } from '../../lib/estimator/display';

interface Props {
  /** people reached within 1, 2 and 3 steps: label, value and length (src/lib/estimator/display.ts) */
  bars: readonly BarDisplay[];
  /** the labelled powers of ten on the axis */
  ticks: readonly TickDisplay[];
  titleId: string;
  ceilingLabel: string;
}

const WIDTH = 360;
const PAD = 8;
const LABEL = 18;
const BAR = 20;
const GAP = 12;
const TOP = 20;

/**
 * Reach within 1, 2 and 3 steps as horizontal bars on a logarithmic scale up to the audience
 * ceiling (dashed line). Each bar is labelled with its value; its label names the chart, and
 * the table next to it carries the same numbers as text. Positions come as fractions of the
 * axis (src/lib/estimator/chart.ts); this only draws them in pixels.
 */
export function ReachChart({ bars, ticks, titleId, ceilingLabel }: Props) {
  const plot = WIDTH - 2 * PAD;
  const row = LABEL + BAR + GAP;
  const axisY = TOP + bars.length * row;
  const height = axisY + 20;
  return (
    <svg className="est-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId} focusable="false">
      {ticks.map((t) => {
        const x = PAD + t.at * plot;
        return (
          <g key={t.label} className="est-chart-tick">
            <line x1={x} x2={x} y1={TOP} y2={axisY} />
            <text x={x} y={axisY + 14} textAnchor="middle" fontSize="11">
              {t.label}
            </text>
          </g>
        );
      })}
      {bars.map((bar, i) => {
        const y = TOP + i * row;
        return (
          <g key={i}>
            <text x={PAD} y={y + 13} fontSize="13" className="est-chart-label">
              {bar.before}
              <tspan fontWeight="700">{bar.value}</tspan>
              {bar.after}
            </text>
            <rect x={PAD} y={y + LABEL} width={Math.max(bar.at * plot, 2)} height={BAR} rx="3" className="est-chart-rect" />
          </g>
        );
      })}
      <line className="est-chart-ceiling" x1={PAD + plot} x2={PAD + plot} y1={4} y2={axisY} />
      <text x={PAD + plot - 4} y={12} textAnchor="end" fontSize="11" className="est-chart-label">
        {ceilingLabel}
      </text>
    </svg>
  );
}
