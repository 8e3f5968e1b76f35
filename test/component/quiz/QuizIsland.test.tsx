// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import QuizIsland from '../../../src/tools/quiz/QuizIsland';
import { encodeShare } from '../../../src/tools/quiz/share-code';
import { forSite } from '../../../src/tools/quiz/words';
import { allQuestions } from '../../../src/tools/quiz/model';
import { $sharedPurpose } from '../../../src/purposes/store';
import { $sharedView, dismissQuizNotice, eraseQuizAnswers } from '../../../src/tools/quiz/store';
import { leaning, loadQuestions, loadResults, quizContent } from '../../support/quiz-model';
import { loadPurposeModel } from '../../support/purpose-model';
import { loadQuizShare } from '../../support/quiz-share';

const model = loadQuestions();
const texts = forSite(loadResults(), 'UPPROACH');
const purposes = loadPurposeModel();
const links = {
  article: '/articles/a/',
  estimator: '/tools/network-size/',
  checklist: '/tools/promotion-checklist/',
  tool: '/tools/purpose-quiz/',
};
const total = allQuestions(model).length;
const share = loadQuizShare();
const QUIZ_KEY = 'upproach:quiz:v1';
const PURPOSE_KEY = 'upproach:purpose:v1';

function renderQuiz(m = model) {
  return render(<QuizIsland content={quizContent(m, texts, purposes, { links, share })} headingLevel={2} />);
}

/** The answers that lean fully towards Strategic/Perspective, with a 'middle' inviting strategy. */
const strategicAnswers = leaning(model, 'strategic', 'middle');

beforeEach(() => {
  // happy-dom's localStorage refuses `delete` of a missing key (browsers allow it): make sure
  // the keys exist before resetting the stores
  localStorage.setItem(QUIZ_KEY, '{}');
  localStorage.setItem(PURPOSE_KEY, '{}');
  eraseQuizAnswers();
  dismissQuizNotice();
  localStorage.clear();
  history.replaceState(null, '', '/tools/purpose-quiz/');
});
afterEach(() => cleanup());

async function start(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Start the quiz' }));
}

