// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearSharedPurpose, setSharedPurpose } from '../../../src/purposes/store';
import EstimatorIsland from '../../../src/tools/estimator/EstimatorIsland';
import { initialFields } from '../../../src/tools/estimator/model';
import { initialState } from '../../../src/tools/estimator/state';
import { $estimator } from '../../../src/tools/estimator/store';
import { words } from '../../../src/tools/estimator/words';
import { loadContent } from '../../support/estimator-content';

const estimator = <EstimatorIsland content={loadContent()} headingLevel={2} />;
const field = (label: string) => screen.getByLabelText(label, { exact: true });
const type = (input: HTMLElement, value: string) => fireEvent.input(input, { target: { value } });
const summary = (part: string) => document.querySelector(`[data-result="${part}"]`)!.textContent;

/** the text of what an element's aria-describedby points to, by class */
function described(element: HTMLElement, className?: string): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const found = ids
    .map((id) => document.getElementById(id)!)
    .filter((el) => !className || el.classList.contains(className));
  expect(found.length, 'aria-describedby').toBeGreaterThan(0);
  return found.map((el) => el.textContent).join(' ');
}
const messageFor = (input: HTMLElement) => described(input, 'est-error');

/** Pasting text into a number input: the browser shows it, reports '' and sets validity.badInput. */
function paste(input: HTMLElement) {
  Object.defineProperty(input, 'validity', { configurable: true, value: { badInput: true } });
  fireEvent.input(input, { target: { value: '' } });
  Object.defineProperty(input, 'validity', { configurable: true, value: { badInput: false } });
}

