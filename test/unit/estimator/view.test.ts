import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldSpecs, initialFields, initialValues } from '../../../src/tools/estimator/fields';
import { layerIds, type LayerId } from '../../../src/tools/estimator/model';
import { compareWithRange, shortfall } from '../../../src/tools/estimator/purpose-fit';
import { knownNames } from '../../../src/tools/estimator/scale-up';
import { initialState } from '../../../src/tools/estimator/state';
import { buildView, circleRows, comparedCount, comparePurpose, rememberValid } from '../../../src/tools/estimator/view';
import { loadLayers, loadTargets } from '../../support/estimator-content';

const layerSpecsMax = (id: string) => fieldSpecs.get(id)!.max;
const state = (fields: Record<string, string>, extra: object = {}) => ({
  ...initialState,
  ...extra,
  fields: { ...initialFields(), ...fields },
});

describe('buildView', () => {
  it('starts with no estimate and a reach from the stated defaults', () => {
    const view = buildView(initialState, new Set(), null, initialValues());
    expect(view.today).toBeNull();
    expect(view.circles.kind).toBe('insufficient');
    expect(view.purposeSource).toBe('none');
    expect(view.reach.cumulative[0]).toBe(150);
  });

  it('takes today’s estimate from the chosen method', () => {
    const fields = { 'layer.support': '5', 'layer.sympathy': '10', 'name.michael': '20' };
    expect(buildView(state(fields), new Set(), null, initialValues()).today).toBe(15);
    expect(buildView(state(fields, { method: 'names' }), new Set(), null, initialValues()).today).toBe(259);
    // the other method's numbers neither give an estimate nor hold one up
    const circlesOnly = state({ 'layer.support': '5' }, { method: 'names' });
    expect(buildView(circlesOnly, new Set(), null, initialValues()).today).toBeNull();
    const wrongCircle = buildView(
      state({ 'layer.support': 'x', 'name.michael': '20' }, { method: 'names' }),
      new Set(),
      null,
      initialValues(),
    );
    expect(wrongCircle.waiting.one).toBeNull();
    expect(wrongCircle.today).toBe(259);
  });

  it('uses the quiz purpose unless one was chosen here', () => {
    expect(buildView(initialState, new Set(), 'brand', initialValues())).toMatchObject({
      purpose: 'brand',
      purposeSource: 'quiz',
    });
    expect(buildView(state({}, { purpose: 'social' }), new Set(), 'brand', initialValues())).toMatchObject({
      purpose: 'social',
      purposeSource: 'chosen',
      quizPurpose: 'brand',
    });
  });

  // (this used to keep the last valid result; the results now wait for the wrong field instead,
  // so a number the reader has typed past never shows)
  it('waits for a wrong field instead of drawing a result from the number typed before it', () => {
    const lastValid = rememberValid(state({ 'layer.support': '5' }), new Set(), initialValues());
    const second = buildView(state({ 'layer.support': '' }), new Set(), null, lastValid);
    expect(second.today).toBeNull();
    expect(second.circleCounts).toBeNull();
    expect(second.waiting).toEqual({ one: 'layer.support', three: null });
    expect(second.needsFixing).toBe(true);
    expect(second.errors['layer.support']).toBeDefined();
  });

  it('never draws a result from a half-typed number: 99999999999 typed digit by digit, 1e309 (property)', () => {
    const typed = (text: string, id: string, bad = (_text: string) => false) => {
      let lastValid = initialValues();
      let view = buildView(state({}), new Set(), null, lastValid);
      for (let i = 1; i <= text.length; i++) {
        const prefix = text.slice(0, i);
        const typedSoFar = state({ [id]: prefix });
        const unreadable = bad(prefix) ? new Set([id]) : new Set<string>();
        view = buildView(typedSoFar, unreadable, null, lastValid);
        lastValid = rememberValid(typedSoFar, unreadable, lastValid);
      }
      return view;
    };
    const big = typed('99999999999', 'layer.support');
    expect(big.today).toBeNull();
    expect(big.waiting.one).toBe('layer.support');
    // a number input reports "1e", "1e3…" it cannot hold as unreadable
    const exp = typed('1e309', 'layer.support', (t) => !Number.isFinite(Number(t)) || /e$/.test(t));
    expect(exp.today).toBeNull();
    expect(exp.waiting.one).toBe('layer.support');
    const reachBig = typed('99999999999', 'reach.first');
    expect(reachBig.waiting.three).toBe('reach.first');
    fc.assert(
      fc.property(fc.constantFrom(...layerIds), fc.stringMatching(/^[0-9]{1,14}$/), (layer, digits) => {
        const id = `layer.${layer}`;
        const view = typed(digits, id);
        const ok = Number(digits) <= layerSpecsMax(id);
        expect(view.waiting.one, digits).toBe(ok ? null : id);
        if (!ok) expect(view.today).toBeNull();
        else if (Number(digits) > 0) expect(view.circleCounts![layer]).toBeGreaterThanOrEqual(Number(digits));
      }),
      { numRuns: 200 },
    );
  });

  it('says a disagreement between Hubs and first-degree connections on the field the reader changed last', () => {
    const fields = { 'reach.first': '0', 'reach.hubs': '2' };
    const touchedFirst = buildView(state(fields), new Set(), null, initialValues(), ['reach.first']);
    expect(touchedFirst.errors['reach.hubs']).toBeUndefined();
    expect(touchedFirst.errors['reach.first']).toEqual({ problem: 'first-under-hubs', min: 2 });
    expect(touchedFirst.waiting.three).toBe('reach.first');
    const touchedHubs = buildView(state(fields), new Set(), null, initialValues(), ['reach.first', 'reach.hubs']);
    expect(touchedHubs.errors['reach.first']).toBeUndefined();
    expect(touchedHubs.errors['reach.hubs']).toEqual({ problem: 'hubs-over-first', max: 0 });
    // saved numbers, nothing changed here: on Hubs, as before
    expect(buildView(state(fields), new Set(), null, initialValues()).errors['reach.hubs']).toBeDefined();
  });

  it('remembers only valid numbers', () => {
    const valid = rememberValid(state({ 'layer.support': '5' }), new Set(), initialValues());
    expect(valid['layer.support']).toBe(5);
    const kept = rememberValid(state({ 'layer.support': '-1' }), new Set(), valid);
    expect(kept['layer.support']).toBe(5);
  });

  it('keeps the same object when the numbers it remembers are all still valid, a stray one too', () => {
    const stray = { ...initialValues(), 'layer.gone': 4 };
    expect(rememberValid(initialState, new Set(), stray)).toBe(stray);
    const partial: Record<string, number> = { ...initialValues() };
    delete partial['layer.support'];
    const filled = rememberValid(initialState, new Set(), partial);
    expect(filled).not.toBe(partial);
    expect(filled).toEqual(initialValues());
  });

  it('remembers into the same object when nothing changed, a new one when a number did', () => {
    const valid = rememberValid(state({ 'layer.support': '5' }), new Set(), initialValues());
    expect(rememberValid(state({ 'layer.support': '5' }), new Set(), valid)).toBe(valid);
    expect(rememberValid(state({ 'layer.support': '-1' }), new Set(), valid)).toBe(valid);
    const changed = rememberValid(state({ 'layer.support': '6' }), new Set(), valid);
    expect(changed).not.toBe(valid);
    expect(changed['layer.support']).toBe(6);
  });

  it('keys the circles table by layer id: swapping `order` moves rows, never numbers', () => {
    const view = buildView(
      state({ 'layer.support': '4', 'layer.sympathy': '10', 'layer.active': '100' }),
      new Set(),
      null,
      initialValues(),
    );
    const layers = loadLayers();
    const byId = (rows: ReturnType<typeof circleRows>) => Object.fromEntries(rows.map((r) => [r.layer.id, r.yours]));
    const expected = { support: 4, sympathy: 14, affinity: 14, active: 114, acquaintances: 114 };
    expect(byId(circleRows(view, layers))).toEqual(expected);
    // an editor swaps the order of the first two circles (and lists the file backwards)
    const swapped = layers
      .map((l) => (l.id === 'support' ? { ...l, order: 2 } : l.id === 'sympathy' ? { ...l, order: 1 } : l))
      .reverse();
    const rows = circleRows(view, swapped);
    expect(rows.map((r) => r.layer.id)).toEqual(['sympathy', 'support', 'affinity', 'active', 'acquaintances']);
    expect(byId(rows)).toEqual(expected);
    expect(rows[0]).toMatchObject({ yours: 14, comparison: 'similar' });
    expect(rows[1]).toMatchObject({ yours: 4, comparison: 'similar' });
    expect(rows[3]).toMatchObject({ yours: 114, comparison: 'similar' });
  });

  it('has no table numbers before an estimate', () => {
    const view = buildView(initialState, new Set(), null, initialValues());
    expect(circleRows(view, loadLayers()).every((r) => r.yours === null && r.comparison === null)).toBe(true);
  });

  it('compares today’s estimate with the purpose’s range', () => {
    const targets = loadTargets();
    const named = state({ 'name.michael': '20' }, { method: 'names' });
    expect(comparePurpose(buildView(named, new Set(), 'brand', initialValues()), targets)).toMatchObject({
      target: { id: 'brand', min: 500 },
      fit: 'smaller',
      missing: 241,
    });
    expect(comparePurpose(buildView(named, new Set(), null, initialValues()), targets)).toEqual({
      target: null,
      compared: null,
      upTo: null,
      fit: null,
      missing: 0,
    });
    expect(comparePurpose(buildView(initialState, new Set(), 'brand', initialValues()), targets)).toMatchObject({
      fit: null,
      missing: 0,
    });
  });

  it('compares a purpose that draws on inner circles with the circles up to its outermost one', () => {
    const targets = loadTargets();
    // 150 close (up to meaningful contacts) and 350 acquaintances: 500 in all
    const circles = state({
      'layer.support': '5',
      'layer.sympathy': '10',
      'layer.affinity': '35',
      'layer.active': '100',
      'layer.acquaintances': '350',
    });
    const view = (purpose: string) =>
      buildView({ ...circles, purpose } as typeof circles, new Set(), null, initialValues());
    expect(view('social').today).toBe(500);
    // Social draws on the circles up to good friends (targets.yaml), not the wider ones
    expect(comparePurpose(view('social'), targets)).toMatchObject({
      target: { id: 'social' },
      compared: 50,
      upTo: 'affinity',
      fit: 'about-right',
      missing: 0,
    });
    expect(comparePurpose(view('resource'), targets)).toMatchObject({
      compared: 150,
      upTo: 'active',
      fit: 'about-right',
    });
    expect(comparePurpose(view('strategic'), targets)).toMatchObject({
      compared: 15,
      upTo: 'sympathy',
      fit: 'about-right',
    });
    // purposes that draw on the acquaintances compare the whole estimate
    expect(comparePurpose(view('brand'), targets)).toMatchObject({ compared: 500, upTo: null, fit: 'about-right' });
    expect(comparePurpose(view('career'), targets)).toMatchObject({ compared: 500, upTo: null, fit: 'about-right' });
    // nobody beyond the purpose's circles: the whole estimate is what is compared, and it says so
    const close = buildView(
      state({ 'layer.active': '120' }, { purpose: 'resource' }),
      new Set(),
      null,
      initialValues(),
    );
    expect(comparePurpose(close, targets)).toMatchObject({ compared: 120, upTo: null, fit: 'about-right' });
    // the name method estimates the whole network: there are no circles to count
    const named = buildView(
      state({ 'name.michael': '20' }, { method: 'names', purpose: 'social' }),
      new Set(),
      null,
      initialValues(),
    );
    expect(comparePurpose(named, targets)).toMatchObject({ compared: 259, upTo: null, fit: 'larger' });
  });

  it('compares, for any circles and any purpose, the count up to the purpose’s outermost circle', () => {
    const count = fc.integer({ min: 0, max: 100 });
    const layersOf = fc.subarray([...layerIds], { minLength: 1 });
    fc.assert(
      fc.property(
        fc.array(count, { minLength: 5, maxLength: 5 }),
        layersOf,
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 500 }),
        (counts, layers, min, width) => {
          const fields = Object.fromEntries(layerIds.map((id, i) => [`layer.${id}`, String(counts[i])]));
          const target = { id: 'social', min, max: min + width, layers: layers as LayerId[] };
          const view = buildView(state(fields, { purpose: 'social' }), new Set(), null, initialValues());
          const result = comparePurpose(view, [target]);
          if (view.today === null) {
            expect(result).toMatchObject({ compared: null, upTo: null, fit: null, missing: 0 });
            return;
          }
          const outer = Math.max(...layers.map((id) => layerIds.indexOf(id)));
          const expected = counts.slice(0, outer + 1).reduce((a, b) => a + b, 0);
          expect(result.compared).toBe(expected);
          expect(result.compared!).toBeLessThanOrEqual(view.today);
          // it names the outermost circle exactly when that is not the whole estimate
          expect(result.upTo).toBe(expected === view.today ? null : layerIds[outer]);
          expect(result.fit).toBe(compareWithRange(expected, target));
          expect(result.missing).toBe(shortfall(expected, target));
          // people in circles the purpose does not draw on never change the comparison
          const more = Object.fromEntries(
            layerIds.map((id, i) => [`layer.${id}`, String(i > outer ? counts[i]! + 7 : counts[i])]),
          );
          const grown = comparePurpose(
            buildView(state(more, { purpose: 'social' }), new Set(), null, initialValues()),
            [target],
          );
          expect(grown.compared).toBe(result.compared);
          expect(grown.fit).toBe(result.fit);
        },
      ),
    );
  });

  it('compares the whole network for a purpose that lists no circle', () => {
    const view = buildView(state({ 'layer.support': '5', 'layer.sympathy': '10' }), new Set(), null, initialValues());
    expect(comparedCount(view, [])).toEqual({ count: 15, upTo: null });
  });

  it('compares nothing without an estimate, and the whole network for the name method', () => {
    const none = buildView(initialState, new Set(), 'social', initialValues());
    expect(comparedCount(none, ['support'])).toBeNull();
    const named = buildView(
      state({ 'name.michael': '20', 'layer.support': '3' }, { method: 'names' }),
      new Set(),
      null,
      initialValues(),
    );
    expect(comparedCount(named, ['support'])).toEqual({ count: 259, upTo: null });
  });

  it('caps the estimate copied to Part 3 at the connection limit', () => {
    const big = state({
      'layer.acquaintances': '10000',
      'layer.active': '3000',
      'layer.affinity': '1000',
      'layer.sympathy': '300',
      'layer.support': '100',
    });
    const view = buildView(big, new Set(), null, initialValues());
    expect(view.today).toBe(14_400);
    expect(view.reachEstimate).toBe(14_400);
    const names = state(Object.fromEntries(knownNames.map((n) => [`name.${n.id}`, '500'])), { method: 'names' });
    const many = buildView(names, new Set(), null, initialValues());
    expect(many.today).toBeGreaterThan(30_000);
    expect(many.reachEstimate).toBe(30_000);
    expect(many.reachEstimateCapped).toBe(true);
    expect(view.reachEstimateCapped).toBe(false);
    expect(buildView(initialState, new Set(), null, initialValues()).reachEstimateCapped).toBe(false);
  });
});
