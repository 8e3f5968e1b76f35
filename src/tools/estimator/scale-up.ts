/**
 * The network scale-up method (Killworth et al. 1998): ask how many people the reader knows
 * with each of twelve first names whose number in the population is known, then
 * c = N · Σ y_k / Σ N_k. Names and sizes as coded in the McCarty et al. 2001 data
 * (US, about 1990 Census name frequencies), reanalyzed by Zheng, Salganik & Gelman 2006.
 */
export interface KnownName {
  readonly id: string;
  readonly name: string;
  /** how many people in the population have this first name */
  readonly size: number;
}

/** N, the population the name sizes refer to */
export const SCALE_UP_POPULATION = 250_000_000;

/** McCarty et al. 2001: mean acquaintance network of 1,370 US adults by the scale-up method */
export const MCCARTY_MEAN = 290;

/** How many people have each first name; a name's id is the name in lower case ("michael"). */
const nameSizes: Readonly<Record<string, number>> = {
  Michael: 3_187_000,
  Christina: 351_000,
  Christopher: 1_255_000,
  Jacqueline: 291_000,
  James: 4_023_000,
  Jennifer: 1_118_000,
  Anthony: 874_000,
  Kimberly: 642_000,
  Robert: 3_811_000,
  Stephanie: 510_000,
  David: 2_865_000,
  Nicole: 358_000,
};

export const knownNames: readonly KnownName[] = Object.entries(nameSizes).map(([name, size]) => ({
  id: name.toLowerCase(),
  name,
  size,
}));

/** Σ N_k: how many people have one of the names */
export const KNOWN_NAMES_TOTAL = knownNames.reduce((sum, n) => sum + n.size, 0);

export type ScaleUpResult =
  { readonly kind: 'estimate'; readonly value: number; readonly known: number } | { readonly kind: 'insufficient' };

/**
 * Basic Killworth estimator. `counts[k]` is how many people named k the reader knows.
 * Knowing nobody with any of the names gives "not enough information", never 0 or NaN.
 */
export function scaleUpEstimate(
  counts: readonly number[],
  sizes: readonly number[] = knownNames.map((n) => n.size),
  population: number = SCALE_UP_POPULATION,
): ScaleUpResult {
  if (counts.length !== sizes.length || !(population > 0)) return { kind: 'insufficient' };
  let known = 0;
  let total = 0;
  for (let i = 0; i < counts.length; i += 1) {
    const y = counts[i]!;
    const size = sizes[i]!;
    if (!Number.isFinite(y) || y < 0 || !Number.isFinite(size) || size <= 0) return { kind: 'insufficient' };
    known += y;
    total += size;
  }
  // someone known means at least one entry, each with a size above 0: the total is then above 0 too
  if (known <= 0) return { kind: 'insufficient' };
  const value = (population * known) / total;
  return Number.isFinite(value) ? { kind: 'estimate', value, known } : { kind: 'insufficient' };
}
