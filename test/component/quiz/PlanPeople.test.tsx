// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { atom } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NetworkId } from '../../../src/purposes/networks';
import { newPerson } from '../../../src/tools/people/person';
import type { StoredPeople } from '../../../src/tools/people/reader';
import { FIRST_SHOWN, PlanPeople, type PlanPeopleProps } from '../../../src/tools/quiz/PlanPeople';
import { encodeShare } from '../../../src/tools/quiz/share-code';
import { allQuestions } from '../../../src/tools/quiz/state';
import { leaning, loadQuestions, quizContent, threeWayTieAnswers } from '../../support/quiz-model';

const model = loadQuestions();
const questions = allQuestions(model);
const threeWayTie = threeWayTieAnswers(model);
const person = (name: string, networks: NetworkId[]) => newPerson(name, 0, { name, networks });

/** A page load with `answers` on the result: the quiz as its own page draws it, with the people `$stored` holds. */
async function open(answers: Record<string, string>, stored: StoredPeople | null) {
  localStorage.setItem(
    'upproach:quiz:v1',
    JSON.stringify({ v: 1, started: true, step: questions.length + 1, answers }),
  );
  vi.resetModules();
  const { default: QuizIsland } = await import('../../../src/tools/quiz/QuizIsland');
  const $stored = atom(stored);
  const People = (plan: PlanPeopleProps) => <PlanPeople {...plan} $stored={$stored} peopleHref="/tools/your-people/" />;
  const view = render(<QuizIsland content={quizContent(model)} headingLevel={2} planPeople={People} />);
  await waitFor(() => expect(document.querySelector('.quiz-headline')).not.toBeNull());
  return { $stored, view };
}

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/tools/purpose-quiz/');
});
afterEach(() => cleanup());

describe('the quiz result with Your people', () => {
  it('counts the people in each network of the plan and lists, first few and then all, those in two it keeps apart', async () => {
    const user = userEvent.setup();
    const apart = ['Zoë Brand', 'Ana Both', 'Bo Both', 'Cy Both', 'Di Both', 'Ed Both', 'Fay Both'];
    const people = [
      ...apart.map((name, i) => person(name, i === 0 ? ['social', 'brand', 'strategic'] : ['social', 'strategic'])),
      person('Only Social', ['social']),
      person('Career only', ['career']),
      person('Nowhere', []),
    ];
    await open(threeWayTie, { people, cadences: {}, self: null });
    const part = document.querySelector<HTMLElement>('.quiz-plan .quiz-people')!;
    expect(within(part).getByRole('heading', { level: 4, name: 'Your people in this plan' })).toBeInTheDocument();
    expect([...part.querySelectorAll('[data-segment-count]')].map((li) => li.textContent)).toEqual([
      'Social network: 8 people',
      'Strategic/Perspective network: 7 people',
      'Personal Brand network: 1 person',
    ]);
    expect(part).toHaveTextContent('7 people sit in two networks this plan keeps apart.');
    const listed = () => [...part.querySelectorAll('.quiz-people-apart li')].map((li) => li.textContent);
    // sorted by name; Zoë in three networks, each kept apart from another under separate networks
    expect(listed().slice(0, FIRST_SHOWN)).toEqual([
      'Ana Both: Social and Strategic/Perspective',
      'Bo Both: Social and Strategic/Perspective',
      'Cy Both: Social and Strategic/Perspective',
      'Di Both: Social and Strategic/Perspective',
      'Ed Both: Social and Strategic/Perspective',
    ]);
    const all = within(part).getByText('Show all 7');
    expect(within(part).getByText('and 2 people more (see Your people).')).toHaveClass('print-only');
    await user.click(all);
    expect(listed().slice(FIRST_SHOWN)).toEqual([
      'Fay Both: Social and Strategic/Perspective',
      'Zoë Brand: Social, Strategic/Perspective, and Personal Brand',
    ]);
    expect(within(part).getByRole('link', { name: 'Your people' })).toHaveAttribute('href', '/tools/your-people/');
  });

  it('names nobody where the plan keeps no two networks apart (one network, kept focused)', async () => {
    await open(leaning(model, 'brand', 'open'), {
      people: [person('Sam Lee', ['brand', 'social']), person('Ama Mensah', ['brand'])],
      cadences: {},
      self: null,
    });
    const part = document.querySelector('.quiz-people')!;
    expect([...part.querySelectorAll('[data-segment-count]')].map((li) => li.textContent)).toEqual([
      'Personal Brand network: 2 people',
    ]);
    expect(part.querySelector('.quiz-people-apart')).toBeNull();
  });

  it('shows nothing before the people are read or with nobody stored, then appears when they are', async () => {
    const { $stored } = await open(threeWayTie, null);
    expect(document.querySelector('.quiz-people')).toBeNull();
    act(() => $stored.set({ people: [], cadences: {}, self: null }));
    expect(document.querySelector('.quiz-people')).toBeNull();
    act(() => $stored.set({ people: [person('Sam Lee', ['social', 'brand'])], cadences: {}, self: null }));
    expect(document.querySelector('.quiz-people-apart li')).toHaveTextContent('Sam Lee: Social and Personal Brand');
  });

  it('isolates each name (<bdi>), so a right-to-left name keeps the colon and networks after it', async () => {
    await open(threeWayTie, { people: [person('ليلى حداد', ['social', 'brand'])], cadences: {}, self: null });
    const item = document.querySelector('.quiz-people-apart li')!;
    expect(item.querySelector('bdi')).toHaveTextContent(/^ليلى حداد$/);
    expect(item).toHaveTextContent('ليلى حداد: Social and Personal Brand');
  });

  it('never shows the reader’s people under a result opened from someone else’s link', async () => {
    history.replaceState(null, '', `/tools/purpose-quiz/#${encodeShare(model, threeWayTie)}`);
    await open(threeWayTie, { people: [person('Sam Lee', ['social', 'brand'])], cadences: {}, self: null });
    expect(screen.getByText(/Someone shared this result with you/)).toBeInTheDocument();
    expect(document.querySelector('.quiz-plan')).not.toBeNull();
    expect(document.querySelector('.quiz-people')).toBeNull();
  });
});
