import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/tools/quiz/report';
import { resultSentences } from '../../../src/tools/quiz/sentences';
import { fill } from '../../../src/shared/template';
import { forSite } from '../../../src/tools/quiz/words';
import type { QuizModel } from '../../../src/tools/quiz/model';
import { loadPurposeModel } from '../../support/purpose-model';
import { loadResults, tinyModel } from '../../support/quiz-model';

const texts = loadResults();
const purposes = loadPurposeModel();

describe('fill', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(fill('Your {network} is {x}', { network: 'Social network' })).toBe('Your Social network is {x}');
    expect(fill('{a}{a}', { a: '$&' })).toBe('$&$&');
  });
});

describe('lists in the result’s sentences', () => {
  const model = (weights: Record<string, number>): QuizModel => ({
    strategyQuestion: tinyModel.strategyQuestion,
    questions: [
      {
        id: 'q',
        prompt: 'Q',
        answers: [
          { id: 'a', text: 'A', weights },
          { id: 'b', text: 'B', weights: { brand: 1 } },
        ],
      },
    ],
  });
  const report = (m: QuizModel, inviting: string, t = texts) => {
    const out = buildReport(m, t, purposes, { inviting, q: 'a' });
    if (!out.ok) throw new Error('no report');
    return { ...out.report, ...resultSentences(out.report, purposes, t) };
  };

  it('use the site’s serial comma, and say "work" of two networks and "works" of one', () => {
    expect(texts.list).toEqual({ and: 'and', serialComma: true });
    // social and career tie: two networks, two strategies, and the reader invites anyone
    const two = report(model({ social: 2, career: 2 }), 'open');
    expect(two.headline).toBe(
      'Your network has two main purposes: your Social network and Career/Business Opportunity network',
    );
    expect(two.fitText).toContain('Your Social network works best when you invite only people you know well.');
    expect(two.fitText).toContain(
      'Your Career/Business Opportunity network works best when you invite people selectively (somewhere in the middle).',
    );
    // career and resource need the same strategy: one sentence for both, with "work"
    const same = report(model({ career: 2, resource: 2 }), 'open');
    expect(same.fitText).toContain(
      'Your Career/Business Opportunity network and Resource/Operational network work best when you invite people selectively',
    );
    expect(same.fitText).not.toMatch(/network works/);
  });

  it('three or more tied: the headline says no single purpose stands out', () => {
    const three = report(model({ social: 2, career: 2, resource: 2 }), 'open');
    expect(three.headline).toBe(texts.headline.none);
    expect(three.tieNote).toBe(fill(texts.tieNote.many, { count: 3 }));
  });

  it('no strategy label holds a comma or the joining word, so a list of them always counts right', () => {
    for (const { label } of Object.values(texts.strategies)) {
      expect(label).not.toMatch(/,/);
      expect(label.split(' ')).not.toContain(texts.list.and);
    }
  });

  it('take the joining words from results.yaml', () => {
    const t = { ...texts, list: { and: '&', serialComma: false } };
    expect(report(model({ social: 2, career: 2 }), 'open', t).headline).toBe(
      'Your network has two main purposes: your Social network & Career/Business Opportunity network',
    );
  });
});

describe('forSite (the site name in the printed line)', () => {
  it('writes the site name into the printed line, leaves the day for the browser and changes nothing else', () => {
    const before = JSON.stringify(texts);
    const words = forSite(texts, 'UPPROACH');
    expect(words.ui.result.printed).toBe('Printed from UPPROACH on {date}');
    expect({ ...words.ui.result, printed: texts.ui.result.printed }).toEqual(texts.ui.result);
    expect({ ...words.ui, result: texts.ui.result }).toEqual(texts.ui);
    expect({ ...words, ui: texts.ui }).toEqual(texts);
    // the words read from the content are not changed
    expect(JSON.stringify(texts)).toBe(before);
  });
});
