import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fill, purposeAnswer, splitAround, uiKeys } from '../../../src/lib/estimator/words';
import { loadCopy } from './content-fixture';

const ui = loadCopy().ui;

describe('fill', () => {
  it('puts formatted numbers and text into the placeholders', () => {
    expect(fill('about {n} {who}', { n: 30000, who: 'people' })).toBe('about 30,000 people');
  });

  it('never leaves "undefined", "NaN" or a placeholder behind', () => {
    expect(fill('a {missing} b {n}', { n: Number.NaN })).toBe('a  b not available');
    fc.assert(
      fc.property(fc.constantFrom(...uiKeys), fc.double(), (key, n) => {
        const text = fill(ui[key], { total: n, estimate: n, known: n, population: n, mean: n, missing: n, min: n, max: n, ceiling: n, purpose: 'Social', quiz: 'Social', range: 'r', layers: 'l', quizLink: 'q' });
        expect(text).not.toMatch(/undefined|NaN|Infinity|\{\w+\}/);
      }),
    );
  });
});

describe('splitAround', () => {
  it('splits a sentence around one placeholder', () => {
    expect(splitAround('Using {purpose}, here.', 'purpose')).toEqual(['Using ', ', here.']);
    expect(splitAround('No placeholder', 'purpose')).toEqual(['No placeholder', '']);
  });
});

describe('purposeAnswer', () => {
  const brand = { min: 500, max: 30_000 };
  it('asks for a purpose, then for an estimate', () => {
    expect(purposeAnswer(ui, { estimate: 259, purpose: null, range: null, fit: null, missing: 0 })).toBe(ui.answerChoose);
    expect(purposeAnswer(ui, { estimate: null, purpose: 'Personal Brand', range: brand, fit: null, missing: 0 })).toBe(
      'Complete step 1 to compare your network with what a Personal Brand network needs.',
    );
  });

  it('says "smaller than a Personal Brand network needs" with the shortfall', () => {
    expect(purposeAnswer(ui, { estimate: 259, purpose: 'Personal Brand', range: brand, fit: 'smaller', missing: 241 })).toBe(
      'Your estimate of 259 people is smaller than a Personal Brand network needs (about 500 to 30,000 people): about 241 more would reach the bottom of the range.',
    );
  });

  it('says "about right" and "larger than" too', () => {
    expect(purposeAnswer(ui, { estimate: 800, purpose: 'Personal Brand', range: brand, fit: 'about-right', missing: 0 })).toMatch(
      /about right for a Personal Brand network/,
    );
    expect(purposeAnswer(ui, { estimate: 800, purpose: 'Social', range: { min: 15, max: 150 }, fit: 'larger', missing: 0 })).toMatch(
      /larger than a Social network needs \(about 15 to 150 people\)/,
    );
  });
});
