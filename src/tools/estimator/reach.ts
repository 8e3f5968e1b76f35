/**
 * A rough model of how far a message travels through a network, step by step.
 *
 * - 1st degree: everyone you are connected to can see it.
 * - 2nd degree: a share of your ordinary contacts pass it on, and the hubs you name do; each
 *   reaches their own connections except you and the overlap (people already reached or
 *   shared between networks).
 * - 3rd degree: the same share of the people newly reached pass it on to their connections.
 * - Each step can only reach people not reached yet, inside a stated population bound: as the
 *   audience fills up, more and more of the people a step "reaches" were already reached
 *   (new = R · (1 − e^(−x / R)) for x raw contacts and R people left), so reach never exceeds
 *   the bound and overlap always lowers it.
 */
export interface ReachInput {
  /** your first-degree connections */
  readonly first: number;
  /** typical number of connections of your contacts */
  readonly typical: number;
  /** share of a contact's connections already reached or in your network, 0..1 */
  readonly overlap: number;
  /** share of ordinary people who pass the message on, 0..1 */
  readonly share: number;
  /** contacts with very large networks who pass it on (among your first-degree connections) */
  readonly hubs: number;
  /** connection count of each hub (the largest professional network caps it at 30,000) */
  readonly hubSize: number;
  /** the most people who could ever see the message */
  readonly population: number;
}

export interface ReachResult {
  /** new people reached at each degree: [1st, 2nd, 3rd] */
  readonly perDegree: readonly [number, number, number];
  /** people reached within 1, 2 and 3 steps */
  readonly cumulative: readonly [number, number, number];
  /** true when the population bound limited the result noticeably (≥ 10% lost to saturation) */
  readonly nearBound: boolean;
  /** the population bound used */
  readonly population: number;
}

function clean(value: number, max = Number.MAX_SAFE_INTEGER): number {
  return Number.isFinite(value) ? Math.min(Math.max(value, 0), max) : 0;
}

/** New people reached when `raw` contacts land in an audience with `remaining` people left. */
export function saturate(raw: number, remaining: number): number {
  const r = clean(remaining);
  const x = clean(raw);
  // with no contacts (x = 0) the formula itself gives 0; with no room it would give 0/0 = NaN at x = 0
  if (r <= 0) return 0;
  const value = r * -Math.expm1(-x / r);
  return Math.min(Math.max(value, 0), r, x);
}

export function reach(input: ReachInput): ReachResult {
  const population = clean(input.population);
  const first = clean(input.first);
  const hubs = Math.min(clean(input.hubs), first);
  const overlap = clean(input.overlap, 1);
  const share = clean(input.share, 1);
  const perOrdinary = Math.max(clean(input.typical) - 1, 0) * (1 - overlap);
  const perHub = Math.max(clean(input.hubSize) - 1, 0) * (1 - overlap);

  const d1 = Math.min(first, population);
  const raw2 = share * (first - hubs) * perOrdinary + hubs * perHub;
  const d2 = saturate(raw2, population - d1);
  const raw3 = share * d2 * perOrdinary;
  const d3 = saturate(raw3, population - d1 - d2);
  const c1 = d1;
  const c2 = Math.min(c1 + d2, population);
  const c3 = Math.min(c2 + d3, population);
  // raw2 and raw3 are never negative; when both are 0, so are d2 and d3, and 0 < 0 is false
  const nearBound = d2 + d3 < 0.9 * (Math.min(raw2, Number.MAX_SAFE_INTEGER) + Math.min(raw3, Number.MAX_SAFE_INTEGER));
  return { perDegree: [d1, d2, d3], cumulative: [c1, c2, c3], nearBound, population };
}
