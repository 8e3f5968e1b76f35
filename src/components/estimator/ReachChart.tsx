import { formatCompact, formatCount, roughCount } from '../../lib/estimator/numbers';

interface Props {
  /** people reached within 1, 2 and 3 steps */
  cumulative: readonly number[];
  /** the audience ceiling the model never exceeds */
  ceiling: number;
  titleId: string;
  /** the three bar labels */
  names: readonly string[];
  ceilingLabel: string;
}

const WIDTH = 360;
const PAD = 8;
const LABEL = 18;
const BAR = 20;
const GAP = 12;
const TOP = 20;

/** position on a logarithmic axis from 1 to the ceiling, 0..1 */
function scale(value: number, ceiling: number): number {
  const top = Math.log10(Math.max(ceiling, 10));
  if (!(value >= 1)) return 0;
  return Math.min(Math.log10(value) / top, 1);
}

/**
 * Reach within 1, 2 and 3 steps as horizontal bars on a logarithmic scale up to the audience
 * ceiling (dashed line). Each bar is labelled with its value; its label names the chart, and
 * the table next to it carries the same numbers as text.
 */
export function ReachChart({ cumulative, ceiling, titleId, names, ceilingLabel }: Props) {
  const plot = WIDTH - 2 * PAD;
  const row = LABEL + BAR + GAP;
  const axisY = TOP + cumulative.length * row;
  const height = axisY + 20;
  const ticks: number[] = [];
  for (let t = 10; t <= ceiling && ticks.length < 12; t *= 10) ticks.push(t);
  const shown = ticks.filter((_, i) => ticks.length <= 6 || i % 2 === 1);
  return (
    <svg className="est-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId} focusable="false">
      {shown.map((t) => {
        const x = PAD + scale(t, ceiling) * plot;
        return (
          <g key={t} className="est-chart-tick">
            <line x1={x} x2={x} y1={TOP} y2={axisY} />
            <text x={x} y={axisY + 14} textAnchor="middle" fontSize="11">
              {formatCompact(t)}
            </text>
          </g>
        );
      })}
      {cumulative.map((value, i) => {
        const y = TOP + i * row;
        const w = Math.max(scale(value, ceiling) * plot, 2);
        return (
          <g key={i}>
            <text x={PAD} y={y + 13} fontSize="13" className="est-chart-label">
              {names[i]}: <tspan fontWeight="700">{formatCount(roughCount(value))}</tspan>
            </text>
            <rect x={PAD} y={y + LABEL} width={w} height={BAR} rx="3" className="est-chart-rect" />
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
