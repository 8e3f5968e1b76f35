// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { atom } from 'nanostores';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearSharedPurpose, setSharedPurpose } from '../../../src/purposes/store';
import EstimatorIsland from '../../../src/tools/estimator/EstimatorIsland';
import { PeopleCounts } from '../../../src/tools/estimator/PeopleCounts';
import { initialState } from '../../../src/tools/estimator/state';
import type { StepProps } from '../../../src/tools/estimator/steps';
import { $estimator } from '../../../src/tools/estimator/store';
import { newPerson } from '../../../src/tools/people/person';
import type { StoredPeople } from '../../../src/tools/people/reader';
import { loadContent } from '../../support/estimator-content';

const content = loadContent();
const person = (i: number, networks: StoredPeople['people'][number]['networks'], suggested = false) =>
  newPerson(`p${i}`, 0, {
    name: `Person ${i}`,
    networks,
    suggestion: suggested ? { networks: ['brand'], because: 'A rule' } : null,
  });
/** 12 people: 7 Strategic/Perspective (one also Social), 4 Career/Business Opportunity (two suggested Personal Brand), 1 in none */
const twelve = [
  ...Array.from({ length: 6 }, (_, i) => person(i, ['strategic'])),
  person(6, ['strategic', 'social']),
  ...Array.from({ length: 4 }, (_, i) => person(7 + i, ['career'], i < 2)),
  person(11, [], true),
];

/** the estimator as its page draws it, with the people `$stored` holds */
function island(stored: StoredPeople | null) {
  const $stored = atom(stored);
  const People = (step: StepProps) => <PeopleCounts {...step} $stored={$stored} peopleHref="/tools/your-people/" />;
  return { $stored, element: <EstimatorIsland content={content} headingLevel={2} people={People} /> };
}
const row = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name.replace('/', '\\/')} `) });

beforeEach(() => {
  $estimator.set(initialState);
  clearSharedPurpose();
});
afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('the estimator with Your people', () => {
  it('with nobody stored, or before the people are read, is exactly the estimator without them', () => {
    // each render numbers its element ids anew
    const html = (element: ReactElement) => render(element).container.innerHTML.replace(/_r_[0-9a-z]+_/g, '_r_');
    const plain = html(<EstimatorIsland content={content} headingLevel={2} />);
    cleanup();
    for (const stored of [null, { people: [], cadences: {}, self: null }]) {
      expect(html(island(stored).element)).toBe(plain);
      cleanup();
    }
  });

  it('renders no people on the server, whoever is stored, so hydration matches', () => {
    const server = renderToString(island({ people: twelve, cadences: {}, self: null }).element);
    expect(server).toBe(renderToString(<EstimatorIsland content={content} headingLevel={2} />));
    expect(server).not.toContain('est-people');
  });

  it('counts the accepted networks of each person beside the range, never a suggestion, and shows up when the people are read', () => {
    const { $stored, element } = island(null);
    render(element);
    expect(document.querySelector('.est-people')).toBeNull();
    act(() => $stored.set({ people: twelve, cadences: {}, self: null }));
    const part = screen.getByRole('region', { name: 'Your people in each network' });
    expect(part).toHaveTextContent('you keep 12 people in this browser');
    expect(within(part).getByText(/^1 person is in no network yet/)).toBeInTheDocument();
    expect(within(part).getByRole('link', { name: 'Put them in networks in Your people' })).toHaveAttribute(
      'href',
      '/tools/your-people/',
    );
    expect([...row('Strategic/Perspective').querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      '7',
      '5 to 15',
      'within the range',
    ]);
    expect(row('Social')).toHaveTextContent('1');
    expect(row('Career/Business Opportunity')).toHaveTextContent('4150 to 1,500below the range');
    // two people have Personal Brand suggested, not accepted
    expect(row('Personal Brand')).toHaveTextContent('0500 to 30,000below the range');
    // no purpose in step 2 yet: nothing to put in it
    expect(within(part).queryByRole('button')).toBeNull();
  });

  it('offers step 2 the count of its purpose, and moves the focus to step 2’s field once it holds it', async () => {
    const user = userEvent.setup();
    setSharedPurpose('strategic');
    render(island({ people: twelve, cadences: {}, self: null }).element);
    const field = screen.getByLabelText('People in your Strategic/Perspective network', { exact: true });
    await user.type(field, '3');
    const use = screen.getByRole('button', { name: 'Use my count: 7' });
    expect(screen.getByText(/^Step 2 compares with Strategic\/Perspective/)).toHaveTextContent(
      'your Strategic/Perspective network in Your people has 7 people',
    );
    // what the reader typed stays until they press it
    expect(field).toHaveValue(3);
    await user.click(use);
    expect(field).toHaveValue(7);
    expect(screen.queryByRole('button', { name: /^Use my count/ })).toBeNull();
    await act(() => new Promise(requestAnimationFrame));
    expect(field).toHaveFocus();
    expect(document.querySelector('[data-result="purpose"]')).toHaveTextContent(
      'You counted 7 people who serve a Strategic/Perspective network, within its guidance range',
    );
  });
});
