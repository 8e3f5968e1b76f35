import { describe, expect, it } from 'vitest';
import { initialFields, initialValues } from '../../../src/lib/estimator/fields';
import { initialState } from '../../../src/lib/estimator/stored';
import { buildView } from '../../../src/lib/estimator/view';

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
});
