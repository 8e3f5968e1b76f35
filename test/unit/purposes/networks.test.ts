import { describe, expect, it } from 'vitest';
import { purposeIds } from '../../../src/purposes/ids';
import {
  cadenceIds,
  cadenceSpan,
  contactKindIds,
  isNetworkId,
  networkIds,
  relationIds,
} from '../../../src/purposes/networks';
import { networkModelSchema } from '../../../src/purposes/networks-schema';
import { loadNetworkModel, rawNetworkModel } from '../../support/purpose-model';

const model = loadNetworkModel();
const messages = (input: unknown) => {
  const r = networkModelSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('the network vocabulary', () => {
  it('has one network per purpose, with the purpose’s id, and the past network', () => {
    expect(networkIds).toEqual([...purposeIds, 'past']);
    for (const n of networkIds) expect(isNetworkId(n)).toBe(true);
    for (const v of ['Past', 'operational', 'personal', '', null, 0]) expect(isNetworkId(v)).toBe(false);
  });

  it('gives every network a default contact cadence, and every cadence a length', () => {
    for (const n of networkIds) expect(cadenceIds).toContain(model.cadence[n]);
    for (const c of cadenceIds) expect(Object.values(cadenceSpan[c])[0]).toBeGreaterThan(0);
  });

  it('maps the promotion article’s and the research’s networks onto the site’s', () => {
    const map = Object.fromEntries(model.namedNetworks.map((n) => [n.id, n.networks]));
    expect(map).toEqual({
      operational: ['resource'],
      strategic: ['strategic'],
      past: ['past'],
      personal: ['career', 'brand'],
    });
  });

  it('has one entry per relation and a give for every kind of contact', () => {
    expect(model.relations.map((r) => r.id).sort()).toEqual([...relationIds].sort());
    for (const kind of contactKindIds) expect(model.gives.some((g) => g.for.includes(kind))).toBe(true);
  });

  it.each([
    ['a cadence that does not exist', { cadence: { ...model.cadence, past: 'weekly' } }, 'cadence.past is one of'],
    ['a network left without a cadence', { cadence: { ...model.cadence, past: undefined } }, 'cadence.past is one of'],
    [
      'a named network mapped to a network that does not exist',
      { namedNetworks: [{ ...model.namedNetworks[0], networks: ['operational'] }] },
      'namedNetworks[].networks is one of',
    ],
    ['a relation missing', { relations: model.relations.slice(1) }, 'relations: one entry per'],
    [
      'a kind of contact with no give',
      { gives: model.gives.filter((g) => !g.for.includes('past')) },
      'gives: every kind',
    ],
  ])('stops the build on %s', (_, change, message) => {
    expect(messages({ ...rawNetworkModel(), ...change }).join('\n')).toContain(message);
  });
});
