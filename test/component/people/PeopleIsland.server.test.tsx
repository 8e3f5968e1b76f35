// @vitest-environment node
/**
 * The server's render of "Your people" (no database there) has every part of the tool in its
 * place, so that the database's answer fills it in without moving the page (layout shift 0).
 */
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PeopleContent } from '../../../src/tools/people/content';
import PeopleIsland from '../../../src/tools/people/PeopleIsland';
import { words } from '../../../src/tools/people/words';
import { loadKeepContent } from '../../support/keep-content';
import { loadPeopleRules } from '../../support/people-db';
import { loadNetworkModel } from '../../support/purpose-model';

const content: PeopleContent = {
  rules: loadPeopleRules(),
  networks: [{ id: 'past', label: 'Past' }],
  relations: [{ id: 'peer', label: 'Peer' }],
  cadences: loadNetworkModel().cadence,
  gives: loadNetworkModel().gives,
  yourDataHref: '/your-data/',
  keep: loadKeepContent(),
};

describe('PeopleIsland on the server', () => {
  it('draws the whole tool, switched off, with the list saying it is opening', () => {
    const html = renderToString(<PeopleIsland content={content} />);
    const headings = [...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual([words.durability.title, words.self.title, words.import.title, words.list.title]);
    expect(html).toContain(`<p class="people-count" aria-live="polite">${words.opening}</p>`);
    expect(html).toMatch(/<div class="people" inert="" aria-busy="true">/);
    // each answer the browser may give about keeping the data has its place in the same box
    for (const text of [words.durability.unknown, words.durability.mayEvict, words.durability.persisted])
      expect(html).toContain(text);
  });
});
