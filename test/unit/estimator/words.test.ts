import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { purposeAnswer, purposeSourceTemplate, rangeText, splitAround, uiKeys } from '../../../src/tools/estimator/words';
import { fill } from '../../../src/shared/template';
import { loadWords, loadWriter } from '../../support/estimator-content';

const ui = loadWords().ui;
const write = loadWriter();

describe('the templates, filled with numbers written by the writer', () => {
  it('never leaves "undefined", "NaN" or a placeholder behind in the real templates', () => {
    fc.assert(
      fc.property(fc.constantFrom(...uiKeys), fc.double(), (key, n) => {
        const count = write.count(n);
        const text = fill(ui[key], {
          total: count,
          estimate: count,
          known: count,
          population: count,
          mean: count,
          missing: count,
          min: count,
          max: count,
          ceiling: count,
          limit: count,
          purpose: 'Social',
          quiz: 'Social',
          range: 'r',
          layers: 'l',
          quizLink: 'q',
          order: count,
          name: 'Social',
          value: 'v',
          layer: 'Meaningful contacts',
          count,
          field: '1. Support clique',
        });
        expect(text).not.toMatch(/undefined|NaN|Infinity|\{\w+\}/);
      }),
    );
  });

  it('writes a range with its numbers grouped, never "NaN"', () => {
    expect(rangeText(ui, write, { min: 500, max: 30000 })).toBe('about 500 to 30,000 people');
    expect(rangeText(ui, write, { min: Number.NaN, max: 1 })).toBe('about not available to 1 people');
  });
});

describe('splitAround', () => {
  it('splits a sentence around one placeholder', () => {
    expect(splitAround('Using {purpose}, here.', 'purpose')).toEqual(['Using ', ', here.']);
    expect(splitAround('No placeholder', 'purpose')).toEqual(['No placeholder', '']);
    expect(splitAround('{purpose} first', 'purpose')).toEqual(['', ' first']);
  });
});

describe('purposeSourceTemplate', () => {
  it('keeps {purpose} for the bold name and fills the quiz’s purpose', () => {
    expect(purposeSourceTemplate(ui, 'chosen', true, 'Social')).toEqual({
      template: 'Using {purpose}, chosen here (your quiz result is Social).',
      slot: 'purpose',
    });
    expect(purposeSourceTemplate(ui, 'chosen', true, null)).toEqual({ template: ui.sourceChosen, slot: 'purpose' });
    expect(purposeSourceTemplate(ui, 'quiz', true, 'Social')).toEqual({ template: ui.sourceQuiz, slot: 'purpose' });
    expect(purposeSourceTemplate(ui, 'none', false, null)).toEqual({ template: ui.sourceNone, slot: 'quizLink' });
    // a purpose whose label is unknown is shown as no purpose, whatever its source
    expect(purposeSourceTemplate(ui, 'chosen', false, 'Social')).toEqual({ template: ui.sourceNone, slot: 'quizLink' });
    expect(purposeSourceTemplate(ui, 'quiz', false, null)).toEqual({ template: ui.sourceNone, slot: 'quizLink' });
    expect(purposeSourceTemplate(ui, 'none', true, null)).toEqual({ template: ui.sourceNone, slot: 'quizLink' });
  });
});

describe('purposeAnswer', () => {
  const brand = { min: 500, max: 30_000 };
  it('asks for a purpose, then for an estimate', () => {
    expect(purposeAnswer(ui, write, { estimate: 259, purpose: null, range: null, fit: null, missing: 0 })).toBe(
      ui.answerChoose,
    );
    // a purpose without its range, or a range without its purpose, is not a choice yet
    expect(
      purposeAnswer(ui, write, { estimate: 259, purpose: 'Personal Brand', range: null, fit: null, missing: 0 }),
    ).toBe(ui.answerChoose);
    expect(purposeAnswer(ui, write, { estimate: 259, purpose: null, range: brand, fit: 'smaller', missing: 241 })).toBe(
      ui.answerChoose,
    );
    // an estimate without its comparison, or a comparison without an estimate, still waits for step 1
    const waiting = 'Complete step 1 to compare your network with what a Personal Brand network needs.';
    expect(
      purposeAnswer(ui, write, { estimate: 259, purpose: 'Personal Brand', range: brand, fit: null, missing: 0 }),
    ).toBe(waiting);
    expect(
      purposeAnswer(ui, write, { estimate: null, purpose: 'Personal Brand', range: brand, fit: 'smaller', missing: 0 }),
    ).toBe(waiting);
    expect(
      purposeAnswer(ui, write, { estimate: null, purpose: 'Personal Brand', range: brand, fit: null, missing: 0 }),
    ).toBe('Complete step 1 to compare your network with what a Personal Brand network needs.');
  });

  it('says "smaller than a Personal Brand network needs" with the shortfall', () => {
    expect(
      purposeAnswer(ui, write, {
        estimate: 259,
        purpose: 'Personal Brand',
        range: brand,
        fit: 'smaller',
        missing: 241,
      }),
    ).toBe(
      'Your estimate of 259 people is smaller than a Personal Brand network needs (about 500 to 30,000 people): about 241 more would reach the bottom of the range.',
    );
  });

  it('names the circles compared when they are not the whole estimate', () => {
    const social = { min: 15, max: 150 };
    const upTo = { layer: 'Meaningful contacts', count: 1 };
    expect(
      purposeAnswer(ui, write, { estimate: 400, purpose: 'Social', range: social, fit: 'smaller', missing: 14, upTo }),
    ).toBe(
      'Your circles up to “Meaningful contacts” hold 1 person: fewer than a Social network needs (about 15 to 150 people). It draws on those circles, not on all 400 people you counted; about 14 more there would reach the bottom of the range.',
    );
    expect(
      purposeAnswer(ui, write, {
        estimate: 400,
        purpose: 'Social',
        range: social,
        fit: 'larger',
        missing: 0,
        upTo: { ...upTo, count: 200 },
      }),
    ).toMatch(/^Your circles up to “Meaningful contacts” hold 200 people: more than a Social network needs/);
    // null: the whole estimate, in the usual words
    expect(
      purposeAnswer(ui, write, {
        estimate: 100,
        purpose: 'Social',
        range: social,
        fit: 'about-right',
        missing: 0,
        upTo: null,
      }),
    ).toBe('Your estimate of 100 people is about right for a Social network (about 15 to 150 people).');
  });

  it('says "about right" and "larger than" too', () => {
    expect(
      purposeAnswer(ui, write, {
        estimate: 800,
        purpose: 'Personal Brand',
        range: brand,
        fit: 'about-right',
        missing: 0,
      }),
    ).toMatch(/about right for a Personal Brand network/);
    expect(
      purposeAnswer(ui, write, {
        estimate: 800,
        purpose: 'Social',
        range: { min: 15, max: 150 },
        fit: 'larger',
        missing: 0,
      }),
    ).toMatch(/larger than a Social network needs \(about 15 to 150 people\)/);
  });
});
