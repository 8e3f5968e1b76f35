// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import ResultBody from '../../../src/tools/quiz/ResultBody';
import type { PurposeId } from '../../../src/purposes/ids';
import { purposeStrategies } from '../../../src/purposes/model';
import { advise } from '../../../src/tools/quiz/advice';
import { buildReport, describe as describeResult, type Report } from '../../../src/tools/quiz/report';
import { resultFromPoints } from '../../../src/tools/quiz/scoring';
import { forSite } from '../../../src/tools/quiz/words';
import { leaning, loadQuestions, loadResults, quizContent } from '../../support/quiz-model';
import { loadPurposeModel } from '../../support/purpose-model';

const model = loadQuestions();
const texts = forSite(loadResults(), 'UPPROACH');
const purposes = loadPurposeModel();
const links = { article: '/a/', estimator: '/e/', checklist: '/c/', tool: '/t/' };
const network = (p: PurposeId) => purposes.purposes[p].inSentence;

afterEach(() => cleanup());

function report(answers: Record<string, string>): Report {
  const built = buildReport(model, texts, purposes, answers);
  if (!built.ok) throw new Error('not scored');
  return built.report;
}

function show(r: Report) {
  return render(<ResultBody content={quizContent(model, texts, purposes, { links })} report={r} sub="h3" />);
}

describe('ResultBody: the segmentation plan and the printed line', () => {
  it('two leading purposes kept in separate networks: a box for each, each saying how it is kept apart from the other', async () => {
    const result = resultFromPoints({ social: 24, brand: 24, career: 5, resource: 5, strategic: 5 }, 'close', texts);
    const r = describeResult(
      result,
      advise(result, purposeStrategies(purposes), purposes.conflicts),
      purposes,
      texts,
      null,
    );
    expect([...r.leading].sort()).toEqual(['brand', 'social']);
    expect(r.recommendation).toBe('separate');
    show(r);
    const plan = (await screen.findByRole('heading', { name: texts.plan.heading.separate })).closest('section')!;
    expect(plan.textContent).toContain('are at odds with one another');
    for (const [p, other] of [
      ['social', 'brand'],
      ['brand', 'social'],
    ] as const) {
      const box = within(plan as HTMLElement).getByRole('region', { name: `Your ${network(p)}` });
      expect(within(box).getByText(purposes.purposes[p].plan.never)).toBeInTheDocument();
      expect(
        within(box).getByText(`From your ${network(other)}: ${texts.plan.keepApart.privatePublic}.`),
      ).toBeInTheDocument();
    }
  });

  it('one purpose leading: how to keep that network focused, no segments', async () => {
    const r = report(leaning(model, 'strategic', 'middle'));
    expect(r.leading).toEqual(['strategic']);
    show(r);
    const heading = await screen.findByRole('heading', { name: `Keeping your ${network('strategic')} focused` });
    const plan = heading.closest('section')!;
    expect(plan.textContent).toContain(purposes.purposes.strategic.plan.focus);
    expect(plan.textContent).not.toContain(texts.plan.labels.apart);
    expect(screen.queryByRole('heading', { name: texts.plan.heading.segment })).toBeNull();
  });

  it('prints the site’s name and today’s date, written in the page’s locale', async () => {
    show(report(leaning(model, 'strategic', 'middle')));
    const today = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(new Date());
    const line = await screen.findByText(`Printed from UPPROACH on ${today}`);
    expect(line.className).toContain('print-only');
  });
});
