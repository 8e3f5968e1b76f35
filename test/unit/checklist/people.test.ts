/**
 * The reader's people in the checklist: which people each item's "Who:" lines offer to each
 * reader (every item × audience, written out), the matchers, when logged contacts tick an item,
 * the planned contacts that follow a changed plan, and the picks the checklist stores.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planKey } from '../../../src/tools/checklist/plan-key';
import { newPerson, type LoggedContact, type Person } from '../../../src/tools/people/person';
import { loggedOn, matchPeople, matcherFor, plannedUpdates, type DatedItem } from '../../../src/tools/checklist/people';
import { parseState, setName, setPick, tickLogged, type ChecklistState } from '../../../src/tools/checklist/state';
import { suggestMessages } from '../../../src/tools/checklist/messages';
import { checklistContent } from '../../support/checklist-content';
import { savedChecklist } from '../../support/saved-checklist';
import { loadPeopleRules } from '../../support/people-db';

const { items, texts } = checklistContent();
const { seniority } = loadPeopleRules();

describe('the people each item offers', () => {
  it('every item with name lines names its people for each reader, as written here', () => {
    const table = Object.fromEntries(
      items.filter((i) => i.who > 0).map((i) => [i.id, [matcherFor(i, 'self'), matcherFor(i, 'manager')]]),
    );
    // self: the promoted person's own people; manager: the manager's contacts for the introductions they make
    expect(table).toEqual({
      'transition-coalition': ['inside', 'inside'],
      'past-thank': ['past', null],
      'past-keep': ['past', null],
      'past-former-peers': ['inside', null],
      'past-new-org': ['past', null],
      'team-meet': ['reports', 'reports'],
      'manager-share-plan': ['above', null],
      'manager-ask': ['above', 'inside'],
      'team-expectations': ['reports', null],
      'op-peers': ['peers', 'peers'],
      'op-give-first': ['peers', null],
      'op-steps-up': ['above', 'above'],
      'op-function': ['inside', 'inside'],
      'op-functions-choose': ['inside', 'inside'],
      'op-team-contacts': ['reports', null],
      'manager-follow-up': ['inside', 'inside'],
      'op-external': ['outside', 'outside'],
      'op-external-choose': ['outside', 'outside'],
      'strat-executives': ['leaders', 'leaders'],
      'strat-outside': ['outside', 'outside'],
      'strat-outside-executives': ['outside-leaders', 'outside-leaders'],
      'strat-board': ['leaders', 'leaders'],
      'strat-market': ['outside', 'outside'],
      'transition-peers-again': ['peers', null],
      'manager-gaps': ['inside', 'inside'],
      'review-who-helped': ['inside', 'inside'],
      'review-rhythm': ['any', null],
      'review-break-even': ['above', null],
    });
    // an item without lines offers nobody
    for (const item of items.filter((i) => i.who === 0)) expect(matcherFor(item, 'self')).toBeNull();
  });

  it('each level says which seniority word its titles have, one of the sorting rules’ words', () => {
    for (const level of texts.levels) expect(seniority.map((s) => s.id)).toContain(level.seniority);
  });
});

const person = (id: string, fields: Partial<Person>) => newPerson(id, 0, fields);
const self = { organization: 'Globex', title: 'Sales manager' };
const people = [
  person('ceo', { name: 'Cora Chief', organization: 'Globex', title: 'CEO' }),
  person('vp', { name: 'Vic Vee', organization: 'globex ', title: 'VP, Sales' }),
  person('mgr', { name: 'Mia Manager', organization: 'Globex', title: 'Product Manager' }),
  person('eng', { name: 'Eli Engineer', organization: 'Globex', title: 'Software Engineer' }),
  person('said-above', { name: 'Abe Above', organization: '', title: '', relation: 'above' }),
  person('said-outside', { name: 'Ola Out', organization: 'Globex', title: 'Director', relation: 'outside' }),
  person('ext-dir', { name: 'Dee Director', organization: 'Initech', title: 'Director of Sales' }),
  person('ext', { name: 'Ed Else', organization: 'Initech', title: 'Engineer' }),
  person('ext-strategic', { name: 'Sue Strat', organization: 'Hooli', title: 'Advisor', networks: ['strategic'] }),
  person('former', { name: 'Fay Former', organization: 'Initech', title: 'Engineer', former: true }),
  person('past', { name: 'Pat Past', organization: '', title: '', networks: ['past'] }),
  person('no-name', { name: '  ', organization: 'Globex', title: 'CEO' }),
];
const ids = (list: readonly Person[]) => list.map((p) => p.id);

describe('matchPeople', () => {
  const lists = matchPeople(people, self, seniority, 'manager');

  it('offers, most senior first, the people each matcher describes for a manager-level plan at Globex', () => {
    expect(ids(lists.above)).toEqual(['ceo', 'vp', 'said-above']);
    expect(ids(lists.peers)).toEqual(['mgr']);
    expect(ids(lists.reports)).toEqual(['eng']);
    // a title without a seniority word last, then by name
    expect(ids(lists.inside)).toEqual(['ceo', 'vp', 'mgr', 'said-above', 'eng']);
    expect(ids(lists.leaders)).toEqual(['ceo', 'vp', 'said-above']);
    expect(ids(lists.outside)).toEqual(['ext-dir', 'said-outside', 'ext', 'former', 'ext-strategic']);
    expect(ids(lists['outside-leaders'])).toEqual(['ext-dir', 'said-outside', 'ext-strategic']);
    expect(ids(lists.past)).toEqual(['former', 'past']);
    // a person without a name is offered nowhere
    expect(ids(lists.any)).not.toContain('no-name');
    expect(lists.any).toHaveLength(people.length - 1);
  });

  it('a director’s plan: a director is a peer and heads, VPs and chiefs are above', () => {
    const director = matchPeople(people, self, seniority, 'director');
    expect(ids(director.above)).toEqual(['ceo', 'vp', 'said-above']);
    expect(ids(director.reports)).toEqual(['mgr', 'eng']);
    expect(ids(director['outside-leaders'])).toEqual(['ext-strategic']);
  });

  it('without the reader’s organization only what the reader said of where people stand tells inside from outside', () => {
    const unknown = matchPeople(people, null, seniority, 'manager');
    expect(ids(unknown.inside)).toEqual(['said-above']);
    expect(ids(unknown.above)).toEqual(['said-above']);
    expect(ids(unknown.outside)).toEqual(['said-outside']);
  });

  it('every person offered by a narrower matcher is inside or outside, never both (property)', () => {
    const titles = ['CEO', 'VP', 'Head of X', 'Director', 'Manager', 'Lead', 'Intern', 'Engineer', ''];
    const orgs = ['Globex', 'GLOBEX', 'Initech', ''];
    const relations = [null, 'above', 'peer', 'report', 'outside'] as const;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            title: fc.constantFrom(...titles),
            organization: fc.constantFrom(...orgs),
            relation: fc.constantFrom(...relations),
          }),
          { maxLength: 20 },
        ),
        fc.constantFrom(...seniority.map((s) => s.id)),
        (rows, level) => {
          const list = rows.map((r, i) => person(`p${i}`, { name: `P ${i}`, ...r }));
          const m = matchPeople(list, self, seniority, level);
          const inside = new Set(ids(m.inside));
          for (const p of m.outside) expect(inside.has(p.id)).toBe(false);
          for (const key of ['above', 'peers', 'reports', 'leaders'] as const)
            for (const p of m[key]) expect(inside.has(p.id)).toBe(true);
          // above, peers and reports never share a person
          const seen = [...ids(m.above), ...ids(m.peers), ...ids(m.reports)];
          expect(new Set(seen).size).toBe(seen.length);
        },
      ),
    );
  });
});

const contact = (date: string, plan: string | null): LoggedContact => ({
  id: `${date}-${plan}`,
  date,
  how: 'met',
  notes: '',
  give: null,
  plan,
});

describe('ticking from Your people', () => {
  const key = planKey('plan-0001', 'op-steps-up');
  const map = (...list: Person[]) => new Map(list.map((p) => [p.id, p]));
  const a = person('a', { name: 'A', contacts: [contact('2027-01-20', key), contact('2027-01-25', null)] });
  const b = person('b', { name: 'B', contacts: [contact('2027-01-22', key)] });
  const c = person('c', { name: 'C', contacts: [contact('2027-01-30', 'checklist:plan-0001:op-peers')] });

  it('an item is logged when every picked person still stored has a contact with its key, on the latest of them', () => {
    expect(key).toBe('checklist:plan-0001:op-steps-up');
    expect(loggedOn(['a', 'b'], map(a, b, c), key)).toBe('2027-01-22');
    expect(loggedOn(['a', null, 'b'], map(a, b, c), key)).toBe('2027-01-22');
    // c logged a contact for another item only
    expect(loggedOn(['a', 'c'], map(a, b, c), key)).toBeNull();
    // a person since deleted from Your people does not hold the item back
    expect(loggedOn(['a', 'gone'], map(a, b), key)).toBe('2027-01-20');
    // nobody picked, or nobody stored: not logged
    expect(loggedOn([null], map(a), key)).toBeNull();
    expect(loggedOn(undefined, map(a), key)).toBeNull();
    expect(loggedOn(['gone'], map(a), key)).toBeNull();
  });

  it('planned contacts follow the plan’s due date and words; one the reader changed or logged is left alone', () => {
    const item: DatedItem = { id: 'op-steps-up', text: 'Meet one or two.', due: '2027-02-03' };
    const old = { date: '2027-02-01', reason: 'Meet one or two.', key };
    const moved = person('moved', { plannedContact: old });
    const same = person('same', { plannedContact: { ...old, date: '2027-02-03' } });
    const other = person('other', { plannedContact: { ...old, key: 'checklist:plan-0001:op-peers' } });
    const none = person('none', {});
    const picks = { 'op-steps-up': ['moved', 'same', 'other'], 'op-peers': ['none'] };
    expect(plannedUpdates([item], picks, map(moved, same, other, none), 'plan-0001')).toEqual([
      { personId: 'moved', planned: { date: '2027-02-03', reason: 'Meet one or two.', key } },
    ]);
  });
});

describe('picks in the stored checklist', () => {
  const base = savedChecklist() as unknown as ChecklistState;
  const mary = { id: '0f8c2a9e-1b7d-4c55-9a0e-3b3f1d2c4e5a', name: 'Mary Jones' };

  it('picking writes the name and keeps the person; writing by hand drops the pick; both read back', () => {
    const picked = setPick(base, 'op-steps-up', 1, mary);
    expect(picked.names['op-steps-up']).toEqual(['', 'Mary Jones']);
    expect(picked.picks).toEqual({ 'op-steps-up': [null, mary.id] });
    expect(parseState(JSON.parse(JSON.stringify(picked)))).toEqual(picked);
    const typed = setName(picked, 'op-steps-up', 1, 'Mary J.');
    expect(typed.picks).toBeUndefined();
    expect(typed.names['op-steps-up']).toEqual(['', 'Mary J.']);
    // another line's name leaves the pick alone
    expect(setName(picked, 'op-steps-up', 0, 'Joe').picks).toEqual(picked.picks);
  });

  it('a logged item is ticked once; unticked by the reader it stays so until its picks change', () => {
    const picked = setPick(base, 'op-steps-up', 0, mary);
    const ticked = tickLogged(picked, ['op-steps-up']);
    expect(ticked.done).toEqual(['op-steps-up']);
    const unticked = { ...ticked, done: [] };
    expect(tickLogged(unticked, ['op-steps-up'])).toBe(unticked);
    const repicked = setPick(setName(unticked, 'op-steps-up', 0, ''), 'op-steps-up', 0, mary);
    expect(tickLogged(repicked, ['op-steps-up']).done).toEqual(['op-steps-up']);
    expect(parseState(JSON.parse(JSON.stringify(ticked)))).toEqual(ticked);
  });

  it('older saves read without picks; picks of any other shape make the save unreadable', () => {
    expect(parseState(savedChecklist())).not.toHaveProperty('picks');
    for (const picks of [
      [],
      { 'op-steps-up': 'abc' },
      { 'op-steps-up': ['a b'] },
      { 'op-steps-up': [1] },
      { 'op-steps-up': ['a', 'b', 'c', 'd'] },
      { 'Bad Id': ['a'] },
    ])
      expect(parseState(savedChecklist({}, { picks }))).toBeNull();
    expect(parseState(savedChecklist({}, { loggedTicks: ['Bad Id'] }))).toBeNull();
    expect(parseState(savedChecklist({}, { picks: { 'op-peers': [null, 'p-1'] } }))?.picks).toEqual({
      'op-peers': [null, 'p-1'],
    });
  });
});

describe('messages to the people picked', () => {
  const content = checklistContent();
  const items = [{ id: 'op-steps-up' }];
  const names = { 'op-steps-up': ['Margaret Jones', 'Sam Lee'] };
  const input = { audience: 'self' as const, name: 'Ana', role: 'Head of Sales', names };

  it('greet a picked person as Your people does, unless the reader changed it here; a name written by hand as before', () => {
    const greetings = { 'Margaret Jones': 'Peggy' };
    const [peggy, sam] = suggestMessages(content.texts.messages, content.gives, items, { ...input, greetings });
    expect(peggy).toMatchObject({ to: 'Margaret Jones', greetAs: 'Peggy', fromPeople: true });
    expect(peggy!.text).toMatch(/^Hi Peggy,/);
    expect(sam).toMatchObject({ to: 'Sam Lee', greetAs: 'Sam', fromPeople: false });
    const choices = { greetAs: { 'Margaret Jones': 'Dr. Jones' } };
    const [changed] = suggestMessages(content.texts.messages, content.gives, items, { ...input, greetings, choices });
    expect(changed).toMatchObject({ greetAs: 'Dr. Jones', fromPeople: false });
  });
});
