/**
 * Build the personalized plan from the editor's items and the reader's profile: filter by
 * level and organization, name the level's peers and the people above it, repeat
 * "each group" items per chosen group, date each phase from the start date (on a working day),
 * keep the items' own order within each phase, add one item per reviewed network to the 90-day
 * review, and keep item ids stable so ticks and names survive any change of profile.
 */
import type { PurposeId } from '@/purposes/ids';
import { fill } from '@/shared/template';
import { formatIsoDate, parseIsoDate } from '@/shared/dates';
import { dueDate } from './dates';
import { customGroupId, emptyProfile, tidy, validateProfile } from './profile';
import { reviewEntries, type ReviewEntry } from './rhythm';
import type { PurposeFits } from './networks';
import { matcherFor } from './people';
import type { ChecklistTexts, GroupText, ItemTemplate, SourceText } from './schema';
import { words } from './words';
import {
  forAudience,
  levelPlaceholders,
  type GroupKind,
  type Level,
  type PeopleMatcher,
  type PhaseId,
  type Profile,
  type Rhythms,
  type SectionId,
} from './model';

export interface PlanItem {
  readonly id: string;
  readonly phase: PhaseId;
  readonly section: SectionId;
  readonly sectionTitle: string;
  readonly text: string;
  readonly why: string;
  /** how many lines for names */
  readonly who: number;
  /** which of the reader's people the lines offer (./people.ts), or null for nobody */
  readonly people: PeopleMatcher | null;
  readonly source?: SourceText | undefined;
  /** the item belongs to a network the network vocabulary says is the reader's quiz purpose's */
  readonly emphasised: boolean;
  /** the group an item repeated per group is for, as the plan names it ("industry experts") */
  readonly group?: string | undefined;
}

export interface PlanPhase {
  readonly id: PhaseId;
  readonly label: string;
  readonly milestone: string;
  readonly day: number;
  /** "YYYY-MM-DD" */
  readonly due: string;
  readonly items: readonly PlanItem[];
}

export interface Plan {
  readonly phases: readonly PlanPhase[];
  readonly itemIds: readonly string[];
  /** the reviewed networks: their items are the last of the 90-day review; each is a recurring calendar event */
  readonly reviews: readonly ReviewEntry[];
}

/** the groups the form offers for a level (some only for some levels) */
export function groupsFor(texts: ChecklistTexts, kind: GroupKind, level: Level | null): GroupText[] {
  return texts.groups.filter((g) => g.kind === kind && (!g.levels || g.levels.some((l) => l === level)));
}

/** the chosen groups of a kind as the plan names them, in the texts' order, then the reader's own (internal only) */
export function chosenGroups(texts: ChecklistTexts, profile: Profile, kind: GroupKind): { id: string; name: string }[] {
  const picked = kind === 'internal' ? profile.internal : profile.external;
  const offered = groupsFor(texts, kind, profile.level).filter((g) => picked.includes(g.id));
  const own =
    kind === 'internal' ? profile.customInternal.map((label) => ({ id: customGroupId(label), name: tidy(label) })) : [];
  return [...offered.map((g) => ({ id: g.id, name: g.inSentence })), ...own];
}

/** the quiz purpose a plan may use: the reader's own, and only in the reader's own plan */
export function planPurpose(profile: Profile, quizPurpose: PurposeId | null): PurposeId | null {
  return profile.audience === 'self' ? quizPurpose : null;
}

/** the promoted person in a manager's plan, mid-sentence: their name, or "the new leader" */
export function personFor(profile: Profile): string {
  return tidy(profile.name) || words.theNewLeader;
}

/** the sections whose items the reader's quiz purpose marks, from the network vocabulary */
export function fittingSections(fits: PurposeFits, purpose: PurposeId | null): readonly SectionId[] {
  const fit = purpose ? fits[purpose] : null;
  return fit?.kind === 'fits' ? fit.networks : [];
}

function applies(item: ItemTemplate, profile: Profile, counts: Record<GroupKind, number>): boolean {
  return (
    (item.sameOrg === undefined || item.sameOrg === profile.sameOrg) &&
    (!item.levels || item.levels.some((l) => l === profile.level)) &&
    !(item.whenNoGroups && counts[item.whenNoGroups] > 0)
  );
}

/** what a plan is built from: the items, the texts and each purpose's fit */
export interface PlanContent {
  readonly items: readonly ItemTemplate[];
  readonly texts: ChecklistTexts;
  readonly fits: PurposeFits;
}

