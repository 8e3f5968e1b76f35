// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { PeopleContent } from '../../../src/tools/people/content';
import { PeopleDb } from '../../../src/tools/people/db';
import PeopleIsland from '../../../src/tools/people/PeopleIsland';
import { loadKeepContent } from '../../support/keep-content';
import { loadPeopleRules } from '../../support/people-db';
import { loadNetworkModel } from '../../support/purpose-model';

const content: PeopleContent = {
  rules: loadPeopleRules(),
  networks: [
    { id: 'career', label: 'Career/Business Opportunity' },
    { id: 'strategic', label: 'Strategic/Perspective' },
    { id: 'past', label: 'Past' },
  ],
  relations: [
    { id: 'peer', label: 'Peer' },
    { id: 'report', label: 'Reports to you' },
  ],
  cadences: loadNetworkModel().cadence,
  gives: loadNetworkModel().gives,
  yourDataHref: '/your-data/',
  keep: loadKeepContent(),
};
let n = 0;
afterEach(() => cleanup());

describe('PeopleIsland', () => {
  it('asks for a name, stores the person, and shows a suggestion labelled as one', async () => {
    const user = userEvent.setup();
    const name = `c${++n}`;
    render(<PeopleIsland content={content} open={() => new PeopleDb(name)} />);
    await user.click(await screen.findByRole('button', { name: 'Not now' }));
    await user.click(screen.getByRole('button', { name: 'Add a person' }));
    const form = screen.getByRole('form', { name: 'Add a person' });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert').textContent).toBe('Give a name.');
    expect(form.querySelector('input')).toBe(document.activeElement);
    await user.type(screen.getByLabelText('Name'), 'Sam Lee');
    await user.type(screen.getByLabelText('Role title'), 'Talent Partner');
    expect(
      screen.getByText(/Suggestion from the title and organization, not applied until you accept it/).textContent,
    ).toContain('Career/Business Opportunity');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('1 person.')).toBeTruthy();
    const db = new PeopleDb(name);
    expect((await db.people.toArray()).map((p) => [p.name, p.networks])).toEqual([['Sam Lee', []]]);
    db.close();
  });

  it('without IndexedDB it says it works in memory for the visit', async () => {
    render(<PeopleIsland content={content} open={() => null} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/only for this visit/);
  });
});
