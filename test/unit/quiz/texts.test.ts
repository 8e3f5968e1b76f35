import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/lib/quiz/report';
import { fill, networkName, networkNames } from '../../../src/lib/quiz/texts';
import type { QuizModel } from '../../../src/lib/quiz/types';
import { loadPurposeNames } from '../storage/site-words-fixture';
import { loadResults, tinyModel } from './model-fixture';

const texts = loadResults();
const labels = loadPurposeNames();

describe('fill', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(fill('Your {network} is {x}', { network: 'Social network' })).toBe('Your Social network is {x}');
    expect(fill('{a}{a}', { a: '$&' })).toBe('$&$&');
  });
});

describe('network names', () => {
  it('are made from the site’s purpose labels with one template word', () => {
    expect(texts.networkName).toBe('{purpose} network');
    expect(networkNames(texts, labels)).toEqual({
      social: 'Social network',
      career: 'Career/Business Opportunity network',
      resource: 'Resource/Operational network',
      strategic: 'Strategic/Perspective network',
      brand: 'Personal Brand network',
    });
    expect(networkName({ networkName: 'the {purpose} circle' }, 'Social')).toBe('the Social circle');
  });
});

describe('lists in the result’s sentences', () => {
  // social, career and resource score the same: a three-way tie, and three different inviting strategies
  const threeWay: QuizModel = {
    strategyQuestion: tinyModel.strategyQuestion,
    questions: [
      {
        id: 'q',
        prompt: 'Q',
        answers: [
          { id: 'a', text: 'A', weights: { social: 2, career: 2, resource: 2 } },
          { id: 'b', text: 'B', weights: { brand: 1 } },
        ],
      },
    ],
  };
  const report = (t = texts) => {
    const out = buildReport(threeWay, t, labels, { inviting: 'open', q: 'a' });
    if (!out.ok) throw new Error('no report');
    return out.report;
  };

  it('join networks and strategies as the quiz always has, without a comma before “and”', () => {
    expect(texts.list).toEqual({ and: 'and', serialComma: false });
    expect(report().headline).toBe(
      'Your network has more than one main purpose — Social network, Career/Business Opportunity network and Resource/Operational network',
    );
    expect(report().fitText).toContain(
      'need different inviting strategies: only people you know well, anyone who wants to join and people selectively (somewhere in the middle). Today you invite anyone who wants to join.',
    );
  });

  it('list the needed strategies so that each reads as one item, for two strategies and for three', () => {
    // no strategy label holds a comma or the joining word: a list of them always counts right
    for (const { label } of Object.values(texts.strategies)) {
      expect(label).not.toMatch(/,/);
      expect(label.split(' ')).not.toContain(texts.list.and);
    }
    const three = report().fitText;
    // social and career tie: two strategies
    const twoWay: QuizModel = {
      ...threeWay,
      questions: [{ ...threeWay.questions[0]!, answers: [{ id: 'a', text: 'A', weights: { social: 2, career: 2 } }, threeWay.questions[0]!.answers[1]!] }],
    };
    const out = buildReport(twoWay, texts, labels, { inviting: 'middle', q: 'a' });
    if (!out.ok) throw new Error('no report');
    const two = out.report.fitText;
    expect(out.report.fit).toMatchObject({ kind: 'mixed', needed: ['close', 'open'] });
    expect(two).toContain(
      'need different inviting strategies: only people you know well and anyone who wants to join. Today you invite people selectively (somewhere in the middle).',
    );
    for (const text of [two, three]) {
      // the sentence speaks of any number of strategies, not "both"
      expect(text).not.toMatch(/\bboth\b|\(.*\(/);
      expect(text).toMatch(/One network cannot follow more than one of them well/);
    }
  });

  it('take the joining words from results.yaml', () => {
    const headline = report({ ...texts, list: { and: '&', serialComma: true } }).headline;
    expect(headline).toBe('Your network has more than one main purpose — Social network, Career/Business Opportunity network, & Resource/Operational network');
  });
});
