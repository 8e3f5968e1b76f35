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
} from '../../../src/tools/estimator/fields';
import { parseNumber } from '../../../src/tools/estimator/numbers';
import { SCALE_UP_POPULATION } from '../../../src/tools/estimator/scale-up';
import { initialState } from '../../../src/tools/estimator/state';
import { buildView } from '../../../src/tools/estimator/view';
import { fieldMessage } from '../../../src/tools/estimator/words';
import { loadWords, loadWriter } from '../../support/estimator-content';
import { freshImport } from '../../support/fresh-import';

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
          const view = buildView({ ...initialState, fields }, new Set(), null, initialValues());
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

describe('evaluate: hubs and first-degree connections', () => {
  const at = (first: string, hubs: string) => ({ ...initialFields(), 'reach.first': first, 'reach.hubs': hubs });
  const lastValid = { ...initialValues(), 'reach.hubs': 2, 'reach.first': 150 };

  it.each([
    // [edited, field with the message, the error]
    [[], 'reach.hubs', { problem: 'hubs-over-first', max: 3 }],
    [['reach.hubs'], 'reach.hubs', { problem: 'hubs-over-first', max: 3 }],
    [['reach.first'], 'reach.first', { problem: 'first-under-hubs', min: 5 }],
    [['reach.first', 'reach.hubs'], 'reach.hubs', { problem: 'hubs-over-first', max: 3 }],
    [['reach.hubs', 'reach.first'], 'reach.first', { problem: 'first-under-hubs', min: 5 }],
    [['reach.first', 'reach.hubs', 'reach.first'], 'reach.first', { problem: 'first-under-hubs', min: 5 }],
  ] as const)('with %j edited, says it on %s', (edited, on, error) => {
    const { values, errors } = evaluate(at('3', '5'), lastValid, new Set(), edited);
    expect(errors).toEqual({ [on]: error });
    // the hubs fall back to the last valid number, held within the connections
    expect(values['reach.hubs']).toBe(2);
    expect(values['reach.first']).toBe(3);
  });

  it('holds the fallback hubs within the connections, and at 0 when none was valid', () => {
    expect(evaluate(at('1', '5'), lastValid).values['reach.hubs']).toBe(1);
    const { 'reach.hubs': _, ...noHubs } = lastValid;
    expect(evaluate(at('3', '5'), noHubs).values['reach.hubs']).toBe(0);
  });

  it('allows as many hubs as connections', () => {
    const { values, errors } = evaluate(at('4', '4'), lastValid);
    expect(errors).toEqual({});
    expect(values['reach.hubs']).toBe(4);
  });

  it('says nothing about the pair while either of the two is wrong', () => {
    // the number kept for the wrong field (5 hubs over 3, then 1 connection under 5) breaks the rule: no word of it
    const hubsBad = evaluate(at('3', '500'), { ...lastValid, 'reach.hubs': 5 });
    expect(Object.keys(hubsBad.errors)).toEqual(['reach.hubs']);
    expect(hubsBad.errors['reach.hubs']).toMatchObject({ problem: 'too-large' });
    const firstBad = evaluate(at('x', '5'), { ...lastValid, 'reach.first': 1 }, new Set(['reach.first']));
    expect(Object.keys(firstBad.errors)).toEqual(['reach.first']);
    expect(firstBad.errors['reach.first']).toMatchObject({ problem: 'not-number' });
    expect(firstBad.values['reach.hubs']).toBe(5);
  });
});

describe('evaluate: fallbacks', () => {
  it('treats a missing field as empty, and falls back to the starting value without a last valid one', () => {
    const { 'layer.support': _, ...fields } = { ...initialFields(), 'layer.support': '' };
    const { values, errors } = evaluate(fields, {});
    expect(errors['layer.support']).toEqual({ problem: 'empty', spec: fieldSpecs.get('layer.support') });
    expect(values['layer.support']).toBe(0);
    expect(values['reach.first']).toBe(150);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('ignores a last valid value of %s', (bad) => {
    const { values } = evaluate({ ...initialFields(), 'reach.typical': 'x' }, { 'reach.typical': bad });
    expect(values['reach.typical']).toBe(150);
  });

  it('starts every field at its starting text, as a number', () => {
    const fields = initialFields();
    const values = initialValues();
    expect(Object.keys(fields)).toEqual([...fieldSpecs.keys()]);
    for (const [id, spec] of fieldSpecs) {
      expect(fields[id]).toBe(spec.initial);
      expect(values[id]).toBe(Number(spec.initial));
    }
    expect(values['reach.population']).toBe(1_000_000);
    expect(values['reach.hubSize']).toBe(30_000);
  });

  it('keeps the remembered numbers of fields it does not know', () => {
    const next = nextLastValid({ other: 9 }, evaluate(initialFields(), initialValues()));
    expect(next.other).toBe(9);
    expect(next['reach.first']).toBe(150);
  });
});

describe('whole numbers only', () => {
  it.each(['layer.support', 'name.james', 'reach.first', 'reach.overlap', 'reach.share', 'reach.population'])(
    'turns down a fraction in %s',
    async (id) => {
      // the field specs are module-level values: use them as the module makes them now
      const { evaluate, initialFields, initialValues } = await freshImport(() => import('../../../src/tools/estimator/fields'));
      const { values, errors } = evaluate({ ...initialFields(), [id]: '2.5' }, initialValues());
      expect(errors[id]).toMatchObject({ problem: 'fractional' });
      expect(values[id]).toBe(initialValues()[id]);
    },
  );
});

describe('nextLastValid', () => {
  it('keeps the remembered number of a wrong field, not the number evaluate used meanwhile', () => {
    const remembered = { ...initialValues(), 'reach.hubs': 2, 'layer.active': 7 };
    const fields = { ...initialFields(), 'reach.first': '1', 'reach.hubs': '5', 'layer.active': 'x' };
    const evaluation = evaluate(fields, remembered);
    expect(evaluation.values['reach.hubs']).toBe(1);
    const next = nextLastValid({ ...remembered, 'layer.active': 8 }, evaluation);
    expect(next['reach.hubs']).toBe(2);
    expect(next['layer.active']).toBe(8);
    expect(next['reach.first']).toBe(1);
  });
});
