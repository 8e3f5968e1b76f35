import { describe, expect, it } from 'vitest';
import { withModelSizes } from '../../../src/tools/estimator/purpose-fit';
import { purposeIds } from '../../../src/purposes/ids';
import { purposeStrategies } from '../../../src/purposes/model';
import { advise } from '../../../src/tools/quiz/advice';
import { buildReport, describe as describeResult, type Report } from '../../../src/tools/quiz/report';
import { howManyAnswer, resultSentences } from '../../../src/tools/quiz/sentences';
import { resultFromPoints } from '../../../src/tools/quiz/scoring';
import { loadPurposeModel } from '../../support/purpose-model';
import { loadTargetWords } from '../../support/estimator-content';
import { leaning, loadQuestions, loadResults } from '../../support/quiz-model';

const model = loadQuestions();
const texts = loadResults();
const purposes = loadPurposeModel();
const fitText = (r: Report) => resultSentences(r, purposes, texts).fitText;

describe('buildReport (real content)', () => {
  it('leads with the headline for the primary purpose', () => {
    const out = buildReport(model, texts, purposes, leaning(model, 'strategic', 'middle'));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.report.headline).toBe('Your network is mainly a Strategic/Perspective network');
    expect(out.report.fit.kind).toBe('fits');
    expect(fitText(out.report)).not.toMatch(/[{}]|undefined|NaN/);
    expect(out.report).toMatchObject({
      conflicts: [],
      recommendation: 'one',
      planFor: 'strategic',
      dilemmaSets: ['strategic'],
    });
  });

  it('says plainly when the inviting strategy does not fit', () => {
    const out = buildReport(model, texts, purposes, leaning(model, 'brand', 'close'));
    expect(out.ok && out.report.fit.kind).toBe('notFit');
    expect(out.ok && fitText(out.report)).toMatch(/only people you know well.*anyone who wants to join/);
  });

  it('Career fits a selective strategy, as the article describes whom to invite', () => {
    const out = buildReport(model, texts, purposes, leaning(model, 'career', 'middle'));
    expect(out.ok && out.report.fit.kind).toBe('fits');
    expect(out.ok && buildReport(model, texts, purposes, leaning(model, 'career', 'open')).ok).toBe(true);
  });

  it('judges Social against Personal Brand when both lead, and gives one recommendation', () => {
    // Social and Personal Brand at 24% each: the article's sharpest clash, below any share threshold
    const result = resultFromPoints({ social: 24, brand: 24, career: 18, resource: 17, strategic: 17 }, 'close', texts);
    const report = describeResult(
      result,
      advise(result, purposeStrategies(purposes), purposes.conflicts),
      purposes,
      texts,
      null,
    );
    const out = { ok: true as const, report };
    expect(out.report.leading).toEqual(expect.arrayContaining(['social', 'brand']));
    expect(out.report.conflicts.map((c) => `${c.a}+${c.b}`)).toContain('social+brand');
    expect(out.report.recommendation).toBe('separate');
    expect(out.report.fit.kind).toBe('partly');
    expect(fitText(out.report)).toContain('That suits your Social network.');
    expect(fitText(out.report)).toContain(texts.remedy.separate);
  });

  it('passes the typed error through for partial answers', () => {
    expect(buildReport(model, texts, purposes, { inviting: 'open' })).toMatchObject({
      ok: false,
      error: { code: 'incomplete' },
    });
  });
});

describe('one model entry for the quiz and the estimator', () => {
  const format = (n: number) => new Intl.NumberFormat('en-US').format(n);
  const targets = withModelSizes(loadTargetWords(), purposes);

  it('the quiz’s "how many people" and the estimator’s range come from the same size of each purpose', () => {
    for (const p of purposeIds) {
      const { size } = purposes.purposes[p];
      const target = targets.find((t) => t.id === p)!;
      expect([target.min, target.max], p).toEqual([size.min, size.max]);
      const answer = howManyAnswer(purposes, texts, p, format);
      expect(answer, p).toContain(`about ${format(size.min)} to ${format(size.max)} people`);
      // and no other range: the sentence quotes the model's, not one of its own
      expect(answer.match(/about [\d,]+ to [\d,]+ people/g), p).toHaveLength(1);
    }
  });

  it('a changed size in the model changes both', () => {
    const social = purposes.purposes.social;
    const changed = {
      ...purposes,
      purposes: { ...purposes.purposes, social: { ...social, size: { ...social.size, min: 7 } } },
    };
    expect(withModelSizes(loadTargetWords(), changed).find((t) => t.id === 'social')!.min).toBe(7);
    expect(howManyAnswer(changed, texts, 'social', format)).toContain('about 7 to 50 people');
  });
});
