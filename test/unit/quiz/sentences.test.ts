import { describe, expect, it } from 'vitest';
import type { PurposeId } from '../../../src/purposes/ids';
import type { Report } from '../../../src/tools/quiz/report';
import { howManyAnswer, resultSentences } from '../../../src/tools/quiz/sentences';
import type { QuizWords } from '../../../src/tools/quiz/model';
import { loadPurposeModel } from '../../support/purpose-model';
import { loadResults } from '../../support/quiz-model';

const purposes = loadPurposeModel();
const content = loadResults();
/** the real words, with templates that show which one was used and what filled it */
const texts: QuizWords = {
  ...content,
  tieNote: { two: 'TWO', many: 'MANY {count}' },
  fit: {
    fits: 'FITS {reader} / {networks}',
    partly: 'PARTLY {reader} / {suited} / {needs} / {remedy}',
    notFit: 'NOTFIT {reader} / {needs} / {remedy}',
  },
  need: { one: '[ONE {network}: {needed}]', many: '[MANY {networks}: {needed}]' },
  remedy: { change: 'CHANGE', segment: 'SEGMENT', separate: 'SEPARATE' },
};
const name = (p: PurposeId) => purposes.purposes[p].inSentence;
const label = (s: 'close' | 'middle' | 'open') => content.strategies[s].label;

/** only what resultSentences reads of a report */
function report(over: Partial<Pick<Report, 'mode' | 'leading' | 'recommendation'>> & { fit: Report['fit'] }): Report {
  return { mode: 'single', leading: ['social'], recommendation: 'one', ...over } as Report;
}

describe('resultSentences', () => {
  it.each([
    ['single', ['social'], null],
    ['two', ['social', 'career'], 'TWO'],
    ['choose', ['social', 'career', 'brand'], 'MANY 3'],
  ] as const)('writes the tie note for mode %s', (mode, leading, note) => {
    const fit = { kind: 'fits', reader: 'close', suited: [...leading], others: [] } as const;
    expect(resultSentences(report({ mode, leading: [...leading], fit }), purposes, texts).tieNote).toBe(note);
  });

  it('says that the strategy suits every leading network', () => {
    const fit = { kind: 'fits', reader: 'close', suited: ['social', 'strategic', 'brand'], others: [] } as const;
    expect(resultSentences(report({ fit }), purposes, texts).fitText).toBe(
      `FITS ${label('close')} / ${name('social')}, ${name('strategic')}, and ${name('brand')}`,
    );
  });

  it('names what the other networks need, one sentence per strategy, one network or several', () => {
    const fit = {
      kind: 'partly',
      reader: 'open',
      suited: ['brand'],
      others: [
        { strategy: 'close', purposes: ['social', 'strategic'] },
        { strategy: 'middle', purposes: ['career'] },
      ],
    } as const;
    const said = resultSentences(report({ fit, recommendation: 'separate' }), purposes, texts);
    expect(said.fitText).toBe(
      `PARTLY ${label('open')} / ${name('brand')} / [MANY ${name('social')} and ${name('strategic')}: ${label('close')}] [ONE ${name('career')}: ${label('middle')}] / SEPARATE`,
    );
    expect(said.recommendationText).toBe(content.recommendation.separate);
  });

  it.each([
    ['separate', 'SEPARATE'],
    ['segment', 'SEGMENT'],
    ['one', 'CHANGE'],
    ['oneWithCare', 'CHANGE'],
  ] as const)('with the recommendation %s, the remedy is %s', (recommendation, remedy) => {
    const fit = {
      kind: 'notFit',
      reader: 'middle',
      suited: [],
      others: [{ strategy: 'open', purposes: ['brand'] }],
    } as const;
    const said = resultSentences(report({ fit, recommendation }), purposes, texts);
    expect(said.fitText).toBe(`NOTFIT ${label('middle')} / [ONE ${name('brand')}: ${label('open')}] / ${remedy}`);
    expect(said.recommendationText).toBe(content.recommendation[recommendation]);
  });
});

describe('howManyAnswer', () => {
  const social = purposes.purposes.social;
  const model = {
    ...purposes,
    purposes: {
      ...purposes.purposes,
      social: {
        ...social,
        size: { ...social.size, min: 5, max: 150 },
        dilemmas: { ...social.dilemmas, howMany: 'HOW {range}?' },
      },
    },
  };

  it('writes the purpose’s size range, formatted, into its answer', () => {
    expect(howManyAnswer(model, { range: '{min} TO {max}' }, 'social', (n) => `#${n}`)).toBe('HOW #5 TO #150?');
  });

  it('writes each purpose’s own range into the real answer', () => {
    for (const p of ['social', 'career', 'resource', 'strategic', 'brand'] as const) {
      const { min, max } = purposes.purposes[p].size;
      const said = howManyAnswer(purposes, { range: '<{min}..{max}>' }, p, String);
      expect(said, p).toContain(`<${min}..${max}>`);
    }
  });
});

describe('resultSentences, each sentence for its case', () => {
  it.each([
    ['single', ['brand'], null],
    ['two', ['brand', 'social'], 'TWO'],
    ['choose', ['brand', 'social', 'career', 'resource'], 'MANY 4'],
    ['choose', ['brand', 'social', 'career', 'resource', 'strategic'], 'MANY 5'],
  ] as const)('mode %s with %j: tie note %s', (mode, leading, note) => {
    const fit = { kind: 'fits', reader: 'open', suited: ['brand'], others: [] } as const;
    const said = resultSentences(report({ mode, leading: [...leading], fit }), purposes, texts);
    expect(said.tieNote).toBe(note);
    expect(said.fitText).toBe(`FITS ${label('open')} / ${name('brand')}`);
  });

  it('partly fits, kept in parts of one network', () => {
    const fit = {
      kind: 'partly',
      reader: 'close',
      suited: ['social', 'strategic'],
      others: [{ strategy: 'open', purposes: ['brand'] }],
    } as const;
    const said = resultSentences(report({ fit, recommendation: 'segment' }), purposes, texts);
    expect(said.fitText).toBe(
      `PARTLY ${label('close')} / ${name('social')} and ${name('strategic')} / [ONE ${name('brand')}: ${label('open')}] / SEGMENT`,
    );
    expect(said.recommendationText).toBe(content.recommendation.segment);
  });

  it('fits nothing: every strategy needed is named, in order', () => {
    const fit = {
      kind: 'notFit',
      reader: 'middle',
      suited: [],
      others: [
        { strategy: 'open', purposes: ['brand', 'strategic'] },
        { strategy: 'close', purposes: ['social'] },
      ],
    } as const;
    const said = resultSentences(report({ fit, recommendation: 'separate' }), purposes, texts);
    expect(said.fitText).toBe(
      `NOTFIT ${label('middle')} / [MANY ${name('brand')} and ${name('strategic')}: ${label('open')}] [ONE ${name('social')}: ${label('close')}] / SEPARATE`,
    );
  });
});
