import { describe, expect, it } from 'vitest';
import { isStrategyId, purposeLabels, purposeStrategies, strategyIds } from '../../src/purposes/model';
import { purposeIds } from '../../src/purposes/ids';
import { loadPurposeModel } from '../support/purpose-model';

const model = loadPurposeModel();

describe('isStrategyId', () => {
  it.each(strategyIds)('knows %s', (id) => {
    expect(isStrategyId(id)).toBe(true);
  });

  it.each([['Close'], [''], ['closed'], [null], [undefined], [0], [['open']]])('refuses %j', (value) => {
    expect(isStrategyId(value)).toBe(false);
  });
});

describe('purposeLabels and purposeStrategies', () => {
  it('give each purpose its label, by id, in the order of the ids', () => {
    const labels = purposeLabels(model);
    expect(Object.keys(labels)).toEqual([...purposeIds]);
    for (const p of purposeIds) expect(labels[p]).toBe(model.purposes[p].label);
    expect(labels.social).toBe('Social');
  });

  it('give each purpose its inviting strategy, by id', () => {
    const strategies = purposeStrategies(model);
    expect(Object.keys(strategies)).toEqual([...purposeIds]);
    for (const p of purposeIds) expect(strategies[p]).toBe(model.purposes[p].strategy.id);
    expect(Object.values(strategies).every(isStrategyId)).toBe(true);
  });
});