/** null until the profile is complete (role, level and an accepted start date) */
export function buildPlan(
  content: PlanContent,
  profile: Profile,
  quizPurpose: PurposeId | null = null,
  rhythms: Rhythms = {},
): Plan | null {
  const { items: templates, texts } = content;
  const start = parseIsoDate(profile.startDate);
  if (!start || Object.keys(validateProfile(profile)).length > 0) return null;
  const groups = {
    internal: chosenGroups(texts, profile, 'internal'),
    external: chosenGroups(texts, profile, 'external'),
  };
  const counts = { internal: groups.internal.length, external: groups.external.length };
  const purpose = planPurpose(profile, quizPurpose);
  const emphasis = fittingSections(content.fits, purpose);
  const level = texts.levels.find((l) => l.id === profile.level);
  const values: Record<string, string> = { person: personFor(profile) };
  for (const name of levelPlaceholders) if (level?.[name]) values[name] = level[name];
  const titleOf = (section: SectionId) => {
    const title = texts.sections.find((s) => s.id === section)?.title;
    return title ? fill(forAudience(title, profile.audience), values) : '';
  };

  const items: PlanItem[] = templates.flatMap((template) => {
    if (!applies(template, profile, counts)) return [];
    const base = {
      phase: template.phase,
      section: template.section,
      sectionTitle: titleOf(template.section),
      who: template.who,
      people: matcherFor(template, profile.audience),
      source: texts.sources.find((s) => s.id === template.source),
      emphasised: emphasis.includes(template.section),
    };
    const text = template.text[profile.audience];
    const why = forAudience(template.why, profile.audience);
    if (!template.forEach) return [{ ...base, id: template.id, text: fill(text, values), why: fill(why, values) }];
    return groups[template.forEach].map((group) => {
      const withGroup = { ...values, group: group.name };
      return {
        ...base,
        id: `${template.id}:${group.id}`,
        group: group.name,
        text: fill(text, withGroup),
        why: fill(why, withGroup),
      };
    });
  });

  const phases = [...texts.phases]
    .sort((a, b) => a.day - b.day)
    .map(({ id, label, milestone, day }) => ({
      ...{ id, label, milestone, day },
      due: formatIsoDate(dueDate(start, day)),
      // the sources' order, as items.yaml lists them: map, expectations, then people one by one
      items: items.filter((item) => item.phase === id),
    }))
    .filter((phase) => phase.items.length > 0);

  // the reviewed networks, reviewed from the 90-day review on (none without one)
  const review = phases.find((p) => p.id === 'review90');
  const sections = new Set(items.map((i) => i.section));
  const reviews = review
    ? reviewEntries(texts, parseIsoDate(review.due)!, sections, rhythms, profile.audience, values.person!)
    : [];
  const reviewItems = reviews.map((r) => ({
    ...{ id: `review-network:${r.network}`, phase: 'review90' as const, section: 'review' as const },
    ...{ sectionTitle: titleOf('review'), text: r.text, why: r.why, who: 0, people: null, emphasised: false },
  }));
  const withReviews = phases.map((p) => (p.id === 'review90' ? { ...p, items: [...p.items, ...reviewItems] } : p));
  return { phases: withReviews, itemIds: withReviews.flatMap((p) => p.items.map((i) => i.id)), reviews };
}

/** the three-step start the plan opens with, or null when the reader has not asked for it */
export function firstSteps(texts: ChecklistTexts, profile: Profile): { lead: string; steps: string[] } | null {
  if (!profile.newToNetworking) return null;
  const person = personFor(profile);
  return {
    lead: fill(texts.firstSteps.lead[profile.audience], { person }),
    steps: texts.firstSteps.steps[profile.audience].map((step) => fill(step, { person })),
  };
}

/** the level of the plan shown without JavaScript */
export const SAMPLE_LEVEL: Level = 'manager';

/**
 * The plan shown without JavaScript, the useful static part: the items of the promoted person's
 * own plan at SAMPLE_LEVEL, promoted within the organization, no group chosen, by phase, undated.
 */
export function samplePlan(content: PlanContent): { label: string; items: string[] }[] {
  const profile = { ...emptyProfile, role: '-', level: SAMPLE_LEVEL, startDate: '2027-01-04' };
  return (buildPlan(content, profile)?.phases ?? []).map((p) => ({
    label: p.label,
    items: p.items.map((i) => i.text),
  }));
}
