/**
 * Where the reach chart puts things: bars and ticks on a logarithmic axis from 1 to the
 * audience ceiling, as fractions of the plot's width (the component only turns them into
 * pixels). Pure: no React, no DOM.
 */

/** Position of a value on a logarithmic axis from 1 to the ceiling, 0..1 (0 below 1). */
export function axisPosition(value: number, ceiling: number): number {
  const top = Math.log10(Math.max(ceiling, 10));
  if (!(value >= 1)) return 0;
  return Math.min(Math.log10(value) / top, 1);
}

/** Most ticks ever drawn, and how many fit before every other one is left out. */
const MAX_TICKS = 12;
const ALL_TICKS_UP_TO = 6;

/** The powers of ten labelled on the axis: 10, 100, … up to the ceiling, thinned when many. */
export function axisTicks(ceiling: number): number[] {
  const ticks: number[] = [];
  for (let t = 10; t <= ceiling && ticks.length < MAX_TICKS; t *= 10) ticks.push(t);
  return ticks.filter((_, i) => ticks.length <= ALL_TICKS_UP_TO || i % 2 === 1);
}
