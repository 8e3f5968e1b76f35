import type { PurposeId } from '../../src/purposes/ids';

/**
 * What a quiz result shows, in plain terms, so that the rules below can judge any version of the
 * result code: the leading purposes, the reader's inviting strategy, what the content says each
 * purpose needs, and the words on the screen.
 */
export interface Rendered {
  /** the purposes within the tie margin of the leader */
  readonly leading: readonly PurposeId[];
  readonly reader: string;
  /** the strategy each purpose needs, per the content */
  readonly needs: Readonly<Record<PurposeId, string>>;
  /** each purpose's network as running text names it */
  readonly names: Readonly<Record<PurposeId, string>>;
  /** the content's conflict pairs ("a+b") */
  readonly conflictPairs: readonly string[];
  readonly fitLabel: 'fits' | 'partly' | 'notFit';
  readonly fitText: string;
  /** what the result says about one network or more, conflicts included */
  readonly networksText: string;
  /** the conflict pairs the result shows */
  readonly shownPairs: readonly string[];
  readonly headline: string;
  /** how many full sets of the six answers are shown */
  readonly dilemmaSets: number;
  /** the reader is asked which purpose to plan for */
  readonly asksToChoose: boolean;
}

const segments = /\bsegment|separate networks/i;
const oneServes = /one network[^.]*can serve/i;

/** The rules a result must keep, stated once. Each returns what is wrong, or null. */
export const resultRules: readonly { readonly name: string; readonly check: (r: Rendered) => string | null }[] = [
  {
    name: 'never both "segment" (or separate networks) and "one network can serve them"',
    check: (r) => {
      const all = `${r.fitText} ${r.networksText}`;
      return segments.test(all) && oneServes.test(all) ? 'says both segment and one network can serve them' : null;
    },
  },
  {
    name: '"does not fit" never appears when the reader’s strategy is one that a leading purpose needs',
    check: (r) =>
      r.fitLabel === 'notFit' && r.leading.some((p) => r.needs[p] === r.reader)
        ? 'does not fit, yet a leading purpose needs this strategy'
        : null,
  },
  {
    name: '"it fits" only when every leading purpose needs the reader’s strategy',
    check: (r) =>
      r.fitLabel === 'fits' && r.leading.some((p) => r.needs[p] !== r.reader)
        ? 'fits, yet a leading purpose needs another strategy'
        : null,
  },
  {
    name: '"partly fits" names a network it suits and one it does not',
    check: (r) => {
      if (r.fitLabel !== 'partly') return null;
      const suited = r.leading.filter((p) => r.needs[p] === r.reader);
      const other = r.leading.filter((p) => r.needs[p] !== r.reader);
      if (suited.length === 0 || other.length === 0)
        return 'partly fits, but the strategy suits all or none of the leading purposes';
      return suited.some((p) => r.fitText.includes(r.names[p])) && other.some((p) => r.fitText.includes(r.names[p]))
        ? null
        : 'partly fits without naming both sides';
    },
  },
  {
    name: 'conflicts are judged among the leading purposes, whatever their share',
    check: (r) => {
      const expected = r.conflictPairs.filter((pair) => {
        const [a, b] = pair.split('+') as [PurposeId, PurposeId];
        return r.leading.includes(a) && r.leading.includes(b);
      });
      const missing = expected.filter((pair) => !r.shownPairs.includes(pair));
      return missing.length ? `conflicts among the leading purposes not shown: ${missing.join(', ')}` : null;
    },
  },
  {
    name: 'one network can serve them is never said while a conflict among the leading purposes is shown',
    check: (r) =>
      r.shownPairs.length > 0 && oneServes.test(r.networksText)
        ? 'a conflict is shown, yet one network can serve them'
        : null,
  },
  {
    name: 'three or more leading purposes: no "main" purpose, and the reader is asked to choose',
    check: (r) =>
      r.leading.length >= 3 && (/\bmain\b/i.test(r.headline) || !r.asksToChoose)
        ? 'three or more lead, yet no choice is asked for'
        : null,
  },
  {
    name: 'never more than two full sets of the six answers',
    check: (r) => (r.dilemmaSets > 2 ? `${r.dilemmaSets} sets of answers` : null),
  },
  {
    name: 'sentences about two networks are grammatical ("X and Y networks work", never "… network works")',
    check: (r) => {
      const all = `${r.headline} ${r.fitText} ${r.networksText}`;
      if (/\band [^.]*network works\b/.test(all)) return 'a list of networks takes "works"';
      return /[{}]|undefined|NaN/.test(all) ? 'an unfilled placeholder or a broken value' : null;
    },
  },
];

/** Every rule a rendered result breaks, with its name. */
export function broken(r: Rendered): string[] {
  return resultRules.flatMap((rule) => {
    const problem = rule.check(r);
    return problem ? [`${rule.name}: ${problem}`] : [];
  });
}
