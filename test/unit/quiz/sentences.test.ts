import { describe, expect, it } from 'vitest';
import type { PurposeId } from '@/lib/purposes';
import type { Report } from '@/lib/quiz/report';
import { resultSentences } from '@/lib/quiz/sentences';
import type { QuizWords } from '@/lib/quiz/model';
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