beforeEach(() => {
  $estimator.set(initialState);
  clearSharedPurpose();
});
afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('EstimatorIsland', () => {
  it('renders its controls switched off on the server, and the same intro there as once hydrated (nothing moves)', () => {
    const server = document.createElement('div');
    server.innerHTML = renderToString(estimator);
    const controls = [...server.querySelectorAll('input, select, button')];
    expect(controls.length).toBeGreaterThanOrEqual(14);
    expect(controls.filter((c) => !c.hasAttribute('disabled')).map((c) => c.outerHTML)).toEqual([]);
    // "update as you type" is in the part hidden without JavaScript (estimator.css)
    expect(server.querySelector('.est-intro .est-needs-js')!.textContent).toBe(words.introLive);
    const intro = server.querySelector('.est-intro')!.textContent;
    render(estimator);
    expect(document.querySelectorAll('.estimator :disabled')).toHaveLength(0);
    expect(document.querySelector('.est-intro .est-needs-js')!.textContent).toBe(words.introLive);
    expect(document.querySelector('.est-intro')!.textContent).toBe(intro);
  });

  it('renders three steps of labelled number inputs, each with its unit and range; only the ceiling is wide', () => {
    render(estimator);
    for (const name of ['1. Your network today', '2. The network your purpose needs', '3. How far a message travels'])
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    const support = field('1. Support clique') as HTMLInputElement;
    expect([support.type, support.min, support.max]).toEqual(['number', '0', '100']);
    expect(described(support)).toBe('people, 0–100 People you would call in a crisis. ');
    expect([...document.querySelectorAll('input.est-wide')]).toEqual([field('Audience ceiling')]);
  });

  it('adds up the circles as the reader types and compares them with Dunbar’s layers', async () => {
    render(estimator);
    const user = userEvent.setup();
    await user.type(field('1. Support clique'), '5');
    await user.type(field('4. Meaningful contacts'), '100');
    expect(summary('circles')).toBe('Your circles add up to 105 people.');
    const table = screen.getByRole('table', { name: /Dunbar’s typical layers/ });
    expect(within(table).getByRole('row', { name: /Meaningful contacts/ }).textContent).toBe(
      'Meaningful contacts105150close to typical',
    );
  });

  it.each([
    ['', /Enter a number \(0 if none\)/],
    ['-4', /can’t be negative/],
    ['2.5', /whole number/],
    ['999999999', /up to 100 people/],
    ['pasted text', /^Use digits only: enter a number from 0 to 100 people\.$/],
  ])('shows a message for %j next to the field, and the results wait for it', (value, message) => {
    render(estimator);
    const support = field('1. Support clique');
    type(support, '5');
    if (value === 'pasted text') paste(support);
    else type(support, value);
    expect(messageFor(support)).toMatch(message);
    expect(support.getAttribute('aria-invalid')).toBe('true');
    expect(summary('circles')).toBe('Waiting for a valid number in “1. Support clique”.');
    expect(screen.getByText(/The results that use them wait until they are fixed/)).toBeInTheDocument();
    type(support, '6');
    expect(messageFor(support)).toBe('');
    expect(support.getAttribute('aria-invalid')).toBeNull();
    expect(summary('circles')).toBe('Your circles add up to 6 people.');
    expect(screen.queryByText(/wait until they are fixed/)).toBeNull();
  });

  it.each([
    ['deleting it (an input event with the same empty value)', (input: HTMLElement) => type(input, '')],
    ['a key released', (input: HTMLElement) => fireEvent.keyUp(input, { key: 'Backspace' })],
    ['leaving the field', (input: HTMLElement) => fireEvent.blur(input)],
  ])('clearing unreadable text gives the empty-field message, caught by %s', (_, clear) => {
    render(estimator);
    const overlap = field('Overlap between networks');
    paste(overlap);
    expect(messageFor(overlap)).toBe('Use digits only: enter a number from 0 to 100%.');
    clear(overlap);
    expect(messageFor(overlap)).toBe('Enter a number (0 if none).');
    expect(overlap.getAttribute('aria-invalid')).toBe('true');
  });

  it('leaves a saved unreadable number’s message alone when the field is only focused and left', () => {
    $estimator.set({ ...initialState, fields: { ...initialFields(), 'layer.support': 'NaN' } });
    render(estimator);
    const support = field('1. Support clique');
    fireEvent.focus(support);
    fireEvent.keyUp(support, { key: 'Tab' });
    fireEvent.blur(support);
    expect(messageFor(support)).toMatch(/digits only/);
  });

  it('treats hostile text from storage as a bad number, never as markup', () => {
    const hostile = { 'layer.support': '<img src=x onerror=alert(1)>', 'name.james': '"><script>alert(1)</script>' };
    $estimator.set({ ...initialState, fields: { ...initialFields(), ...hostile } });
    render(estimator);
    expect(document.querySelector('.estimator img, .estimator script')).toBeNull();
    expect(messageFor(field('1. Support clique'))).toMatch(/digits only/);
  });

  it('refuses more hubs than connections, on the field the reader changed', () => {
    render(estimator);
    const [first, hubs] = [field('Your first-degree connections'), field('Hubs who pass it on')];
    type(first, '0');
    expect([messageFor(first), messageFor(hubs)]).toEqual([
      'Your hubs are among these connections: enter at least 2, or fewer hubs.',
      '',
    ]);
    expect(hubs.getAttribute('aria-invalid')).toBeNull();
    type(hubs, '3');
    expect([messageFor(first), messageFor(hubs)]).toEqual([
      '',
      'Hubs are among your first-degree connections: enter up to 0.',
    ]);
    expect(summary('reach')).toBe('Waiting for a valid number in “Hubs who pass it on”.');
  });

  it('says when the purpose comes from the quiz, compares the estimate with it and gives next steps', async () => {
    setSharedPurpose('brand');
    render(estimator);
    expect(document.querySelector('[data-purpose-source]')!.textContent).toBe(
      'Using Personal Brand, the purpose from your quiz result.',
    );
    fireEvent.click(screen.getByLabelText('How many people do you know named …?'));
    type(field('Michael'), '20');
    // step 1 says how many people the reader knows; step 2 asks who of them serve the purpose
    expect(summary('purpose')).toMatch(/^You have counted nobody for a Personal Brand network yet/);
    type(field('People in your Personal Brand network'), '259');
    expect(summary('purpose')).toBe(
      'You counted 259 people who serve a Personal Brand network; its guidance range is about 500 to 30,000 people, so about 241 more would reach the bottom of it.',
    );
    expect(screen.getByRole('heading', { level: 3, name: 'What to do' })).toBeInTheDocument();
    // another purpose chosen here, then the quiz's again
    fireEvent.change(screen.getByLabelText('Compare with a purpose'), { target: { value: 'social' } });
    expect(document.querySelector('[data-purpose-source]')!.textContent).toBe(
      'Using Social, chosen here (your quiz result is Personal Brand).',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Use my quiz result' }));
    expect(document.querySelector('[data-purpose-source="quiz"]')).toBeInTheDocument();
    // the button is gone: the focus moves to the purpose menu, never to the page
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Compare with a purpose')));
  });

  it('offers a selector and the quiz link when the quiz was not taken', () => {
    render(estimator);
    expect(screen.getByRole('link', { name: 'purpose quiz' }).getAttribute('href')).toBe('/tools/purpose-quiz/');
    fireEvent.change(screen.getByLabelText('Your networking purpose'), { target: { value: 'strategic' } });
    type(field('People in your Strategic/Perspective network'), '8');
    expect(summary('purpose')).toBe(
      'You counted 8 people who serve a Strategic/Perspective network, within its guidance range (about 5 to 15 people).',
    );
  });

  it('says a tie in the quiz result and offers the tied purposes first, applying none until the reader picks', async () => {
    setSharedPurpose('social', ['social', 'brand']);
    render(estimator);
    expect(document.querySelector('[data-purpose-source]')!.textContent).toBe(
      'Your quiz result is a tie between Social and Personal Brand. Choose the one to compare with below.',
    );
    const menu = screen.getByLabelText('Compare with a purpose') as HTMLSelectElement;
    expect(menu.value).toBe('');
    const tied = within(screen.getByRole('group', { name: 'Tied in your quiz result' })).getAllByRole('option');
    expect(tied.map((o) => o.textContent)).toEqual(['Social', 'Personal Brand']);
    expect(summary('purpose')).toBe('Choose one of the tied purposes, or any other, to see what its network needs.');
    expect(screen.queryByLabelText(/^People in your/)).toBeNull();
    fireEvent.change(menu, { target: { value: 'social' } });
    expect(document.querySelector('[data-purpose-source]')!.textContent).toBe(
      'Using Social, chosen here (your quiz result is a tie between Social and Personal Brand).',
    );
    expect(field('People in your Social network')).toBeInTheDocument();
  });

  it('renders on the server no result that asks for numbers: without JavaScript those stay hidden', () => {
    const server = document.createElement('div');
    server.innerHTML = renderToString(estimator);
    for (const part of ['circles', 'purpose']) {
      const answer = server.querySelector(`[data-result="${part}"]`)!;
      expect(answer.textContent).toMatch(/^(Not enough information yet|Choose a purpose)/);
      expect(answer.classList.contains('est-needs-js'), part).toBe(true);
    }
  });

  it('shows reach as a sentence, a chart named by its caption and a table, never NaN', () => {
    render(estimator);
    expect(summary('reach')).toBe(
      'In this rough model, a message could reach about 140,000 people within three steps.',
    );
    expect(screen.getByRole('img', { name: /^People reached within 1, 2, and 3 steps/ }).tagName).toBe('svg');
    expect(screen.getByRole('table', { name: /Reach of a message/ })).toBeInTheDocument();
    for (const value of ['', '-1', '1e400', 'x', '0', '1']) {
      for (const label of ['Your first-degree connections', 'Connections of a typical contact', 'Audience ceiling'])
        type(field(label), value);
      expect(document.body.textContent, value).not.toMatch(/NaN|Infinity|undefined|\b1 people\b/);
    }
  });

  it('copies the step 1 estimate into the connections, capped at the connection limit', () => {
    render(estimator);
    fireEvent.click(screen.getByLabelText('How many people do you know named …?'));
    const names = screen.getByRole('group', { name: 'How many people do you know named …?' });
    for (const input of within(names).getAllByRole('spinbutton')) type(input, '500');
    fireEvent.click(
      screen.getByRole('button', { name: 'Use my step 1 estimate, capped at the 30,000 limit, as my connections' }),
    );
    expect((field('Your first-degree connections') as HTMLInputElement).value).toBe('30000');
  });

  it('announces one summary per part, and describes each group of fields by its hint', () => {
    render(estimator);
    const live = [...document.querySelectorAll('[aria-live]')].filter((el) => !el.classList.contains('est-error'));
    expect(live.map((el) => el.getAttribute('data-result'))).toEqual(['circles', 'purpose', 'reach']);
    const circles = screen.getByRole('group', { name: 'How many people are in each circle?' });
    expect(described(circles)).toMatch(/^Count each person once/);
    fireEvent.click(screen.getByLabelText('How many people do you know named …?'));
    // the same live region carries the other method's summary
    expect(document.querySelector('[data-result="names"]')).toBe(live[0]);
    const names = screen.getByRole('group', { name: 'How many people do you know named …?' });
    expect(described(names)).toMatch(/^For each first name, count the people you know who have it/);
  });

  it('clears the numbers after a confirmation, says so and keeps focus on the button', async () => {
    render(estimator);
    type(field('1. Support clique'), '5');
    const clear = () => screen.getByRole('button', { name: 'Clear my numbers' });
    fireEvent.click(clear());
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(summary('circles')).toBe('Your circles add up to 5 people.');
    fireEvent.click(clear());
    expect(screen.getByText(/cannot be undone/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear my numbers' }));
    expect(summary('circles')).toMatch(/^Not enough information yet/);
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(words.cleared);
    await waitFor(() => expect(document.activeElement).toBe(clear()));
  });
});