describe('QuizIsland', () => {
  it('marks itself hydrated only once it is: the server render has no data-hydrated at all', async () => {
    const html = renderToString(
      <QuizIsland content={quizContent(model, texts, purposes, { links, share })} headingLevel={2} />,
    );
    expect(html).toContain('data-screen="intro"');
    expect(html).not.toContain('data-hydrated');
    renderQuiz();
    expect(await screen.findByRole('button', { name: 'Start the quiz' })).toBeEnabled();
    expect(document.querySelector('.quiz')?.getAttribute('data-hydrated')).toBe('true');
  });

  it('opens on an intro that lists the five purposes', async () => {
    renderQuiz();
    const button = (await screen.findByRole('button', { name: 'Start the quiz' })) as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    for (const name of [
      'Social network',
      'Career/Business Opportunity network',
      'Resource/Operational network',
      'Strategic/Perspective network',
      'Personal Brand network',
    ]) {
      expect(screen.getByText(`${name}:`)).toBeInTheDocument();
    }
  });

  it('asks one question at a time, focuses its legend, and refuses Next without an answer', async () => {
    const user = userEvent.setup();
    renderQuiz();
    await start(user);
    const group = screen.getByRole('group', { name: new RegExp(`Question 1 of ${total}`) });
    expect(document.activeElement?.tagName).toBe('LEGEND');
    expect(within(group).getAllByRole('radio')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Choose an answer to continue.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /Question 1 of/ })).toBeInTheDocument();
    expect(group.getAttribute('aria-describedby')).toContain('error');
    await user.click(screen.getByRole('radio', { name: /somewhere in the middle/i }));
    expect(screen.queryByText('Choose an answer to continue.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('group', { name: new RegExp(`Question 2 of ${total}`) })).toBeInTheDocument();
    expect(document.activeElement?.textContent).toContain(`Question 2 of ${total}`);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect((screen.getByRole('radio', { name: /somewhere in the middle/i }) as HTMLInputElement).checked).toBe(true);
    // progress is stored as we go
    expect(JSON.parse(localStorage.getItem(QUIZ_KEY)!)).toMatchObject({
      v: 1,
      started: true,
      step: 0,
      answers: { inviting: 'middle' },
    });
  });

  it('goes through every question to a review, lets answers change, then shows and shares the result', async () => {
    const user = userEvent.setup();
    renderQuiz();
    await start(user);
    for (const q of allQuestions(model)) {
      const answer = q.answers.find((a) => a.id === strategicAnswers[q.id])!;
      await user.click(screen.getByRole('radio', { name: answer.text }));
      await user.click(screen.getByRole('button', { name: /^Next/ }));
    }
    expect(screen.getByRole('heading', { name: 'Check your answers' })).toBe(document.activeElement);
    const items = screen.getAllByRole('listitem');
    expect(items.length).toBe(total);
    // change the third answer, then come back to the review
    await user.click(screen.getByRole('button', { name: new RegExp(`^Change answer 3:`) }));
    expect(screen.getByRole('group', { name: /Question 3 of/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to the review' }));
    await user.click(screen.getByRole('button', { name: 'See my result' }));

    const headline = screen.getByRole('heading', { name: 'Your network is mainly a Strategic/Perspective network' });
    expect(document.activeElement).toBe(headline);
    expect(screen.getByText('Result: Your network is mainly a Strategic/Perspective network.')).toBeInTheDocument();
    // percentages for all five, adding to 100
    // the result below its headline loads with its own code (a lazy chunk)
    const values = (await screen.findAllByText(/^\d+%$/))
      .slice(0, 5)
      .map((el) => Number(el.textContent!.replace('%', '')));
    expect(values.reduce((a, b) => a + b, 0)).toBe(100);
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.getByText('Who belongs in it')).toBeInTheDocument();
    expect(screen.getByText('Give first.')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /Read about the Strategic\/Perspective network/ }).getAttribute('href'),
    ).toBe('/articles/a/#strategic-or-perspective-network');
    expect(screen.getByRole('link', { name: 'Estimate the size of your network' }).getAttribute('href')).toBe(
      '/tools/network-size/',
    );
    expect(document.body.textContent).not.toMatch(/NaN|undefined|Infinity/);
    // the result is shared with the other islands
    expect($sharedPurpose.get()).toBe('strategic');

    // the link to copy is the leading purpose's preview page, and the button says what it reveals
    const copy = await screen.findByRole('button', { name: 'Copy link to my result' });
    expect(copy).toHaveAttribute('aria-describedby', expect.stringMatching(/\S/));
    expect(document.getElementById(copy.getAttribute('aria-describedby')!)!.textContent).toBe(share.copyNote);
    await user.click(copy);
    const link = (await screen.findByLabelText('Link to your result')) as HTMLInputElement;
    expect(link.value).toBe(`${location.origin}/tools/purpose-quiz/strategic/#${encodeShare(model, strategicAnswers)}`);
    // the plain link keeps the purpose out of the address
    await user.click(screen.getByRole('button', { name: share.copyPlain }));
    await vi.waitFor(() =>
      expect(link.value).toBe(`${location.origin}/tools/purpose-quiz/#${encodeShare(model, strategicAnswers)}`),
    );
  }, 20_000); // fourteen questions clicked through: slow on a busy machine, not a timing check

  it('erases answers, result and the shared purpose', async () => {
    const user = userEvent.setup();
    localStorage.setItem(QUIZ_KEY, JSON.stringify({ v: 1, started: true, step: total + 1, answers: strategicAnswers }));
    vi.resetModules();
    const { default: Fresh } = await import('../../../src/tools/quiz/QuizIsland');
    const purpose = await import('../../../src/purposes/store');
    purpose.setSharedPurpose('strategic');
    render(<Fresh content={quizContent(model, texts, purposes, { links, share })} headingLevel={2} />);
    expect(await screen.findByRole('heading', { name: /mainly a Strategic/ })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Erase my answers' }));
    expect(localStorage.getItem(QUIZ_KEY)).toBeNull();
    expect(localStorage.getItem(PURPOSE_KEY)).toBeNull();
    expect(screen.getByText(/Your answers and result are erased/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start the quiz' })).toBeInTheDocument();
  });

  it('resumes where the reader left off', async () => {
    localStorage.setItem(
      QUIZ_KEY,
      JSON.stringify({
        v: 1,
        started: true,
        step: 3,
        answers: { inviting: 'open', share: 'family', reach: 'experts' },
      }),
    );
    vi.resetModules();
    const { default: Fresh } = await import('../../../src/tools/quiz/QuizIsland');
    render(<Fresh content={quizContent(model, texts, purposes, { links, share })} headingLevel={2} />);
    expect(await screen.findByRole('group', { name: new RegExp(`Question 4 of ${total}`) })).toBeInTheDocument();
  });

  it('starts fresh on corrupted or old stored data, and says so once', async () => {
    const user = userEvent.setup();
    for (const bad of [
      '{not json',
      JSON.stringify({ v: 0, answers: [] }),
      JSON.stringify({ v: 1, started: true, step: 2, answers: { removed: 'x' } }),
    ]) {
      cleanup();
      localStorage.setItem(QUIZ_KEY, bad);
      vi.resetModules();
      const { default: Fresh } = await import('../../../src/tools/quiz/QuizIsland');
      render(<Fresh content={quizContent(model, texts, purposes, { links, share })} headingLevel={2} />);
      expect(await screen.findByText(/so the quiz has started fresh/)).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Start the quiz' })).toBeInTheDocument();
      // the same rule as every tool: the unreadable data stays until the reader's OK, then goes,
      // so the next visit does not repeat the message
      expect(localStorage.getItem(QUIZ_KEY)).toBe(bad);
      await user.click(screen.getByRole('button', { name: 'OK' }));
      expect(screen.queryByText(/so the quiz has started fresh/)).toBeNull();
      expect(localStorage.getItem(QUIZ_KEY)).toBeNull();
    }
  });

  it('shows a shared result without storing it, until the visitor keeps it', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', `/tools/purpose-quiz/#${encodeShare(model, strategicAnswers)}`);
    renderQuiz();
    expect(await screen.findByRole('heading', { name: /mainly a Strategic\/Perspective/ })).toBeInTheDocument();
    expect(screen.getByText(/Someone shared this result with you/)).toBeInTheDocument();
    expect(localStorage.getItem(QUIZ_KEY)).toBeNull();
    expect(localStorage.getItem(PURPOSE_KEY)).toBeNull();
    // the keep and leave buttons load with the shared result
    await user.click(await screen.findByRole('button', { name: 'Keep this as my result' }));
    expect(JSON.parse(localStorage.getItem(QUIZ_KEY)!)).toMatchObject({ step: total + 1, answers: strategicAnswers });
    expect($sharedPurpose.get()).toBe('strategic');
    expect(location.hash).toBe('');
    expect((await screen.findByRole('button', { name: 'Copy link to my result' })).textContent).toBe(
      'Copy link to my result',
    ); // the actions load with the result
  });

  it('focuses the heading of a shared result, or of a broken link, opened on load', async () => {
    const code = encodeShare(model, strategicAnswers)!;
    history.replaceState(null, '', `/tools/purpose-quiz/#${code}`);
    renderQuiz();
    const headline = await screen.findByRole('heading', { name: /mainly a Strategic\/Perspective/ });
    await vi.waitFor(() => expect(document.activeElement).toBe(headline));
    cleanup();
    $sharedView.set({ kind: 'none' });
    history.replaceState(
      null,
      '',
      `/tools/purpose-quiz/#${code.replace(/\.(\w)/, (_, d: string) => `.${d === '0' ? '1' : '0'}`)}`,
    );
    renderQuiz();
    const problem = await screen.findByRole('heading', { name: 'This result link can’t be used' });
    await vi.waitFor(() => expect(document.activeElement).toBe(problem));
  });

  it('asks before a shared result replaces the reader’s own, and keeps theirs on Cancel', async () => {
    const user = userEvent.setup();
    const brand = leaning(model, 'brand', 'open');
    localStorage.setItem(QUIZ_KEY, JSON.stringify({ v: 1, started: true, step: total + 1, answers: strategicAnswers }));
    history.replaceState(null, '', `/tools/purpose-quiz/#${encodeShare(model, brand)}`);
    vi.resetModules();
    const { default: Fresh } = await import('../../../src/tools/quiz/QuizIsland');
    render(<Fresh content={quizContent(model, texts, purposes, { links, share })} headingLevel={2} />);
    expect(await screen.findByRole('heading', { name: /mainly a Personal Brand/ })).toBeInTheDocument();
    // leaving goes back to the reader's own result, and says so
    expect(screen.getByRole('button', { name: 'Show my result' })).toBeInTheDocument();
    // keeping is still the main action here, though it asks first: the primary look, not secondary
    expect(screen.getByRole('button', { name: 'Keep this as my result' }).className).toBe('button');
    await user.click(screen.getByRole('button', { name: 'Keep this as my result' }));
    const ask = screen.getByRole('group', { name: 'Replace your own answers?' });
    expect(ask.textContent).toMatch(/already holds your own quiz answers/);
    await user.click(within(ask).getByRole('button', { name: 'Keep my own answers' }));
    expect(JSON.parse(localStorage.getItem(QUIZ_KEY)!)).toMatchObject({ answers: strategicAnswers });
    expect(screen.getByText(/Someone shared this result with you/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep this as my result' }));
    await user.click(screen.getByRole('button', { name: 'Replace my answers' }));
    expect(JSON.parse(localStorage.getItem(QUIZ_KEY)!)).toMatchObject({ step: total + 1, answers: brand });
    expect(location.hash).toBe('');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: /mainly a Personal Brand/ }));
    expect((await screen.findByRole('button', { name: 'Copy link to my result' })).textContent).toBe(
      'Copy link to my result',
    );
  });

  it('on a broken link, offers the reader’s own result when one is saved', async () => {
    const user = userEvent.setup();
    localStorage.setItem(QUIZ_KEY, JSON.stringify({ v: 1, started: true, step: total + 1, answers: strategicAnswers }));
    history.replaceState(null, '', '/tools/purpose-quiz/#quiz=v9.1');
    vi.resetModules();
    const { default: Fresh } = await import('../../../src/tools/quiz/QuizIsland');
    render(<Fresh content={quizContent(model, texts, purposes, { links, share })} headingLevel={2} />);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Take the quiz' })).toBeNull();
    expect(screen.queryByText(/You can take the quiz yourself/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show my result' }));
    expect(screen.getByRole('heading', { name: /mainly a Strategic\/Perspective/ })).toBeInTheDocument();
  });

  it('refuses a tampered link with a clear message and offers the quiz', async () => {
    const user = userEvent.setup();
    const code = encodeShare(model, strategicAnswers)!;
    const tampered = code.replace(/\.(\w)/, (_, d: string) => `.${d === '0' ? '1' : '0'}`);
    history.replaceState(null, '', `/tools/purpose-quiz/#${tampered}`);
    renderQuiz();
    expect((await screen.findByRole('alert')).textContent).toMatch(/does not check out/);
    expect(screen.queryByText(/mainly a/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Take the quiz' }));
    expect($sharedView.get()).toEqual({ kind: 'none' });
    expect(screen.getByRole('button', { name: 'Start the quiz' })).toBeInTheDocument();
  });

  it('renders hostile text from content as text', async () => {
    const user = userEvent.setup();
    const hostile = {
      ...model,
      strategyQuestion: { ...model.strategyQuestion, prompt: '<img src=x onerror="alert(1)">Who?' },
    };
    const { container } = renderQuiz(hostile);
    await start(user);
    expect(screen.getByText('<img src=x onerror="alert(1)">Who?')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('QuizIsland with a tie', () => {
  it('names both leading purposes, explains the tie, and answers the six questions for each', async () => {
    const { tinyModel } = await import('../../support/quiz-model');
    // social 3 and strategic 3: an exact tie; they need different inviting strategies
    localStorage.setItem(
      QUIZ_KEY,
      JSON.stringify({ v: 1, started: true, step: 4, answers: { inviting: 'open', q1: 'a', q2: 'b' } }),
    );
    vi.resetModules();
    const { default: Fresh } = await import('../../../src/tools/quiz/QuizIsland');
    render(<Fresh content={quizContent(tinyModel, texts, purposes, { links, share })} headingLevel={3} />);
    expect(
      await screen.findByRole('heading', {
        level: 3,
        name: 'Your network has two main purposes: your Social network and Strategic/Perspective network',
      }),
    ).toBeInTheDocument();
    expect(await screen.findByText(texts.tieNote.two)).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 4, name: /Your Social network: the six questions/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 4, name: /Your Strategic\/Perspective network: the six questions/ }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Who belongs in it')).toHaveLength(2);
    // the reader invites anyone: neither Social (close) nor Strategic/Perspective (selective) suits it
    expect(document.querySelector('[data-fit="notFit"]')?.textContent).toMatch(
      /Your Social network works best when you invite only people you know well\. Your Strategic\/Perspective network works best when you invite people selectively/,
    );
    expect(document.querySelector('[data-recommendation="segment"]')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /^Read about the/ })).toHaveLength(2);
    // the tie note's promise: the reader chooses which purpose the other tools plan for
    const group = screen.getByRole('group', { name: texts.ui.result.chooseLegend });
    expect((within(group).getByRole('radio', { name: 'Social network' }) as HTMLInputElement).checked).toBe(true);
    await userEvent.click(within(group).getByRole('radio', { name: 'Strategic/Perspective network' }));
    const { $sharedPurpose: shared } = await import('../../../src/purposes/store');
    expect(shared.get()).toBe('strategic');
    expect(within(group).getByRole('status').textContent).toMatch(/now plan for your Strategic\/Perspective network/);
  });

  it('with three or more purposes tied, says none stands out, shows no advice sets until the reader chooses, then one', async () => {
    const { tinyModel } = await import('../../support/quiz-model');
    // q1 b: brand 3, career 1; q2 c: social 1, brand 1 → brand 4, career 1, social 1 … use a flat model instead
    const flat = {
      ...tinyModel,
      questions: [
        {
          id: 'q1',
          prompt: 'One',
          answers: [
            { id: 'a', text: 'A', weights: { social: 1, career: 1, resource: 1, strategic: 1, brand: 1 } },
            { id: 'b', text: 'B', weights: { brand: 1 } },
          ],
        },
      ],
    };
    localStorage.setItem(
      QUIZ_KEY,
      JSON.stringify({ v: 1, started: true, step: 3, answers: { inviting: 'middle', q1: 'a' } }),
    );
    localStorage.removeItem(PURPOSE_KEY);
    vi.resetModules();
    const { default: Fresh } = await import('../../../src/tools/quiz/QuizIsland');
    render(<Fresh content={quizContent(flat, texts, purposes, { links, share })} headingLevel={3} />);
    expect(await screen.findByRole('heading', { level: 3, name: texts.headline.none })).toBeInTheDocument();
    const group = await screen.findByRole('group', { name: texts.ui.result.chooseLegend });
    expect(screen.queryAllByText('Who belongs in it')).toHaveLength(0);
    expect(document.querySelectorAll('.quiz-summary')).toHaveLength(0);
    expect(within(group).getAllByRole('radio')).toHaveLength(5);
    await userEvent.click(within(group).getByRole('radio', { name: 'Personal Brand network' }));
    expect(screen.getAllByText('Who belongs in it')).toHaveLength(1);
    expect(
      screen.getByRole('heading', { level: 4, name: /Your Personal Brand network: the six questions/ }),
    ).toBeInTheDocument();
  });
});
