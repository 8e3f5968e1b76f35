/**
 * Every number the estimator asks for: its id, range, unit and starting value. Words (labels,
 * prompts) come from the content collection; names for the scale-up method from scale-up.ts.
 */
import { layerIds, reachIds, type LayerId, type ReachId } from './model';
import { knownNames, SCALE_UP_POPULATION } from './scale-up';
import { parseNumber, type NumberProblem, type NumberSpec } from './numbers';

/** the largest professional network's first-degree connection limit (LinkedIn Help) */
export const CONNECTION_LIMIT = 30_000;

export interface FieldSpec extends NumberSpec {
  readonly initial: string;
}

const people = (max: number, initial = '0'): FieldSpec => ({ min: 0, max, whole: true, unit: 'people', initial });
const percent = (initial: string): FieldSpec => ({ min: 0, max: 100, whole: true, unit: 'percent', initial });

/** Ring sizes: people counted once, in the innermost circle they belong to. */
export const layerSpecs: Readonly<Record<LayerId, FieldSpec>> = {
  support: people(100),
  sympathy: people(300),
  affinity: people(1_000),
  active: people(3_000),
  acquaintances: people(10_000),
};

/** How many people with one first name a person could plausibly know. */
export const nameSpec: FieldSpec = people(500);

export const reachSpecs: Readonly<Record<ReachId, FieldSpec>> = {
  first: people(CONNECTION_LIMIT, '150'),
  typical: people(CONNECTION_LIMIT, '150'),
  overlap: percent('50'),
  share: percent('5'),
  hubs: people(100, '2'),
  hubSize: people(CONNECTION_LIMIT, '30000'),
  // the ceiling's largest value is a population the page cites (N of the name method, the US in
  // about 1990), so no answer ever claims a reach beyond a figure with a source
  population: { min: 1, max: SCALE_UP_POPULATION, whole: true, unit: 'people', initial: '1000000' },
};

export type FieldId = `layer.${LayerId}` | `name.${string}` | `reach.${ReachId}`;

export const fieldSpecs: ReadonlyMap<string, FieldSpec> = new Map<string, FieldSpec>([
  ...layerIds.map((id) => [`layer.${id}`, layerSpecs[id]] as const),
  ...knownNames.map((n) => [`name.${n.id}`, nameSpec] as const),
  ...reachIds.map((id) => [`reach.${id}`, reachSpecs[id]] as const),
]);

export const layerFieldIds: readonly string[] = layerIds.map((id) => `layer.${id}`);
export const nameFieldIds: readonly string[] = knownNames.map((n) => `name.${n.id}`);

export type Fields = Readonly<Record<string, string>>;
export type Values = Readonly<Record<string, number>>;

export function initialFields(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, spec] of fieldSpecs) out[id] = spec.initial;
  return out;
}

export function initialValues(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, spec] of fieldSpecs) out[id] = Number(spec.initial);
  return out;
}

/** What is wrong with a field; words for it come from words.yaml (see fieldMessage in words.ts). */
export type FieldError =
  | { readonly problem: NumberProblem; readonly spec: NumberSpec }
  /** more hubs than first-degree connections, said on Hubs: `max` is the number of connections */
  | { readonly problem: 'hubs-over-first'; readonly max: number }
  /** the same, said on first-degree connections when the reader changed those last: `min` is the number of hubs */
  | { readonly problem: 'first-under-hubs'; readonly min: number };

export interface Evaluation {
  /** the number each field contributes: its own value when valid, else its last valid value */
  readonly values: Values;
  /** what is wrong with each field that holds a bad entry */
  readonly errors: Readonly<Record<string, FieldError>>;
}

/**
 * Check every field. `lastValid` supplies a number for a field while it is wrong (the results
 * that use that field wait for it: view.ts). `badInput` lists fields where the browser rejected
 * what was typed or pasted (a number input reports text it cannot read as empty). `edited`
 * lists the fields the reader changed, the latest last: a disagreement between two valid
 * fields is said on the one the reader changed last, never on a field they have not touched.
 */
export function evaluate(
  fields: Fields,
  lastValid: Values,
  badInput: ReadonlySet<string> = new Set(),
  edited: readonly string[] = [],
): Evaluation {
  const values: Record<string, number> = {};
  const errors: Record<string, FieldError> = {};
  for (const [id, spec] of fieldSpecs) {
    const fallback = lastValid[id];
    const keep = typeof fallback === 'number' && Number.isFinite(fallback) ? fallback : Number(spec.initial);
    const parsed = badInput.has(id)
      ? ({ ok: false, problem: 'not-number' } as const)
      : parseNumber(fields[id] ?? '', spec);
    if (parsed.ok) values[id] = parsed.value;
    else {
      values[id] = keep;
      errors[id] = { problem: parsed.problem, spec };
    }
  }
  // Hubs are some of your first-degree connections.
  if (!errors['reach.hubs'] && !errors['reach.first'] && values['reach.hubs']! > values['reach.first']!) {
    // on the one of the two the reader changed last; on Hubs when they changed neither here
    // (saved numbers): Hubs is the number that has to fit inside the other
    if (edited.lastIndexOf('reach.first') > edited.lastIndexOf('reach.hubs')) {
      errors['reach.first'] = { problem: 'first-under-hubs', min: values['reach.hubs']! };
    } else {
      errors['reach.hubs'] = { problem: 'hubs-over-first', max: values['reach.first']! };
    }
    values['reach.hubs'] = Math.min(lastValid['reach.hubs'] ?? 0, values['reach.first']!);
  }
  return { values, errors };
}

/** The values to remember as "last valid" after an evaluation. */
export function nextLastValid(previous: Values, evaluation: Evaluation): Record<string, number> {
  const out: Record<string, number> = { ...previous };
  for (const id of fieldSpecs.keys()) {
    if (!evaluation.errors[id]) out[id] = evaluation.values[id]!;
  }
  return out;
}
