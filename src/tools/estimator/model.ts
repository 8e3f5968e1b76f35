/**
 * The estimator's numbers: what each field accepts, how the text a reader types is read, and
 * the models drawn from the fields (Dunbar's circles, a purpose's range, a message's reach; the
 * name method is in ./name-method.ts).
 * Pure: no words, no DOM.
 */
import { purposeIds } from '@/purposes/ids';
import { layerIds, reachIds, type LayerId, type ReachId } from './ids';
import { knownNames, SCALE_UP_POPULATION } from './name-method';

/** How Part 1 gives "today's estimate": counting the circles or the name (scale-up) method. */
export const methods = ['circles', 'names'] as const;
export type Method = (typeof methods)[number];

/** Every field takes whole numbers from `min` to `max`, counted in `unit`. */
export interface FieldSpec {
  readonly min: number;
  readonly max: number;
  readonly unit: 'people' | 'percent';
  readonly initial: string;
}

/** the largest professional network's first-degree connection limit (LinkedIn Help) */
export const CONNECTION_LIMIT = 30_000;

const people = (max: number, initial = '0'): FieldSpec => ({ min: 0, max, unit: 'people', initial });
const percent = (initial: string): FieldSpec => ({ min: 0, max: 100, unit: 'percent', initial });

/** Ring sizes: people counted once, in the innermost circle they belong to. */
const layerSpecs: Readonly<Record<LayerId, FieldSpec>> = {
  support: people(100),
  sympathy: people(300),
  affinity: people(1_000),
  active: people(3_000),
  acquaintances: people(10_000),
};

export const reachSpecs: Readonly<Record<ReachId, FieldSpec>> = {
  first: people(CONNECTION_LIMIT, '150'),
  typical: people(CONNECTION_LIMIT, '150'),
  overlap: percent('50'),
  share: percent('5'),
  hubs: people(100, '2'),
  hubSize: people(CONNECTION_LIMIT, '30000'),
  // at most the population the page cites (N of the name method), so no answer claims a reach beyond a sourced figure
  population: { min: 1, max: SCALE_UP_POPULATION, unit: 'people', initial: '1000000' },
};

/**
 * How many of the people you know serve a purpose, one field per purpose: a count for one purpose
 * says nothing about another. Up to the population the page cites: a Personal Brand network may
 * count followers beyond a platform's connection limit.
 */
const purposeSpec = people(SCALE_UP_POPULATION);

/** Every field by id ("layer.support", "name.michael", "purpose.social", "reach.first"), in the order the page asks. */
export const fieldSpecs: ReadonlyMap<string, FieldSpec> = new Map([
  ...layerIds.map((id) => [`layer.${id}`, layerSpecs[id]] as const),
  ...knownNames.map((n) => [`name.${n.id}`, people(500)] as const),
  ...purposeIds.map((id) => [`purpose.${id}`, purposeSpec] as const),
  ...reachIds.map((id) => [`reach.${id}`, reachSpecs[id]] as const),
]);

export const initialFields = (): Record<string, string> =>
  Object.fromEntries([...fieldSpecs].map(([id, spec]) => [id, spec.initial]));
export const initialValues = (): Record<string, number> =>
  Object.fromEntries([...fieldSpecs].map(([id, spec]) => [id, Number(spec.initial)]));

export type NumberProblem = 'empty' | 'not-number' | 'negative' | 'fractional' | 'too-small' | 'too-large';
export type ParsedNumber =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly problem: NumberProblem };

/** Longest text read: anything longer is not a number a person typed (the store keeps one more character). */
export const MAX_INPUT_LENGTH = 40;
const numeric = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const fail = (problem: NumberProblem): ParsedNumber => ({ ok: false, problem });

/** A finite whole number inside the field's range, or the problem the field's message names. */
export function parseNumber(raw: string, spec: FieldSpec): ParsedNumber {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text === '') return fail('empty');
  // "can't be negative" only where the minimum is 0: -5 and 0 in a field from 1 state one rule
  const below = spec.min === 0 ? 'negative' : 'too-small';
  if (text.length > MAX_INPUT_LENGTH) {
    // a run of digits this long is still a number, far too large (or small) for any field
    if (/^\+?[1-9]\d*$/.test(text)) return fail('too-large');
    return fail(/^-[1-9]\d*$/.test(text) ? below : 'not-number');
  }
  if (!numeric.test(text)) return fail('not-number');
  const value = Number(text);
  if (!Number.isFinite(value)) return fail(value > 0 ? 'too-large' : below);
  if (value < 0 && spec.min === 0) return fail('negative');
  if (!Number.isInteger(value)) return fail('fractional');
  if (value < spec.min) return fail('too-small');
  if (value > spec.max) return fail('too-large');
  // -0 reads as 0, so it never prints as "-0"
  return { ok: true, value: value === 0 ? 0 : value };
}

/** HTML's valid floating-point number: the only text `<input type=number value>` accepts. */
const htmlNumber = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * The text to hand a number input: the text itself when the input can hold it, else the number
 * it reads as (" 12", "+7"), else '' ("NaN", "1e400"), which the field's message explains.
 */
export function inputText(raw: string): string {
  if (htmlNumber.test(raw) && Number.isFinite(Number(raw))) return raw;
  const text = raw.trim();
  return numeric.test(text) && Number.isFinite(Number(text)) ? String(Number(text)) : '';
}

