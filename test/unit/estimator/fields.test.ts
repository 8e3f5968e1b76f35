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
} from '../../../src/lib/estimator/fields';
import { fieldMessage } from '../../../src/lib/estimator/words';
import { loadCopy, loadWriter } from './content-fixture';

const words = loadCopy().messages;
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
