/** Comparing today's estimate with the size range a purpose needs. */
export interface SizeRange {
  readonly min: number;
  readonly max: number;
}

export type Fit = 'smaller' | 'about-right' | 'larger';

export function compareWithRange(estimate: number, range: SizeRange): Fit {
  if (estimate < range.min) return 'smaller';
  if (estimate > range.max) return 'larger';
  return 'about-right';
}

/** How many more people reach the bottom of the range (0 when already there). */
export function shortfall(estimate: number, range: SizeRange): number {
  return Math.max(0, Math.ceil(range.min - estimate));
}
