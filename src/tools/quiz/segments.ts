import type { PurposeId } from '@/purposes/ids';
import type { KeepApartId, PurposeModel, RemedyId, StrategyId } from '@/purposes/model';
import { joinList } from '@/shared/list';
import type { Advice } from './advice';
import { planLineIds, type PlanLabelId } from './plan-lines';
import { fill } from '@/shared/template';
import type { QuizWords } from './model';

/**
 * The segmentation plan under "One network or more?": when the advice is to segment the network
 * or keep separate networks, one part per leading purpose, each saying whom it is kept apart
 * from and how; when one purpose leads, how to keep that network focused. Loaded with the
 * result's body (src/components/quiz/ResultBody.tsx), never with the questions.
 */
export interface Segment {
  readonly purpose: PurposeId;
  /** the other leading purposes this part is kept apart from, by how (strongest way first) */
  readonly apart: readonly { readonly how: KeepApartId; readonly from: readonly PurposeId[] }[];
  /** leading purposes it may share a part with: same inviting strategy, no conflict */
  readonly sharesWith: readonly PurposeId[];
}

export type SegmentPlan =
  | { readonly kind: 'segments'; readonly remedy: RemedyId; readonly segments: readonly Segment[] }
  | { readonly kind: 'focus'; readonly purpose: PurposeId }
  | null;

/** The ways of keepApartIds (src/lib/purpose-model.ts), strongest first: kept here so that only the result's body loads them. */
export const strongestFirst: readonly KeepApartId[] = ['privatePublic', 'accounts', 'lists'];

/**
 * How two leading purposes are kept apart: as their conflict says; else, when they need different
 * inviting strategies, with lists; else null (they can share a part).
 */
function keepApart(
  advice: Pick<Advice, 'conflicts'>,
  needs: Readonly<Record<PurposeId, StrategyId>>,
  a: PurposeId,
  b: PurposeId,
): KeepApartId | null {
  const conflict = advice.conflicts.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a));
  if (conflict) return conflict.keepApart;
  return needs[a] === needs[b] ? null : 'lists';
}

/** The plan the advice calls for; null when two or more purposes lead and one network with care serves them. */
export function segmentPlan(
  advice: Pick<Advice, 'leading' | 'conflicts' | 'recommendation'>,
  needs: Readonly<Record<PurposeId, StrategyId>>,
): SegmentPlan {
  const { leading, recommendation } = advice;
  if (recommendation === 'one') return leading[0] ? { kind: 'focus', purpose: leading[0] } : null;
  if (recommendation === 'oneWithCare') return null;
  const segments = leading.map((purpose): Segment => {
    const others = leading.filter((p) => p !== purpose);
    const ways = others.map((p) => [p, keepApart(advice, needs, purpose, p)] as const);
    const apart = strongestFirst
      .map((how) => ({ how, from: ways.filter(([, w]) => w === how).map(([p]) => p) }))
      .filter((g) => g.from.length > 0);
    return { purpose, apart, sharesWith: ways.filter(([, w]) => w === null).map(([p]) => p) };
  });
  return { kind: 'segments', remedy: recommendation, segments };
}

/** One box of the plan in words: its heading and its lines, in order. */
export interface PlanBox {
  readonly purpose: PurposeId;
  readonly heading: string;
  readonly lines: readonly { readonly id: PlanLabelId; readonly label: string; readonly text: string }[];
}

export interface PlanWordsShown {
  readonly heading: string;
  readonly intro: string;
  readonly boxes: readonly PlanBox[];
}

/** The plan's words, in the reader's own purposes' terms; null when there is no plan. */
export function planWords(
  plan: SegmentPlan,
  purposes: PurposeModel,
  words: Pick<QuizWords, 'plan' | 'list'>,
): PlanWordsShown | null {
  if (!plan) return null;
  const w = words.plan;
  const network = (p: PurposeId) => purposes.purposes[p].inSentence;
  const networks = (ps: readonly PurposeId[]) => joinList(ps.map(network), words.list);
  const own = (p: PurposeId) =>
    planLineIds.map((id): PlanBox['lines'][number] => ({
      id,
      label: w.labels[id],
      text: purposes.purposes[p].plan[id],
    }));
  if (plan.kind === 'focus') {
    const p = plan.purpose;
    return {
      heading: fill(w.focusHeading, { network: network(p) }),
      intro: w.focusIntro,
      boxes: [
        {
          purpose: p,
          heading: fill(w.part, { network: network(p) }),
          lines: [...own(p), { id: 'focus', label: w.labels.focus, text: purposes.purposes[p].plan.focus }],
        },
      ],
    };
  }
  return {
    heading: w.heading[plan.remedy],
    intro: w.intro,
    boxes: plan.segments.map((s) => {
      const apart = [
        ...s.apart.map((g) => fill(w.apart, { networks: networks(g.from), how: w.keepApart[g.how] })),
        ...(s.sharesWith.length ? [fill(w.sharesWith, { networks: networks(s.sharesWith) })] : []),
      ].join(' ');
      return {
        purpose: s.purpose,
        heading: fill(w.part, { network: network(s.purpose) }),
        lines: [...own(s.purpose), { id: 'apart' as const, label: w.labels.apart, text: apart }],
      };
    }),
  };
}
