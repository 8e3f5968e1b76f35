export interface Ordered {
  readonly id: string;
  readonly order: number;
}

/** Sort by the series order, then by id so that equal orders stay stable. */
export function sortByOrder<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

export interface Neighbours<T> {
  readonly previous: T | undefined;
  readonly next: T | undefined;
}

/**
 * The articles before and after each article in series order, by id: one pass for the whole
 * series, so that a build with N articles does not sort and search N times.
 */
export function neighbourMap<T extends Ordered>(items: readonly T[]): ReadonlyMap<string, Neighbours<T>> {
  const sorted = sortByOrder(items);
  return new Map(sorted.map((item, i) => [item.id, { previous: sorted[i - 1], next: sorted[i + 1] }]));
}
