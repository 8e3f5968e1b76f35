import type { PurposeId } from '../purposes';
import type { ConflictRule } from './conflicts';
import type { StrategyId } from './types';

/** The article's six networking dilemmas, answered per purpose in the results. */
export const dilemmaIds = ['who', 'howMany', 'howWell', 'manage', 'communicate', 'active'] as const;
export type DilemmaId = (typeof dilemmaIds)[number];

export interface PurposeText {
  /** "Strategic/Perspective network" */
  readonly network: string;
  /** one line, shown on the intro and without JavaScript */
  readonly short: string;
  /** a short explanation under the headline */
  readonly summary: string;
  /** the inviting strategy this purpose needs */
  readonly strategy: StrategyId;
  /** the id of the purpose's heading in the article */
  readonly anchor: string;
  readonly dilemmas: Readonly<Record<DilemmaId, string>>;
}

export interface ResultTexts {
  readonly purposes: Readonly<Record<PurposeId, PurposeText>>;
  readonly dilemmaLabels: Readonly<Record<DilemmaId, string>>;
  /** templates: {network} (single), {networks} (tie) */
  readonly headline: { readonly single: string; readonly tie: string };
  readonly tieNote: string;
  readonly strategies: Readonly<Record<StrategyId, { readonly label: string }>>;
  /** templates: {reader}, {needed}, {network} */
  readonly fit: { readonly match: string; readonly differ: string; readonly mixed: string };
  readonly tieMargin: number;
  readonly conflictThreshold: number;
  readonly conflicts: readonly ConflictRule[];
  readonly noConflict: string;
  readonly reminders: readonly { readonly title: string; readonly text: string }[];
  readonly sources: readonly { readonly text: string; readonly href?: string | undefined }[];
}

/** Fill `{name}` placeholders; unknown names are left as they are (never "undefined"). */
export function fill(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? vars[name]! : whole,
  );
}

/** "A", "A and B", "A, B and C" */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
