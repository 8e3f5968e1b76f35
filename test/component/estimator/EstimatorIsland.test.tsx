// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import EstimatorIsland from '../../../src/tools/estimator/EstimatorIsland';
import { $estimatorView, dismissEstimatorNotice, resetEstimator, setField } from '../../../src/tools/estimator/store';
import { clearSharedPurpose, setSharedPurpose } from '../../../src/purposes/store';
import { loadContent } from '../../support/estimator-content';

const content = loadContent();
const { layers, words: copy } = content;
const KEY = 'upproach:estimator:v1';
const PURPOSE_KEY = 'upproach:purpose:v1';

const estimator = <EstimatorIsland content={content} headingLevel={2} />;

function renderEstimator() {
  return render(estimator);
}

/** the inline message announced for a field: found through the input's aria-describedby */
function messageFor(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('est-error'));
  expect(error, 'an error element linked by aria-describedby').toBeInTheDocument();
  expect(error!.getAttribute('aria-live')).toBe('polite');
  return error!.textContent ?? '';
}

/** the text an element's aria-describedby points to */
function describedBy(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  expect(ids.length, 'aria-describedby').toBeGreaterThan(0);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function change(input: HTMLElement, value: string) {
  fireEvent.input(input, { target: { value } });
}

/**
 * Pasting text into a number input: browsers keep the text on screen, report the value as ''
 * and set validity.badInput (happy-dom only empties it, so the flag is set by hand here).
 */
function pasteText(input: HTMLElement) {
  Object.defineProperty(input, 'validity', { configurable: true, value: { badInput: true } });
  fireEvent.input(input, { target: { value: '' } });
  Object.defineProperty(input, 'validity', { configurable: true, value: { badInput: false } });
}

beforeEach(() => {
  // happy-dom's localStorage refuses `delete` of a missing key: make sure they exist first
  localStorage.setItem(KEY, '{}');
  localStorage.setItem(PURPOSE_KEY, '{}');
  resetEstimator();
  clearSharedPurpose();
  dismissEstimatorNotice();
  localStorage.clear();
});
afterEach(() => cleanup());

describe('EstimatorIsland', () => {
  it('renders the three steps with labelled number inputs and units', () => {
    renderEstimator();
    expect(screen.getByRole('heading', { level: 2, name: /1\. Your network today/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /2\. The network your purpose needs/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /3\. How far a message travels/ })).toBeInTheDocument();
    const support = screen.getByLabelText('1. Support clique') as HTMLInputElement;
    expect(support.type).toBe('number');
    expect(support.min).toBe('0');
    expect(support.max).toBe('100');
    expect(support.getAttribute('aria-describedby')).toMatch(/unit/);
    expect(screen.getByText(/Not enough information yet/)).toBeInTheDocument();
  });

  it('adds up the circles as the reader types and compares them with Dunbar’s layers', async () => {
    renderEstimator();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('1. Support clique'), '5');
    await user.type(screen.getByLabelText('4. Meaningful contacts'), '100');
    expect(screen.getByText('Your circles add up to 105 people.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Dunbar’s typical layers/ });
    const row = within(table).getByRole('row', { name: /Meaningful contacts/ });
    expect(row.textContent).toContain('105');
    expect(row.textContent).toContain('150');
    expect(row.textContent).toContain('close to typical');
  });

  it('keeps each layer’s numbers on its own row when editors swap `order`', () => {
    const swapped = layers.map((l) =>
      l.id === 'support' ? { ...l, order: 2 } : l.id === 'sympathy' ? { ...l, order: 1 } : l,
    );
    render(<EstimatorIsland content={{ ...content, layers: swapped }} headingLevel={2} />);
    change(screen.getByLabelText('2. Support clique'), '4');
    change(screen.getByLabelText('1. Sympathy group'), '10');
    const table = screen.getByRole('table', { name: /Dunbar’s typical layers/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-layer'))).toEqual([
      'sympathy',
      'support',
      'affinity',
      'active',
      'acquaintances',
    ]);
    expect(within(table).getByRole('row', { name: /Support clique/ }).textContent).toBe(
      'Support clique45close to typical',
    );
    expect(within(table).getByRole('row', { name: /Sympathy group/ }).textContent).toBe(
      'Sympathy group1415close to typical',
    );
  });

  it('gives the worked example with the name method and shows the working', () => {
    renderEstimator();
    fireEvent.click(screen.getByLabelText('How many people do you know named …?'));
    change(screen.getByLabelText('Michael'), '20');
    expect(screen.getByText('You know about 259 people.')).toBeInTheDocument();
    expect(screen.getByText(/250,000,000 people × 20 you know ÷ 19,285,000/)).toBeInTheDocument();
    expect(screen.getByText(/about 290 for 1,370/)).toBeInTheDocument();
    expect(screen.getByText(/US figures from around 1990/)).toBeInTheDocument();
  });

  it.each([
    ['', /Enter a number \(0 if none\)/],
    ['-4', /can’t be negative/],
    ['2.5', /whole number/],
    ['999999999', /up to 100 people/],
    ['pasted text', /digits only/],
    // (the results used to keep the last valid number; they now wait for the field and say which)
  ])('shows a message for %j next to the field and the results wait for it', (value, message) => {
    renderEstimator();
    const support = screen.getByLabelText('1. Support clique');
    change(support, '5');
    expect(screen.getByText('Your circles add up to 5 people.')).toBeInTheDocument();
    if (value === 'pasted text') pasteText(support);
    else change(support, value);
    expect(messageFor(support)).toMatch(message);
    expect(support.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText('Your circles add up to 5 people.')).toBeNull();
    expect(screen.getAllByText('Waiting for a valid number in “1. Support clique”.').length).toBeGreaterThan(0);
    expect(screen.getByText(/The results that use them wait until they are fixed/)).toBeInTheDocument();
    change(support, '6');
    expect(messageFor(support)).toBe('');
    expect(support.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByText('Your circles add up to 6 people.')).toBeInTheDocument();
    expect(screen.queryByText(/wait until they are fixed/)).toBeNull();
  });

  it('says which numbers it accepts when the browser cannot read the text (pasted words, 1e309)', () => {
    renderEstimator();
    const support = screen.getByLabelText('1. Support clique');
    pasteText(support);
    expect(messageFor(support)).toBe('Use digits only: enter a number from 0 to 100 people.');
    const overlap = screen.getByLabelText('Overlap between networks');
    pasteText(overlap);
    expect(messageFor(overlap)).toBe('Use digits only: enter a number from 0 to 100%.');
  });

  it.each([
    [
      'deleting it (an input event with the same empty value)',
      (input: HTMLElement) => fireEvent.input(input, { target: { value: '' } }),
    ],
    ['a key released', (input: HTMLElement) => fireEvent.keyUp(input, { key: 'Backspace' })],
    ['leaving the field', (input: HTMLElement) => fireEvent.blur(input)],
  ])('clearing unreadable text gives the empty-field message, caught by %s', (_, clear) => {
    renderEstimator();
    const support = screen.getByLabelText('1. Support clique');
    change(support, '5');
    // the browser holds text it cannot read; its value is '' before and after the reader clears it
    pasteText(support);
    expect(messageFor(support)).toMatch(/digits only/);
    clear(support);
    expect(messageFor(support)).toBe('Enter a number (0 if none).');
    expect(support.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText('Your circles add up to 5 people.')).toBeNull();
  });

  it('leaves a saved unreadable number’s message alone when the field is only focused and left', () => {
    setField('layer.support', 'NaN');
    renderEstimator();
    const support = screen.getByLabelText('1. Support clique');
    fireEvent.focus(support);
    fireEvent.keyUp(support, { key: 'Tab' });
    fireEvent.blur(support);
    expect(messageFor(support)).toMatch(/digits only/);
  });

  // (lowering the connections used to turn the untouched Hubs field red; the message is now on
  // the field the reader changed)
  it('refuses more hubs than connections, on the field the reader changed', () => {
    renderEstimator();
    const first = screen.getByLabelText('Your first-degree connections');
    change(first, '0');
    const hubs = screen.getByLabelText('Hubs who pass it on');
    expect(messageFor(hubs)).toBe('');
    expect(hubs.getAttribute('aria-invalid')).toBeNull();
    expect(messageFor(first)).toBe('Your hubs are among these connections: enter at least 2, or fewer hubs.');
    change(hubs, '3');
    expect(messageFor(first)).toBe('');
    expect(messageFor(hubs)).toMatch(/among your first-degree connections: enter up to 0/);
    expect(screen.getAllByText('Waiting for a valid number in “Hubs who pass it on”.').length).toBeGreaterThan(0);
  });

  it('says when the purpose comes from the quiz and compares the estimate with it', () => {
    setSharedPurpose('brand');
    renderEstimator();
    expect(screen.getByText(/the purpose from your quiz result/)).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText('How many people do you know named …?'));
    change(screen.getByLabelText('Michael'), '20');
    expect(
      screen.getByText(
        /Your estimate of 259 people is smaller than a Personal Brand network needs \(about 500 to 30,000 people\)/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Next steps' })).toBeInTheDocument();
  });

  it('offers a selector when the quiz was not taken', async () => {
    renderEstimator();
    expect(screen.getByText(/have not taken the/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'purpose quiz' }).getAttribute('href')).toBe('/tools/purpose-quiz/');
    change(screen.getByLabelText('1. Support clique'), '5');
    change(screen.getByLabelText('2. Sympathy group'), '10');
    change(screen.getByLabelText('3. Good friends and close colleagues'), '20');
    fireEvent.change(screen.getByLabelText('Your networking purpose'), { target: { value: 'strategic' } });
    expect(screen.getByText(/chosen here/)).toBeInTheDocument();
    // a Strategic/Perspective network (about 5 to 15, the purpose model) draws on the two inner circles
    expect(
      screen.getByText(
        /Your circles up to “Sympathy group” hold 15 people: about right for a Strategic\/Perspective network/,
      ),
    ).toBeInTheDocument();
  });

  it('shows reach as numbers, a chart with a text alternative and a table, never NaN', () => {
    renderEstimator();
    expect(screen.getByText(/could reach about 140,000 people within three steps/)).toBeInTheDocument();
    // the chart's accessible name is its caption (role and name, as assistive technology sees it)
    const chart = screen.getByRole('img', { name: /^People reached within 1, 2 and 3 steps, on a logarithmic scale/ });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(screen.getByRole('table', { name: /Reach of a message/ })).toBeInTheDocument();
    change(screen.getByLabelText('Overlap between networks'), '100');
    expect(screen.getByText(/could reach about 150 people within three steps/)).toBeInTheDocument();
    for (const value of ['', '-1', '1e400', 'x', '0']) {
      for (const label of [
        'Your first-degree connections',
        'Connections of a typical contact',
        'Audience ceiling',
        'People who pass it on',
      ]) {
        change(screen.getByLabelText(label), value);
      }
      expect(document.body.textContent, `every reach field set to ${JSON.stringify(value)}`).not.toMatch(
        /NaN|Infinity|undefined/,
      );
    }
  });

  it('treats hostile text from storage or elsewhere as a bad number, never as markup', () => {
    setField('layer.support', '<img src=x onerror=alert(1)>');
    setField('name.james', '"><script>alert(1)</script>');
    renderEstimator();
    expect(document.querySelector('img, script')).toBeNull();
    expect(messageFor(screen.getByLabelText('1. Support clique'))).toMatch(/digits only/);
    expect(document.body.textContent).not.toMatch(/NaN|undefined/);
  });

  it('clears the numbers on request, after a confirmation, and says so', async () => {
    renderEstimator();
    change(screen.getByLabelText('1. Support clique'), '5');
    fireEvent.click(screen.getByRole('button', { name: 'Clear my numbers' }));
    // nothing is cleared yet: Cancel keeps the numbers and returns to the button
    expect($estimatorView.get().today).toBe(5);
    const confirm = screen.getByRole('group', { name: 'Clear my numbers' });
    expect(within(confirm).getByText(/cannot be undone/)).toBeInTheDocument();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect($estimatorView.get().today).toBe(5);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Clear my numbers' })));
    fireEvent.click(screen.getByRole('button', { name: 'Clear my numbers' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear my numbers' }));
    expect(screen.getByText(/Not enough information yet/)).toBeInTheDocument();
    expect($estimatorView.get().today).toBeNull();
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(
      'Your numbers were cleared from this browser.',
    );
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Clear my numbers' })));
  });

  it('announces one summary per part, and describes each group of fields by its hint', () => {
    renderEstimator();
    const live = [...document.querySelectorAll('[aria-live]')].filter((el) => !el.classList.contains('est-error'));
    expect(live.map((el) => el.getAttribute('data-result'))).toEqual(['circles', 'purpose', 'reach']);
    expect(live.every((el) => el.getAttribute('aria-live') === 'polite')).toBe(true);
    expect(document.querySelectorAll('.est-stale[role], [data-result] [aria-live]')).toHaveLength(0);
    const circles = screen.getByRole('group', { name: 'How many people are in each circle?' });
    expect(describedBy(circles)).toMatch(/^Count each person once/);
    const summary = document.querySelector('[data-result="circles"]');
    fireEvent.click(screen.getByLabelText('How many people do you know named …?'));
    // the same region carries the other method's summary
    expect(document.querySelector('[data-result="names"]')).toBe(summary);
    const names = screen.getByRole('group', { name: 'How many people do you know named …?' });
    expect(describedBy(names)).toMatch(/^For each first name, count the people you know who have it/);
    // the question itself is the radio's label and the legend: the hint does not repeat it
    expect(describedBy(names)).not.toMatch(/How many people do you know/);
  });

  it('renders its controls switched off on the server, and says results update as you type only once they work', () => {
    const server = document.createElement('div');
    server.innerHTML = renderToString(estimator);
    const controls = [...server.querySelectorAll('input, select, button')];
    expect(controls.length).toBeGreaterThanOrEqual(14);
    const off = (c: Element) => c.hasAttribute('disabled');
    expect(controls.filter((c) => !off(c)).map((c) => c.outerHTML)).toEqual([]);
    expect(server.querySelector('.est-intro')!.textContent).toBe(copy.intro);
    expect(server.textContent).not.toContain(copy.ui.introLive);
    // in the browser, once hydrated, every control works and the intro says so
    renderEstimator();
    const live = [...document.querySelectorAll('.estimator input, .estimator select, .estimator button')];
    expect(live.length).toBe(controls.length);
    expect(live.filter(off)).toEqual([]);
    expect(document.querySelector('.est-intro')!.textContent).toBe(`${copy.intro} ${copy.ui.introLive}`);
  });

  it('gives the audience ceiling the wide input, and only it', () => {
    renderEstimator();
    const wide = [...document.querySelectorAll('input.est-wide')];
    expect(wide).toEqual([screen.getByLabelText('Audience ceiling')]);
  });

  it('says when the step 1 estimate is capped at the connection limit, and copies the limit', () => {
    renderEstimator();
    fireEvent.click(screen.getByLabelText('How many people do you know named …?'));
    for (const input of screen
      .getByRole('group', { name: 'How many people do you know named …?' })
      .querySelectorAll('input'))
      change(input, '500');
    expect(screen.getByText('You know about 77,781 people.')).toBeInTheDocument();
    fireEvent.click(
      screen.getByRole('button', { name: 'Use my step 1 estimate, capped at the 30,000 limit, as my connections' }),
    );
    expect((screen.getByLabelText('Your first-degree connections') as HTMLInputElement).value).toBe('30000');
  });

  it('writes a count of one person in the singular', () => {
    renderEstimator();
    change(screen.getByLabelText('Audience ceiling'), '1');
    expect(
      screen.getByText('In this rough model, a message could reach about 1 person within three steps.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/^The audience ceiling of 1 person limits this result/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/\b1 people\b/);
  });

  it('states that the “close to typical” band is the site’s choice', () => {
    renderEstimator();
    expect(screen.getByText(/presentation choice, not a research finding/)).toBeInTheDocument();
  });
});
