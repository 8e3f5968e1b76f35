/**
 * The reader's people as the other tools count them: how many sit in each network, and who sits
 * in two networks whose audiences must be kept apart. Only the networks the reader put a person
 * in count, never a suggestion they have not accepted. Pure: no React, no DOM.
 */
import { networkIds, type NetworkId } from '@/purposes/networks';
import type { Person } from './person';

export type NetworkCounts = Readonly<Record<NetworkId, number>>;

/** How many people sit in each network: a person in three networks counts once in each. */
export function countPerNetwork(people: readonly Pick<Person, 'networks'>[]): NetworkCounts {
  const counts = Object.fromEntries(networkIds.map((n) => [n, 0])) as Record<NetworkId, number>;
  for (const person of people) for (const n of new Set(person.networks)) if (n in counts) counts[n] += 1;
  return counts;
}

/** How many people sit in no network yet (their suggestions, if any, not accepted). */
export const countUnsorted = (people: readonly Pick<Person, 'networks'>[]): number =>
  people.filter((p) => p.networks.length === 0).length;

/** A person who sits in networks that must be kept apart, with those networks. */
export interface KeptApartPerson<P, N extends NetworkId = NetworkId> {
  readonly person: P;
  /** the networks of `among` they sit in that are kept apart from another they sit in, in the order of `among` */
  readonly networks: readonly N[];
}

/**
 * The people who sit in two of the networks `among` whose audiences must be kept apart (`apart`,
 * asked of both orders), each once with those networks, sorted by name (`locale`'s order).
 */
export function keptApartPeople<P extends Pick<Person, 'id' | 'name' | 'networks'>, N extends NetworkId>(
  people: readonly P[],
  among: readonly N[],
  apart: (a: N, b: N) => boolean,
  locale?: string,
): KeptApartPerson<P, N>[] {
  const clash = (a: N, b: N) => a !== b && (apart(a, b) || apart(b, a));
  const collator = new Intl.Collator(locale);
  return people
    .flatMap((person) => {
      const sits = among.filter((n) => person.networks.includes(n));
      const networks = sits.filter((n) => sits.some((m) => clash(n, m)));
      return networks.length > 0 ? [{ person, networks }] : [];
    })
    .sort((a, b) => collator.compare(a.person.name, b.person.name) || (a.person.id < b.person.id ? -1 : 1));
}
