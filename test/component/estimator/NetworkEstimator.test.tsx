// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import NetworkEstimator from '../../../src/components/estimator/NetworkEstimator';
import { $estimatorView, dismissEstimatorRecovered, resetEstimator, setField } from '../../../src/stores/estimator';
import { clearSharedPurpose, setSharedPurpose } from '../../../src/stores/purpose';
import { loadCopy, loadLayers, loadTargets } from '../../unit/estimator/content-fixture';

const layers = loadLayers();
const targets = loadTargets();
const copy = loadCopy();
const KEY = 'upproach:estimator:v1';
const PURPOSE_KEY = 'upproach:purpose:v1';

function renderEstimator() {
  return render(<NetworkEstimator layers={layers} targets={targets} copy={copy} headingLevel={2} quizHref="/tools/purpose-quiz/" />);
}

/** the inline message announced for a field: found through the input's aria-describedby */
function messageFor(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('est-error'));
  expect(error, 'an error element linked by aria-describedby').toBeTruthy();
  expect(error!.getAttribute('aria-live')).toBe('polite');
  return error!.textContent ?? '';
}

function change(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
}

/**
 * Pasting text into a number input: browsers keep the text on screen, report the value as ''
 * and set validity.badInput (happy-dom only empties it, so the flag is set by hand here).
 */
function pasteText(input: HTMLElement) {
  Object.defineProperty(input, 'validity', { configurable: true, value: { badInput: true } });
  fireEvent.change(input, { target: { value: '' } });
  Object.defineProperty(input, 'validity', { configurable: true, value: { badInput: false } });
}

beforeEach(() => {
  // happy-dom's localStorage refuses `delete` of a missing key: make sure they exist first
  localStorage.setItem(KEY, '{}');
  localStorage.setItem(PURPOSE_KEY, '{}');
  resetEstimator();
  clearSharedPurpose();
  dismissEstimatorRecovered();
  localStorage.clear();
});
afterEach(() => cleanup());

describe('NetworkEstimator', () => {
  it('renders the three steps with labelled number inputs and units', () => {
    renderEstimator();
    expect(screen.getByRole('heading', { level: 2, name: /1\. Your network today/ })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: /2\. The network your purpose needs/ })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: /3\. How far a message travels/ })).toBeTruthy();
    const support = screen.getByLabelText('1. Support clique') as HTMLInputElement;
    expect(support.type).toBe('number');
    expect(support.min).toBe('0');
    expect(support.max).toBe('100');
    expect(support.getAttribute('aria-describedby')).toMatch(/unit/);
    expect(screen.getByText(/Not enough information yet/)).toBeTruthy();
  });

  it('adds up the circles as the reader types and compares them with Dunbar’s layers', async () => {
    renderEstimator();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('1. Support clique'), '5');
    await user.type(screen.getByLabelText('4. Meaningful contacts'), '100');
    expect(screen.getByText('Your circles add up to about 105 people.')).toBeTruthy();
    const table = screen.getByRole('table', { name: /Dunbar’s typical layers/ });
    const row = within(table).getByRole('row', { name: /Meaningful contacts/ });
    expect(row.textContent).toContain('105');
    expect(row.textContent).toContain('150');
    expect(row.textContent).toContain('close to typical');
  });

  it('gives the worked example with the name method and shows the working', () => {
    renderEstimator();
    fireEvent.click(screen.getByLabelText('How many people do you know named …?'));
    change(screen.getByLabelText('Michael'), '20');
    expect(screen.getByText('You know about 259 people.')).toBeTruthy();
    expect(screen.getByText(/250,000,000 people × 20 you know ÷ 19,285,000/)).toBeTruthy();
    expect(screen.getByText(/about 290 for 1,370/)).toBeTruthy();
    expect(screen.getByText(/US figures from around 1990/)).toBeTruthy();
  });

  it.each([
    ['', /Enter a number \(0 if none\)/],
    ['-4', /can’t be negative/],
    ['2.5', /whole number/],
    ['999999999', /up to 100 people/],
    ['pasted text', /digits only/],
  ])('shows a message for %j next to the field and keeps the last valid result', (value, message) => {
    renderEstimator();
    const support = screen.getByLabelText('1. Support clique');
    change(support, '5');
    expect(screen.getByText('Your circles add up to about 5 people.')).toBeTruthy();
    if (value === 'pasted text') pasteText(support);
    else change(support, value);
    expect(messageFor(support)).toMatch(message);
    expect(support.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Your circles add up to about 5 people.')).toBeTruthy();
    expect(screen.getByText(/results use your last valid entries/)).toBeTruthy();
    change(support, '6');
    expect(messageFor(support)).toBe('');
    expect(support.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(/results use your last valid entries/)).toBeNull();
  });

  it('refuses more hubs than connections', () => {
    renderEstimator();
    const first = screen.getByLabelText('Your first-degree connections');
    change(first, '1');
    const hubs = screen.getByLabelText('Hubs who pass it on');
    expect(messageFor(hubs)).toMatch(/among your first-degree connections: enter up to 1/);
  });

  it('says when the purpose comes from the quiz and compares the estimate with it', () => {
    setSharedPurpose('brand');
    renderEstimator();
    expect(screen.getByText(/the primary purpose from your quiz result/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('How many people do you know named …?'));
    change(screen.getByLabelText('Michael'), '20');
    expect(screen.getByText(/Your estimate of 259 people is smaller than a Personal Brand network needs \(about 500 to 30,000 people\)/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Next steps' })).toBeTruthy();
  });

  it('offers a selector when the quiz was not taken', async () => {
    renderEstimator();
    expect(screen.getByText(/have not taken the/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'purpose quiz' }).getAttribute('href')).toBe('/tools/purpose-quiz/');
    change(screen.getByLabelText('1. Support clique'), '5');
    change(screen.getByLabelText('2. Sympathy group'), '10');
    change(screen.getByLabelText('3. Good friends and close colleagues'), '20');
    fireEvent.change(screen.getByLabelText('Your networking purpose'), { target: { value: 'strategic' } });
    expect(screen.getByText(/chosen here/)).toBeTruthy();
    expect(screen.getByText(/Your estimate of 35 people is about right for a Strategic\/Perspective network/)).toBeTruthy();
  });

  it('shows reach as numbers, a chart with a text alternative and a table, never NaN', () => {
    renderEstimator();
    expect(screen.getByText(/could reach about 140,000 people within three steps/)).toBeTruthy();
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-labelledby')).toBeTruthy();
    expect(screen.getByRole('table', { name: /Reach of a message/ })).toBeTruthy();
    change(screen.getByLabelText('Overlap between networks'), '100');
    expect(screen.getByText(/could reach about 150 people within three steps/)).toBeTruthy();
    for (const value of ['', '-1', '1e400', 'x', '0']) {
      for (const label of ['Your first-degree connections', 'Connections of a typical contact', 'Audience ceiling', 'People who pass it on']) {
        change(screen.getByLabelText(label), value);
      }
      expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
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

  it('clears the numbers on request', () => {
    renderEstimator();
    change(screen.getByLabelText('1. Support clique'), '5');
    fireEvent.click(screen.getByRole('button', { name: 'Clear my numbers' }));
    expect(screen.getByText(/Not enough information yet/)).toBeTruthy();
    expect($estimatorView.get().today).toBeNull();
  });
});
