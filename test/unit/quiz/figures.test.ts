import { describe, expect, it } from 'vitest';
import { loadResults } from './model-fixture';

const texts = loadResults();
const sources = texts.sources.map((s) => s.text).join('\n');

/** The figures the result texts quote, as test/fixtures/reference/network-research.md gives them. */
describe('figures in the result texts', () => {
  it('gives Dunbar 1993 as a predicted mean group size of 148 (about 150, 95% CI 100–230), not a limit', () => {
    const career = texts.purposes.career.dilemmas.howMany;
    expect(career).toContain('predicts a mean human group size of 148, about 150');
    expect(career).toContain('100–230');
    expect(career).toContain('(Dunbar 1993)');
    expect(career).not.toMatch(/keep up meaningfully/);
    expect(sources).toMatch(/Dunbar, R\. I\. M\. \(1993\)\. “Coevolution of neocortical size, group size and language in humans\.”/);
  });

  it('credits 5 and 15 to Dunbar’s own summary of the layers, and Zhou et al. 2005 with their ranges', () => {
    const social = texts.purposes.social.dilemmas.howMany;
    expect(social).toContain('about 5 people');
    expect(social).toContain('about 15');
    expect(social).toContain('Dunbar’s layers');
    expect(social).toContain('3–5 and 9–15');
    expect(sources).toMatch(/summarising Zhou et al\. \(2005\) as layers of about 5, 15, 50, 150, 500 and 1,500 people \(“Dunbar’s layers”\)/);
    expect(sources).toMatch(/Zhou, W\.-X\., Sornette, D\., Hill, R\. A\. & Dunbar, R\. I\. M\. \(2005\)/);
  });
});
