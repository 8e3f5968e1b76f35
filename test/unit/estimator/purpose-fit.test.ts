import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareWithRange, shortfall, withModelSizes } from '../../../src/tools/estimator/purpose-fit';
import { loadPurposeModel } from '../../support/purpose-model';

describe('compareWithRange', () => {
  const brand = { min: 500, max: 30_000 };
  it('places an estimate below, inside or above the range', () => {
    expect(compareWithRange(259, brand)).toBe('smaller');
    expect(compareWithRange(500, brand)).toBe('about-right');
    expect(compareWithRange(30_000, brand)).toBe('about-right');
    expect(compareWithRange(30_001, brand)).toBe('larger');
  });

  it('counts the people missing to reach the range', () => {
    expect(shortfall(259, brand)).toBe(241);
    expect(shortfall(800, brand)).toBe(0);
  });

  it('is consistent for every estimate and range', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(1000), fc.integer({ min: 1, max: 50_000 }), (x, min, width) => {
        const range = { min, max: min + width };
        const fit = compareWithRange(x, range);
        expect(fit === 'smaller').toBe(shortfall(x, range) > 0);
        if (fit === 'about-right') expect(x >= range.min && x <= range.max).toBe(true);
      }),
    );
  });
});

describe('withModelSizes', () => {
  it('gives each purpose’s target the purpose model’s size range, and drops an id that is not a purpose', () => {
    const model = loadPurposeModel();
    const sized = withModelSizes(
      [
        { id: 'brand', label: 'Brand' },
        { id: 'nope', label: 'Not a purpose' },
      ],
      model,
    );
    const { min, max, limit, basis } = model.purposes.brand.size;
    expect(sized).toEqual([{ id: 'brand', label: 'Brand', min, max, limit, basis }]);
  });
});
