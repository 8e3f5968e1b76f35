import { describe, expect, it } from 'vitest';
import { howManyAnswer } from '../../../src/tools/quiz/sentences';
import { loadPurposeModel } from '../../support/purpose-model';
import { loadResults } from '../../support/quiz-model';

const texts = loadResults();
const purposes = loadPurposeModel();
const sources = texts.sources.map((s) => s.text).join('\n');
const howMany = (p: 'social' | 'career' | 'brand') =>
  howManyAnswer(purposes, texts, p, (n) => new Intl.NumberFormat('en-US').format(n));

/** The figures the result texts quote, as test/fixtures/reference/network-research.md gives them. */
describe('figures in the result texts', () => {
  it('gives Career the range of Dunbar’s layers (150 to 1,500), with no "95% range" or group-size limit', () => {
    const career = howMany('career');
    expect(career).toContain('about 150 to 1,500 people');
    expect(career).toContain('(Dunbar’s layers)');
    expect(career).not.toMatch(/95%|keep up meaningfully/);
  });

  it('credits 5 and 15 to Dunbar’s own summary of the layers, and Zhou et al. 2005 with their ranges', () => {
    const social = howMany('social');
    expect(social).toContain('about 5 people');
    expect(social).toContain('about 15');
    expect(social).toContain('Dunbar’s layers');
    expect(social).toContain('3–5 and 9–15');
    expect(sources).toMatch(
      /summarizing Zhou et al\. \(2005\) as layers of about 5, 15, 50, 150, 500, and 1,500 people \(“Dunbar’s layers”\)/,
    );
    expect(sources).toMatch(
      /Zhou, Sornette, Hill & Dunbar \(2005\)\. “Discrete hierarchical organization of social group sizes\.”/,
    );
  });

  it('credits 30,000 to LinkedIn, by name, as its first-degree limit', () => {
    expect(howMany('brand')).toContain('about 500 to 30,000 people');
    expect(howMany('brand')).toContain('LinkedIn');
    expect(sources).toMatch(/LinkedIn Help, “Network size limit\.”/);
  });
});
