/**
 * "Count your circles": Dunbar's layers. The reader says how many people sit in each circle,
 * counting each person once, in the innermost circle they belong to; layers are cumulative,
 * so layer k holds everyone in circles 1..k (as in Dunbar's 5 / 15 / 50 / 150 / 500).
 */
export type CirclesResult =
  | { readonly kind: 'estimate'; readonly total: number; readonly cumulative: readonly number[] }
  | { readonly kind: 'insufficient' };

export function cumulativeLayers(counts: readonly number[]): number[] {
  const out: number[] = [];
  let sum = 0;
  for (const count of counts) {
    sum += Number.isFinite(count) ? Math.max(count, 0) : 0;
    out.push(sum);
  }
  return out;
}

/** The network estimate: everyone in the outermost circle asked about. Nobody counted: no estimate. */
export function estimateFromCircles(counts: readonly number[]): CirclesResult {
  const cumulative = cumulativeLayers(counts);
  const total = cumulative.at(-1) ?? 0;
  if (total <= 0) return { kind: 'insufficient' };
  return { kind: 'estimate', total, cumulative };
}

export type LayerComparison = 'fewer' | 'similar' | 'more';

/**
 * How a cumulative layer compares with its typical size. "similar" is a band of a factor of
 * two around the typical size: the layers themselves vary that much (Dunbar's 150 has a 95%
 * interval of 100–230; Zhou et al. give "3–5, 9–15, 30–45").
 */
export function compareLayer(count: number, typical: number): LayerComparison {
  if (!(typical > 0) || !Number.isFinite(count)) return 'similar';
  if (count < typical / 2) return 'fewer';
  if (count > typical * 2) return 'more';
  return 'similar';
}
