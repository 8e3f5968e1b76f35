import { formatCount, roughCount } from '../../lib/estimator/numbers';

interface Props {
  /** people reached within 1, 2 and 3 steps */
  cumulative: readonly number[];
  /** the audience ceiling the model never exceeds */
  ceiling: number;
  titleId: string;
}

const WIDTH = 640;
const LEFT = 118;
const RIGHT = 24;
const BAR = 30;
const GAP = 18;
const TOP = 30;

/** position on a logarithmic axis from 1 to the ceiling, 0..1 */
function scale(value: number, ceiling: number): number {
  const top = Math.log10(Math.max(ceiling, 10));
  if (!(value >= 1)) return 0;
  return Math.min(Math.log10(value) / top, 1);
}

/**
 * Reach within 1, 2 and 3 steps as horizontal bars on a logarithmic scale up to the audience
 * ceiling. Its label names it; the table next to it carries the same numbers as text.
 */
export function ReachChart({ cumulative, ceiling, titleId }: Props) {
  const plot = WIDTH - LEFT - RIGHT;
  const height = TOP + cumulative.length * (BAR + GAP) + 34;
  const axisY = TOP + cumulative.length * (BAR + GAP) - GAP / 2;
  const ticks: number[] = [];
  for (let t = 10; t <= ceiling; t *= 10) ticks.push(t);
  return (
    <svg
      className="est-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={titleId}
      focusable="false"
    >
      {ticks.map((t) => {
        const x = LEFT + scale(t, ceiling) * plot;
        return (
          <g key={t} className="est-chart-tick">
            <line x1={x} x2={x} y1={TOP - 6} y2={axisY} />
            <text x={x} y={axisY + 18} textAnchor="middle" fontSize="12">
              {t >= 1_000_000 ? `${formatCount(t / 1_000_000)}M` : t >= 1000 ? `${formatCount(t / 1000)}k` : formatCount(t)}
            </text>
          </g>
        );
      })}
      {cumulative.map((value, i) => {
        const y = TOP + i * (BAR + GAP);
        const w = Math.max(scale(value, ceiling) * plot, 2);
        const label = formatCount(roughCount(value));
        const inside = w > plot - 90;
        return (
          <g key={i} className="est-chart-bar">
            <text x={LEFT - 10} y={y + BAR / 2 + 5} textAnchor="end" fontSize="14" className="est-chart-label">
              {['1st degree', 'Within 2nd', 'Within 3rd'][i]}
            </text>
            <rect x={LEFT} y={y} width={w} height={BAR} rx="3" className={`est-chart-rect est-chart-rect-${i + 1}`} />
            <text
              x={inside ? LEFT + w - 8 : LEFT + w + 8}
              y={y + BAR / 2 + 5}
              textAnchor={inside ? 'end' : 'start'}
              fontSize="14"
              fontWeight="600"
              className={inside ? 'est-chart-value inside' : 'est-chart-value'}
            >
              {label}
            </text>
          </g>
        );
      })}
      <line className="est-chart-ceiling" x1={LEFT + plot} x2={LEFT + plot} y1={TOP - 8} y2={axisY} />
      <text x={LEFT + plot} y={TOP - 10} textAnchor="end" fontSize="12" className="est-chart-label">
        ceiling {formatCount(ceiling)}
      </text>
    </svg>
  );
}
