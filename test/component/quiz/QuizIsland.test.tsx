// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QuizModel } from '../../../src/tools/quiz/schema';
import { encodeShare } from '../../../src/tools/quiz/share-code';
import { allQuestions } from '../../../src/tools/quiz/state';
import { leaning, loadQuestions, quizContent, tinyModel } from '../../support/quiz-model';

const model = loadQuestions();
const total = allQuestions(model).length;
const strategic = leaning(model, 'strategic', 'middle');
const QUIZ_KEY = 'upproach:quiz:v1';
const PURPOSE_KEY = 'upproach:purpose:v1';

/** A page load: the stores read what localStorage holds, then the island renders (at heading level `level`). */
async function open(m: QuizModel = model, level: 2 | 3 = 2) {
  vi.resetModules();
  const { default: QuizIsland } = await import('../../../src/tools/quiz/QuizIsland');
  return render(<QuizIsland content={quizContent(m)} headingLevel={level} />);
}

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/tools/purpose-quiz/');
});
afterEach(() => cleanup());

describe('QuizIsland', () => {
  it('renders the intro on the server, without data-hydrated, and lists the five purposes once hydrated', async () => {
    const { default: QuizIsland } = await import('../../../src/tools/quiz/QuizIsland');
    const html = renderToString(<QuizIsland content={quizContent()} headingLevel={2} />);
    expect(html).toContain('data-screen="intro"');
    expect(html).not.toContain('data-hydrated');
    await open();
    expect(await screen.findByRole('button', { name: 'Start the quiz' })).toBeEnabled();
    expect(document.querySelector('.quiz')).toHaveAttribute('data-hydrated', 'true');
    expect([...document.querySelectorAll('.quiz-purposes strong')].map((el) => el.textContent)).toEqual([
      'Social network:',
      'Career/Business Opportunity network:',
      'Resource/Operational network:',
      'Strategic/Perspective network:',
      'Personal Brand network:',
    ]);
  });

  it('asks one question at a time, then the review, then shows the whole result in the render of the click', async () => {
    const user = userEvent.setup();
    await open();
    await user.click(await screen.findByRole('button', { name: 'Start the quiz' }));
    expect(document.activeElement?.tagName).toBe('LEGEND');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Choose an answer to continue.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: new RegExp(`Question 1 of ${total}`) })).toHaveAttribute(
      'aria-describedby',
      expect.stringContaining('error'),
    );
    for (const q of allQuestions(model)) {
      await user.click(screen.getByRole('radio', { name: q.answers.find((a) => a.id === strategic[q.id])!.text }));
      await user.click(screen.getByRole('button', { name: /^Next/ }));
    }
    expect(screen.getByRole('heading', { name: 'Check your answers' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: /^Change answer 3:/ }));
    expect(screen.getByRole('group', { name: /Question 3 of/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to the review' }));
    expect(JSON.parse(localStorage.getItem(QUIZ_KEY)!)).toEqual({
      v: 1,
      started: true,
      step: total,
      answers: strategic,
    });

    // one render, no waiting: the heading, the five percentages and the advice are there at once
    act(() => screen.getByRole('button', { name: 'See my result' }).click());
    expect(
      screen.getByRole('heading', { name: 'Your network is mainly a Strategic/Perspective network' }),
    ).toHaveFocus();
    const percents = [...document.querySelectorAll('.quiz-bar-value')].map((el) =>
      Number(el.textContent!.replace('%', '')),
    );
    expect(percents).toHaveLength(5);
    expect(percents.reduce((a, b) => a + b)).toBe(100);
    expect(screen.getByText('Who belongs in it')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Read about the Strategic\/Perspective network/ })).toHaveAttribute(
      'href',
      '/articles/is-there-a-purpose-behind-your-networking/#strategic-or-perspective-network',
    );
    expect(screen.getByText('Result: Your network is mainly a Strategic/Perspective network.')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|undefined|Infinity|\{\w+\}/);
    expect(localStorage.getItem(PURPOSE_KEY)).toBe('{"v":1,"purpose":"strategic"}');

    // the link offered first is the leading purpose's preview page; the words beside both buttons say what each reveals
    const copy = screen.getByRole('button', { name: 'Copy link to my result' });
    expect(copy).toHaveAccessibleDescription(/Both links open your whole result/);
    expect(copy).toHaveAccessibleDescription(/names your purpose, Strategic\/Perspective, in the address/);
    expect(screen.getByRole('button', { name: 'Copy a link without my purpose' })).toHaveAccessibleDescription(
      /anyone who opens either sees every purpose’s share and all the advice.*leaves it out of both/,
    );
    await user.click(copy);
    const link = screen.getByLabelText('Link to your result');
    expect(link).toHaveValue(`${location.origin}/tools/purpose-quiz/strategic/#${encodeShare(model, strategic)}`);
    await user.click(screen.getByRole('button', { name: 'Copy a link without my purpose' }));
    await vi.waitFor(() =>
      expect(link).toHaveValue(`${location.origin}/tools/purpose-quiz/#${encodeShare(model, strategic)}`),
    );
  }, 20_000); // fourteen questions clicked through: slow on a busy machine, not a timing check

  it('in an article, a two-way tie names both purposes, explains the tie, answers the six questions for each and asks which to plan for', async () => {
    // social 3 and strategic 3: an exact tie; they need different inviting strategies, and the reader invites anyone
    localStorage.setItem(
      QUIZ_KEY,
      JSON.stringify({ v: 1, started: true, step: 4, answers: { inviting: 'open', q1: 'a', q2: 'b' } }),
    );
    await open(tinyModel, 3);
    expect(
      await screen.findByRole('heading', {
        level: 3,
        name: 'Your network has two main purposes: your Social network and Strategic/Perspective network',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^These two purposes have shares within 3 percentage points of each other/),
    ).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Share' })).toBeInTheDocument();
    for (const name of ['Social', 'Strategic/Perspective'])
      expect(
        screen.getByRole('heading', { level: 4, name: `Your ${name} network: the six questions answered` }),
      ).toBeInTheDocument();
    expect(document.querySelector('[data-fit="notFit"]')).toHaveTextContent(
      /Your Social network works best when you invite only people you know well\. Your Strategic\/Perspective network works best when you invite people selectively/,
    );
    expect(document.querySelector('[data-recommendation="segment"]')).toBeInTheDocument();
    // nothing chosen until the reader chooses: the request to choose is not printed
    const group = screen.getByRole('group', { name: 'Which purpose do you want to plan for?' });
    for (const radio of within(group).getAllByRole('radio')) expect(radio).not.toBeChecked();
    expect(screen.getByText(/^Choose below which one/)).toHaveClass('no-print');
    await userEvent.click(within(group).getByRole('radio', { name: 'Strategic/Perspective network' }));
    expect(localStorage.getItem(PURPOSE_KEY)).toBe('{"v":1,"purpose":"strategic"}');
    // the choice is said (and printed) under the tie
    const choice = screen.getByText(/^You plan for your Strategic\/Perspective network/);
    expect(choice).not.toHaveClass('no-print');
    expect(screen.getByText('(set to Strategic/Perspective)')).toBeInTheDocument();
  });

  it('focuses the heading of a shared result, or of a broken link, opened on load', async () => {
    const code = encodeShare(model, strategic)!;
    history.replaceState(null, '', `/tools/purpose-quiz/#${code}`);
    await open();
    const headline = await screen.findByRole('heading', { name: /mainly a Strategic\/Perspective/ });
    await vi.waitFor(() => expect(headline).toHaveFocus());
    expect(screen.getByText(/Someone shared this result with you/)).toBeInTheDocument();
    cleanup();
    history.replaceState(null, '', `/tools/purpose-quiz/#${code.replace('v1.', 'v9.')}`);
    await open();
    const problem = await screen.findByRole('heading', { name: 'This result link can’t be used' });
    await vi.waitFor(() => expect(problem).toHaveFocus());
  });

  it('renders hostile text from content as text', async () => {
    const hostile = {
      ...model,
      strategyQuestion: { ...model.strategyQuestion, prompt: '<img src=x onerror="alert(1)">Who?' },
    };
    const { container } = await open(hostile);
    await userEvent.click(await screen.findByRole('button', { name: 'Start the quiz' }));
    expect(screen.getByText('<img src=x onerror="alert(1)">Who?')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('after See my result in a tie the other tools are told of the tie, until the reader chooses', async () => {
    localStorage.setItem(
      QUIZ_KEY,
      JSON.stringify({ v: 1, started: true, step: 3, answers: { inviting: 'open', q1: 'a', q2: 'b' } }),
    );
    await open(tinyModel);
    await userEvent.click(await screen.findByRole('button', { name: 'See my result' }));
    expect(JSON.parse(localStorage.getItem(PURPOSE_KEY)!)).toEqual({
      v: 1,
      purpose: 'social',
      tied: ['social', 'strategic'],
    });
    expect(screen.getByText('(it shows your tie between Social and Strategic/Perspective)')).toBeInTheDocument();
  });

  it('Take the quiz yourself, from a friend’s preview link: the tool’s own address and title, focus on the new screen’s heading', async () => {
    const code = encodeShare(model, strategic)!;
    history.replaceState(null, '', `/tools/purpose-quiz/strategic/#${code}`);
    document.title = 'My networking purpose: Strategic/Perspective · UPPROACH';
    await open();
    await screen.findByRole('heading', { name: /mainly a Strategic\/Perspective/ });
    expect(document.querySelector('.quiz')).toHaveAttribute('data-preview', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Take the quiz yourself' }));
    const heading = screen.getByRole('heading', { name: 'The five purposes the quiz measures' });
    expect(heading).toHaveFocus();
    expect(location.pathname + location.hash).toBe('/tools/purpose-quiz/');
    expect(document.title).toBe('Networking purpose quiz · UPPROACH');
    expect(document.querySelector('.quiz')).not.toHaveAttribute('data-preview');
  });

  it('Show my result, from a shared result: focus on the reader’s own result heading', async () => {
    localStorage.setItem(
      QUIZ_KEY,
      JSON.stringify({ v: 1, started: true, step: 4, answers: { inviting: 'close', q1: 'a', q2: 'a' } }),
    );
    history.replaceState(
      null,
      '',
      `/tools/purpose-quiz/#${encodeShare(tinyModel, { inviting: 'open', q1: 'b', q2: 'c' })}`,
    );
    await open(tinyModel);
    await screen.findByText(/Someone shared this result with you/);
    await userEvent.click(screen.getByRole('button', { name: 'Show my result' }));
    expect(screen.getByRole('heading', { name: 'Your network is mainly a Social network' })).toHaveFocus();
  });

  it('Change an answer, from the result: the review with every answer kept, its heading focused', async () => {
    const answers = { inviting: 'close', q1: 'a', q2: 'a' };
    localStorage.setItem(QUIZ_KEY, JSON.stringify({ v: 1, started: true, step: 4, answers }));
    await open(tinyModel);
    await userEvent.click(await screen.findByRole('button', { name: 'Change an answer' }));
    expect(screen.getByRole('heading', { name: 'Check your answers' })).toHaveFocus();
    expect(JSON.parse(localStorage.getItem(QUIZ_KEY)!)).toMatchObject({ step: 3, answers });
  });
});
