import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluate,
  fieldSpecs,
  initialFields,
  initialValues,
  nextLastValid,
  reachSpecs,
  CONNECTION_LIMIT,
} from '@/lib/estimator/fields';
import { parseNumber } from '@/lib/estimator/numbers';
import { SCALE_UP_POPULATION } from '@/lib/estimator/scale-up';
import { initialState } from '@/lib/estimator/state';
import { buildView } from '@/lib/estimator/view';
import { fieldMessage } from '@/lib/estimator/words';
import { loadWords, loadWriter } from '../../support/estimator-content';

const words = loadWords().messages;
const write = loadWriter();

describe('field specs', () => {
  it('cover five circles, twelve names and seven reach inputs, with valid starting values', () => {
    expect(fieldSpecs.size).toBe(5 + 12 + 7);
    const { errors } = evaluate(initialFields(), initialValues());
    expect(errors).toEqual({});
  });

  it('cap connections at the 30,000 first-degree limit', () => {
    expect(CONNECTION_LIMIT).toBe(30_000);
    expect(reachSpecs.first.max).toBe(30_000);
    expect(reachSpecs.hubSize.max).toBe(30_000);
  });
});

describe('the audience ceiling', () => {
  it('goes up to the population the page cites (N of the name method, 250,000,000), no further', () => {
    expect(SCALE_UP_POPULATION).toBe(250_000_000);
    expect(reachSpecs.population.max).toBe(SCALE_UP_POPULATION);
    expect(parseNumber('250000000', reachSpecs.population)).toEqual({ ok: true, value: 250_000_000 });
    expect(parseNumber('250000001', reachSpecs.population)).toEqual({ ok: false, problem: 'too-large' });
    expect(parseNumber('10000000000', reachSpecs.population)).toEqual({ ok: false, problem: 'too-large' });
    const { errors } = evaluate({ ...initialFields(), 'reach.population': '10000000000' }, initialValues());
    expect(fieldMessage(errors['reach.population']!, words, write)).toBe(
      'That’s more than this estimate can use: enter up to 250,000,000 people.',
    );
  });

  it('bounds every answer, whatever the other fields hold', () => {
    const people = (max: number) => fc.integer({ min: 0, max }).map(String);
    // text, and numbers on both sides of the ceiling's largest value (up to 100,000,000,000)
    const population = fc.oneof(fc.string(), fc.integer({ min: 1, max: 1e11 }).map(String));
    fc.assert(
      fc.property(
        fc.record({
          first: people(30_000),
          typical: people(30_000),
          overlap: people(100),
          share: people(100),
          hubs: people(100),
          hubSize: people(30_000),
          population,
        }),
        (typed) => {
          const fields = {
            ...initialFields(),
            ...Object.fromEntries(Object.entries(typed).map(([k, v]) => [`reach.${k}`, v])),
          };
          // through the real view: the fields as the reader typed them, checked and fed to the reach model
          const view = buildView({ ...initialState(), fields }, new Set(), null, initialValues());
          expect(view.reach.cumulative[2]).toBeLessThanOrEqual(SCALE_UP_POPULATION);
        },
      ),
      // numbers just above the ceiling's maximum are a small share of the draws: enough runs to meet them
      { numRuns: 1000 },
    );
  });
});

describe('evaluate', () => {
  it('keeps the last valid number while a field is wrong, with a message', () => {
    const fields = { ...initialFields(), 'layer.support': '-2' };
    const lastValid = { ...initialValues(), 'layer.support': 4 };
    const { values, errors } = evaluate(fields, lastValid);
    expect(values['layer.support']).toBe(4);
    expect(fieldMessage(errors['layer.support']!, words, write)).toMatch(/negative/);
  });

  it('reports text the browser could not read', () => {
    const { errors } = evaluate(initialFields(), initialValues(), new Set(['name.james']));
    expect(fieldMessage(errors['name.james']!, words, write)).toMatch(/digits/);
    // the browser shows no text for it (pasted words and 1e309 alike), so the message gives the range
    expect(fieldMessage(errors['name.james']!, words, write)).toBe(
      'Use digits only: enter a number from 0 to 500 people.',
    );
  });

  it('does not allow more hubs than first-degree connections', () => {
    const fields = { ...initialFields(), 'reach.first': '3', 'reach.hubs': '5' };
    const { values, errors } = evaluate(fields, initialValues());
    expect(fieldMessage(errors['reach.hubs']!, words, write)).toMatch(/up to 3/);
    expect(values['reach.hubs']).toBeLessThanOrEqual(3);
  });

  it('remembers only valid numbers as last valid', () => {
    const fields = { ...initialFields(), 'layer.support': '7', 'layer.active': 'x' };
    const next = nextLastValid(initialValues(), evaluate(fields, initialValues()));
    expect(next['layer.support']).toBe(7);
    expect(next['layer.active']).toBe(0);
  });

  it('gives finite values in range for any text in any field', () => {
    const ids = [...fieldSpecs.keys()];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...ids), fc.string()), (typed) => {
        const { values } = evaluate({ ...initialFields(), ...typed }, initialValues());
        for (const [id, spec] of fieldSpecs) {
          expect(Number.isFinite(values[id])).toBe(true);
          expect(values[id]!).toBeGreaterThanOrEqual(spec.min);
          expect(values[id]!).toBeLessThanOrEqual(spec.max);
        }
      }),
    );
  });
});
