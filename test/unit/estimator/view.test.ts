import { describe, expect, it } from 'vitest';
import { initialFields, initialValues } from '../../../src/lib/estimator/fields';
import { knownNames } from '../../../src/lib/estimator/scale-up';
import { initialState } from '../../../src/lib/estimator/stored';
import { buildView, circleRows, comparePurpose, rememberValid } from '../../../src/lib/estimator/view';
import { loadLayers, loadTargets } from './content-fixture';

const state = (fields: Record<string, string>, extra: object = {}) => ({
  ...initialState(),
  ...extra,
  fields: { ...initialFields(), ...fields },
});

describe('buildView', () => {
  it('starts with no estimate and a reach from the stated defaults', () => {
    const { view } = buildView(initialState(), new Set(), null, initialValues());
    expect(view.today).toBeNull();
    expect(view.circles.kind).toBe('insufficient');
    expect(view.purposeSource).toBe('none');
    expect(view.reach.cumulative[0]).toBe(150);
  });

  it('takes today’s estimate from the chosen method', () => {
    const fields = { 'layer.support': '5', 'layer.sympathy': '10', 'name.michael': '20' };
    expect(buildView(state(fields), new Set(), null, initialValues()).view.today).toBe(15);
    expect(buildView(state(fields, { method: 'names' }), new Set(), null, initialValues()).view.today).toBe(259);
  });

  it('uses the quiz purpose unless one was chosen here', () => {
    expect(buildView(initialState(), new Set(), 'brand', initialValues()).view).toMatchObject({
      purpose: 'brand',
      purposeSource: 'quiz',
    });
    expect(buildView(state({}, { purpose: 'social' }), new Set(), 'brand', initialValues()).view).toMatchObject({
      purpose: 'social',
      purposeSource: 'chosen',
      quizPurpose: 'brand',
    });
  });

  it('keeps the last valid result while a field is wrong', () => {
    const first = buildView(state({ 'layer.support': '5' }), new Set(), null, initialValues());
    const second = buildView(state({ 'layer.support': '' }), new Set(), null, first.lastValid);
    expect(second.view.today).toBe(5);
    expect(second.view.usingLastValid).toBe(true);
    expect(second.view.errors['layer.support']).toBeDefined();
  });

  it('remembers only valid numbers', () => {
    const valid = rememberValid(state({ 'layer.support': '5' }), new Set(), initialValues());
    expect(valid['layer.support']).toBe(5);
    const kept = rememberValid(state({ 'layer.support': '-1' }), new Set(), valid);
    expect(kept['layer.support']).toBe(5);
  });

  it('keys the circles table by layer id: swapping `order` moves rows, never numbers', () => {
    const { view } = buildView(state({ 'layer.support': '4', 'layer.sympathy': '10', 'layer.active': '100' }), new Set(), null, initialValues());
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
    const { view } = buildView(initialState(), new Set(), null, initialValues());
    expect(circleRows(view, loadLayers()).every((r) => r.yours === null && r.comparison === null)).toBe(true);
  });

  it('compares today’s estimate with the purpose’s range', () => {
    const targets = loadTargets();
    const named = state({ 'name.michael': '20' }, { method: 'names' });
    expect(comparePurpose(buildView(named, new Set(), 'brand', initialValues()).view, targets)).toMatchObject({
      target: { id: 'brand', min: 500 },
      fit: 'smaller',
      missing: 241,
    });
    expect(comparePurpose(buildView(named, new Set(), null, initialValues()).view, targets)).toEqual({ target: null, fit: null, missing: 0 });
    expect(comparePurpose(buildView(initialState(), new Set(), 'brand', initialValues()).view, targets)).toMatchObject({ fit: null, missing: 0 });
  });

  it('caps the estimate copied to Part 3 at the connection limit', () => {
    const big = state({ 'layer.acquaintances': '10000', 'layer.active': '3000', 'layer.affinity': '1000', 'layer.sympathy': '300', 'layer.support': '100' });
    const { view } = buildView(big, new Set(), null, initialValues());
    expect(view.today).toBe(14_400);
    expect(view.reachEstimate).toBe(14_400);
    const names = state(Object.fromEntries(knownNames.map((n) => [`name.${n.id}`, '500'])), { method: 'names' });
    const many = buildView(names, new Set(), null, initialValues()).view;
    expect(many.today).toBeGreaterThan(30_000);
    expect(many.reachEstimate).toBe(30_000);
    expect(many.reachEstimateCapped).toBe(true);
    expect(view.reachEstimateCapped).toBe(false);
    expect(buildView(initialState(), new Set(), null, initialValues()).view.reachEstimateCapped).toBe(false);
  });
});
