/**
 * How the plan's networks (the promotion article's past, operational and strategic networks, the
 * plan's sections and the stored keys of the review rhythm) meet the site's network vocabulary
 * (src/content/purposes/networks.yaml): read from its `namedNetworks`, never restated here or in
 * texts.yaml. Run at build time; the island gets the results as plain data.
 */
import { purposeIds, type PurposeId } from '@/purposes/ids';
import type { PurposeModel } from '@/purposes/model';
import type { NetworkId as SiteNetworkId } from '@/purposes/networks';
import type { NetworkModel } from '@/purposes/networks-schema';
import { networkIds, type NetworkId, type ReviewSuggestions } from './model';

type Named = NetworkModel['namedNetworks'][number];

function named(model: NetworkModel, id: string): Named {
  const entry = model.namedNetworks.find((n) => n.id === id);
  if (!entry) throw new Error(`networks.yaml namedNetworks has no "${id}": the promotion checklist's ${id} network`);
  return entry;
}

/** the one site network a plan network is (the review rhythm needs exactly one) */
export function siteNetworkOf(model: NetworkModel, id: NetworkId): SiteNetworkId {
  const { networks } = named(model, id);
  if (networks.length !== 1)
    throw new Error(`networks.yaml namedNetworks.${id} must name one network, not ${networks}`);
  return networks[0]!;
}

/** how a quiz purpose meets the plan */
export type PurposeFit =
  /** the plan builds the purpose's network: these sections' items are marked; `note` is the model's note on each */
  | { readonly kind: 'fits'; readonly networks: readonly NetworkId[]; readonly note: string }
  /** a network the plan does not build (the research's personal network) overlaps the purpose */
  | { readonly kind: 'indirect'; readonly note: string }
  /** the plan builds work networks; the purpose's network is none of them: `who` is in it */
  | { readonly kind: 'none'; readonly who: string };

export type PurposeFits = Readonly<Record<PurposeId, PurposeFit>>;

/** each purpose's fit, from the model's mapping of named networks */
export function purposeFits(model: NetworkModel, purposes: PurposeModel): PurposeFits {
  const planIds: readonly string[] = networkIds;
  const fit = (purpose: PurposeId): PurposeFit => {
    const covering = model.namedNetworks.filter((n) => n.networks.includes(purpose));
    const inPlan = covering.filter((n) => planIds.includes(n.id));
    if (inPlan.length > 0)
      return {
        kind: 'fits',
        networks: inPlan.map((n) => n.id as NetworkId),
        note: inPlan.map((n) => n.note).join(' '),
      };
    if (covering.length > 0) return { kind: 'indirect', note: covering.map((n) => n.note).join(' ') };
    return { kind: 'none', who: purposes.purposes[purpose].plan.who };
  };
  return Object.fromEntries(purposeIds.map((p) => [p, fit(p)])) as Record<PurposeId, PurposeFit>;
}

/**
 * Each plan network's suggested review: the past network's own (networks.yaml `past`), or the
 * purpose model's `reviewEvery` and answer to how frequently to communicate for the purpose whose
 * network it is.
 */
export function reviewSuggestions(purposes: PurposeModel, model: NetworkModel): ReviewSuggestions {
  return Object.fromEntries(
    networkIds.map((id) => {
      const site = siteNetworkOf(model, id);
      if (site === 'past')
        return [id, { network: site, every: model.past.reviewEvery, purpose: null, answer: model.past.communicate }];
      const entry = purposes.purposes[site];
      return [
        id,
        { network: site, every: entry.reviewEvery, purpose: entry.inSentence, answer: entry.dilemmas.communicate },
      ];
    }),
  ) as Record<NetworkId, ReviewSuggestions[NetworkId]>;
}