export type FieldError =
  | { readonly problem: NumberProblem; readonly spec: FieldSpec }
  /** more hubs than first-degree connections, said on Hubs: `max` is the number of connections */
  | { readonly problem: 'hubs-over-first'; readonly max: number }
  /** the same, said on the connections when the reader changed those last: `min` is the number of hubs */
  | { readonly problem: 'first-under-hubs'; readonly min: number };

export interface Evaluation {
  /** each field's number: its own when valid, else its last valid one */
  readonly values: Readonly<Record<string, number>>;
  readonly errors: Readonly<Record<string, FieldError>>;
  /** the last valid numbers after this evaluation, for the next one */
  readonly lastValid: Readonly<Record<string, number>>;
}

/**
 * Check every field once. `unreadable`: fields where the browser could not read what was typed
 * (a number input reports such text as ''). `edited`: the fields the reader changed, the latest
 * last: a disagreement between two valid fields is said on the one changed last.
 */
export function evaluate(
  fields: Readonly<Record<string, string>>,
  lastValid: Readonly<Record<string, number>>,
  unreadable: ReadonlySet<string> = new Set(),
  edited: readonly string[] = [],
): Evaluation {
  const values: Record<string, number> = {};
  const errors: Record<string, FieldError> = {};
  for (const [id, spec] of fieldSpecs) {
    const parsed = unreadable.has(id) ? fail('not-number') : parseNumber(fields[id] ?? '', spec);
    if (parsed.ok) values[id] = parsed.value;
    else {
      values[id] = Number.isFinite(lastValid[id]) ? lastValid[id]! : Number(spec.initial);
      errors[id] = { problem: parsed.problem, spec };
    }
  }
  // Hubs are some of your first-degree connections: said on the field changed last, on Hubs if neither was
  const [first, hubs] = [values['reach.first']!, values['reach.hubs']!];
  if (!errors['reach.hubs'] && !errors['reach.first'] && hubs > first) {
    if (edited.lastIndexOf('reach.first') > edited.lastIndexOf('reach.hubs')) {
      errors['reach.first'] = { problem: 'first-under-hubs', min: hubs };
    } else errors['reach.hubs'] = { problem: 'hubs-over-first', max: first };
    values['reach.hubs'] = Math.min(lastValid['reach.hubs'] ?? 0, first);
  }
  const remembered = { ...lastValid };
  for (const id of fieldSpecs.keys()) if (!errors[id]) remembered[id] = values[id]!;
  return { values, errors, lastValid: remembered };
}

/** Dunbar's layers are cumulative: layer k holds everyone in circles 1..k. Nobody counted: null. */
export function estimateFromCircles(counts: readonly number[]): readonly number[] | null {
  let sum = 0;
  const cumulative = counts.map((count) => (sum += count));
  return sum > 0 ? cumulative : null;
}

/** Within a factor of two of the typical size is "similar": the layers themselves vary that much. */
export function compareLayer(count: number, typical: number): 'fewer' | 'similar' | 'more' {
  return count < typical / 2 ? 'fewer' : count > typical * 2 ? 'more' : 'similar';
}

export type Fit = 'smaller' | 'about-right' | 'larger';
export const compareWithRange = (n: number, range: { min: number; max: number }): Fit =>
  n < range.min ? 'smaller' : n > range.max ? 'larger' : 'about-right';

/**
 * A rough model of how far a message travels. 1st degree: everyone you are connected to. 2nd:
 * a share of your ordinary contacts pass it on, and the hubs do; each reaches their own
 * connections except you and the overlap. 3rd: the same share of the people newly reached pass
 * it on. Each step reaches only people not reached yet, inside the population bound.
 */
export interface ReachInput {
  readonly first: number;
  readonly typical: number;
  /** share of a contact's connections already reached, 0..1 */
  readonly overlap: number;
  /** share of ordinary people who pass it on, 0..1 */
  readonly share: number;
  readonly hubs: number;
  readonly hubSize: number;
  readonly population: number;
}

/** New people reached when `raw` contacts land among `room` people not reached yet: R · (1 − e^(−x/R)). */
export function saturate(raw: number, room: number): number {
  if (!(room > 0) || !(raw > 0) || !Number.isFinite(raw)) return 0;
  return Math.min(room * -Math.expm1(-raw / room), room, raw);
}

export function reach(input: ReachInput) {
  const { first, share, population } = input;
  const hubs = Math.min(input.hubs, first);
  const perOrdinary = Math.max(input.typical - 1, 0) * (1 - input.overlap);
  const perHub = Math.max(input.hubSize - 1, 0) * (1 - input.overlap);
  const d1 = Math.min(first, population);
  const raw2 = share * (first - hubs) * perOrdinary + hubs * perHub;
  const d2 = saturate(raw2, population - d1);
  const raw3 = share * d2 * perOrdinary;
  const d3 = saturate(raw3, population - d1 - d2);
  return {
    perDegree: [d1, d2, d3] as const,
    cumulative: [d1, Math.min(d1 + d2, population), Math.min(d1 + d2 + d3, population)] as const,
    /** the bound held the result back noticeably: at least 10% of the steps' raw reach lost to it */
    nearBound: d2 + d3 < 0.9 * (raw2 + raw3),
    population,
  };
}
