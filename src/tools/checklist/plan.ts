/**
 * Build the personalized plan from the editor's item templates and the reader's profile:
 * filter by audience, level and organization, name the level's peers and the people above it,
 * repeat "each group" items per chosen group, date each phase from the start date, and keep
 * item ids stable so ticks and names survive any change of profile.
 */
import type { PurposeId } from '@/purposes/ids';
import { fill } from '@/shared/template';
import { dateOfDay, formatIsoDate, parseIsoDate } from './dates';
import { customGroupId, isComplete, tidy } from './profile';
import {
  levelPlaceholders,
  type Audience,
  type ChecklistWords,
  type ForAudience,
  type GroupKind,
  type GroupText,
  type ItemTemplate,
  type Level,
  type Plan,
  type PlanItem,
  type Profile,
} from './model';

export interface ChosenGroup {
  readonly id: string;
  readonly label: string;
  /** how the plan's sentences name it: the words' inSentence, or the reader's own group as typed */
  readonly inSentence: string;
}

/** the groups the form offers for a level (board members only for executives) */
export function groupsFor(words: ChecklistWords, kind: GroupKind, level: Level | null): GroupText[] {
  return words.groups.filter((g) => g.kind === kind && (!g.levels || g.levels.some((l) => l === level)));
}

/** the chosen groups of a kind, in the words' order, then the reader's own (internal only) */
export function chosenGroups(words: ChecklistWords, profile: Profile, kind: GroupKind): ChosenGroup[] {
  const picked = kind === 'internal' ? profile.internal : profile.external;
  const offered = groupsFor(words, kind, profile.level).filter((g) => picked.includes(g.id));
  const own =
    kind === 'internal'
      ? profile.customInternal.map((label) => ({
          id: customGroupId(label),
          label: tidy(label),
          inSentence: tidy(label),
        }))
      : [];
  return [...offered.map(({ id, label, inSentence }) => ({ id, label, inSentence })), ...own];
}

function applies(item: ItemTemplate, profile: Profile, counts: Record<GroupKind, number>): boolean {
  if (item.audience && item.audience !== profile.audience) return false;
  if (item.sameOrg !== undefined && item.sameOrg !== profile.sameOrg) return false;
  if (item.levels && !item.levels.some((l) => l === profile.level)) return false;
  if (item.whenNoGroups && counts[item.whenNoGroups] > 0) return false;
  return true;
}

/**
 * The quiz purpose a plan may use: the reader's own, and only in the reader's own plan. A plan
 * for someone who reports to the reader is about that person, so the reader's quiz result
 * says nothing about it.
 */
export function planPurpose(profile: Profile, quizPurpose: PurposeId | null): PurposeId | null {
  return profile.audience === 'self' ? quizPurpose : null;
}

/** a line written for both readers, or the one written for this reader */
export function forAudience(line: ForAudience, audience: Audience): string {
  return typeof line === 'string' ? line : line[audience];
}

/** the level's phrases for {peers}, {above} and {leaders}; a phrase the level lacks stays out */
export function levelValues(words: ChecklistWords, level: Level | null): Record<string, string> {
  const text = words.levels.find((l) => l.id === level);
  const values: Record<string, string> = {};
  for (const name of levelPlaceholders) {
    const phrase = text?.[name];
    if (phrase) values[name] = phrase;
  }
  return values;
}

/** the phrase for the promoted person in a manager's plan: their name, or the words' "your report" */
export function personFor(profile: Profile, words: ChecklistWords): string {
  const name = tidy(profile.name);
  return name === '' ? words.text.yourReport : name;
}

/** null until the profile is complete (role, level and a real start date) */
export function buildPlan(
  templates: readonly ItemTemplate[],
  words: ChecklistWords,
  profile: Profile,
  quizPurpose: PurposeId | null = null,
): Plan | null {
  const start = parseIsoDate(profile.startDate);
  if (!start || !isComplete(profile)) return null;
  const groups = {
    internal: chosenGroups(words, profile, 'internal'),
    external: chosenGroups(words, profile, 'external'),
  };
  const counts = { internal: groups.internal.length, external: groups.external.length };
  const purpose = planPurpose(profile, quizPurpose);
  const emphasisSection = purpose ? words.purposes.find((p) => p.id === purpose)?.section : undefined;
  const sectionOrder = words.sections.map((s) => s.id);
  const values = { ...levelValues(words, profile.level), person: personFor(profile, words) };

  const items: PlanItem[] = [];
  for (const template of templates) {
    if (!applies(template, profile, counts)) continue;
    const base = {
      phase: template.phase,
      section: template.section,
      sectionTitle: words.sections.find((s) => s.id === template.section)?.title ?? '',
      who: template.who,
      source: template.source ? words.sources.find((s) => s.id === template.source) : undefined,
      emphasised: template.section === emphasisSection,
    };
    const text = template.text[profile.audience];
    const why = forAudience(template.why, profile.audience);
    if (template.forEach) {
      for (const group of groups[template.forEach]) {
        const withGroup = { ...values, group: group.inSentence };
        items.push({
          ...base,
          id: `${template.id}:${group.id}`,
          group: group.inSentence,
          text: fill(text, withGroup),
          why: fill(why, withGroup),
        });
      }
    } else {
      items.push({ ...base, id: template.id, text: fill(text, values), why: fill(why, values) });
    }
  }

  const phases = [...words.phases]
    .sort((a, b) => a.day - b.day)
    .map((phase) => ({
      id: phase.id,
      label: phase.label,
      milestone: phase.milestone,
      day: phase.day,
      due: formatIsoDate(dateOfDay(start, phase.day)),
      items: items
        .filter((item) => item.phase === phase.id)
        .sort((a, b) => sectionOrder.indexOf(a.section) - sectionOrder.indexOf(b.section)),
    }))
    .filter((phase) => phase.items.length > 0);
  return { phases, itemIds: phases.flatMap((p) => p.items.map((i) => i.id)) };
}
