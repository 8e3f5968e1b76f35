/**
 * The name method (network scale-up): the names asked about, their sizes, and the estimate with
 * the range chance leaves around it. Pure: no words, no DOM.
 */

/**
 * The name method (Killworth et al. 1998): N, the population the name sizes refer to, and how
 * many people have each of twelve first names, as coded in the McCarty et al. 2001 data (US,
 * about 1990), reanalyzed by Zheng, Salganik & Gelman 2006. A name's id is its lower case.
 */
export const SCALE_UP_POPULATION = 250_000_000;
export const knownNames = Object.entries({
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
}).map(([name, size]) => ({ id: name.toLowerCase(), name, size }));
/** Σ N_k: how many people have one of the names */
export const KNOWN_NAMES_TOTAL = knownNames.reduce((sum, n) => sum + n.size, 0);

/**
 * The basic Killworth estimator c = N · Σy / ΣN, from the counts in `knownNames` order, with the
 * range chance alone leaves around it: the count Σy is read as a Poisson count (the method's own
 * assumption that each person you know has one of the names with the same chance) and given its
 * 95% score interval, y + z²/2 ± z·√(y + z²/4), scaled the same way. Nobody known: null.
 */
export function scaleUpEstimate(counts: readonly number[]) {
  const known = counts.reduce((sum, y) => sum + y, 0);
  if (!(known > 0)) return null;
  const scale = SCALE_UP_POPULATION / KNOWN_NAMES_TOTAL;
  const z = 1.96;
  const spread = z * Math.sqrt(known + (z * z) / 4);
  return {
    value: known * scale,
    known,
    low: (known + (z * z) / 2 - spread) * scale,
    high: (known + (z * z) / 2 + spread) * scale,
  };
}

/** A rough figure, as every rough result is written: whole below 1,000, else two significant figures. */
export const roundRough = (n: number) => (n < 1000 ? Math.round(n) : Number(n.toPrecision(2)));
