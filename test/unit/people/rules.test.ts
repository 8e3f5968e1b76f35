import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSorter, sameOrganization } from '../../../src/tools/people/rules';
import { peopleRulesSchema } from '../../../src/tools/people/schema';
import { newPerson } from '../../../src/tools/people/person';
import { networkIds } from '../../../src/purposes/networks';
import { loadPeopleRules } from '../../support/people-db';

const rules = loadPeopleRules();
const sorter = createSorter(rules);
const person = (title: string, fields = {}) => newPerson('x', 0, { title, ...fields });
const self = { organization: 'Globex Corporation', title: 'Engineering Manager' };

describe('seniority words in English titles', () => {
  it.each([
    ['VP, Engineering', 'vp', 'VP'],
    ['Senior Vice President of Sales', 'vp', 'Vice President'],
    ['Head of Design', 'head', 'Head of'],
    ['Director, Product', 'director', 'Director'],
    ['Chief Marketing Officer', 'chief', 'Chief Marketing Officer'],
    ['CEO & Founder', 'chief', 'CEO'],
    ['Engineering Manager', 'manager', 'Manager'],
    ['Team Lead, Platform', 'lead', 'Lead'],
    ['Marketing Intern', 'intern', 'Intern'],
  ])('%s → %s (“%s”)', (title, id, word) => {
    expect(sorter.seniority(title)).toMatchObject({ id, word });
  });
  it.each(['VPN Engineer', 'Leadership Coach', 'Internal Auditor', 'Chief of Staff', 'Accountant', 'Directorate'])(
    'finds no seniority word in %s (whole words only)',
    (title) => expect(sorter.seniority(title)).toBeNull(),
  );
  it('shows the highest seniority a title names', () => {
    expect(sorter.seniority('Director and Team Lead')?.id).toBe('director');
  });
});

describe('suggestions', () => {
  it('recruiters and talent partners → Career/Business Opportunity', () => {
    for (const title of ['Technical Recruiter', 'Talent Partner', 'Recruiting Coordinator'])
      expect(sorter.suggest(person(title), null)?.networks).toEqual(['career']);
  });
  it('chiefs, vice presidents, directors, heads of and board members → Strategic/Perspective', () => {
    for (const title of ['CFO', 'VP Sales', 'Director of Research', 'Head of People', 'Board Member'])
      expect(sorter.suggest(person(title), null)?.networks).toEqual(['strategic']);
  });
  it('the reader’s own organization → Resource/Operational (case and punctuation aside); only once they said it', () => {
    const colleague = person('Analyst', { organization: 'globex  corporation.' });
    expect(sorter.suggest(colleague, self)?.networks).toEqual(['resource']);
    expect(sorter.suggest(colleague, null)).toBeNull();
    expect(sameOrganization('', '')).toBe(false);
  });
  it('former colleagues → past', () => {
    expect(sorter.suggest(person('Analyst', { former: true }), null)?.networks).toEqual(['past']);
  });
  it('says why, with the words found', () => {
    expect(sorter.suggest(person('VP, Engineering'), null)?.because).toMatch(/^The title has “VP”/);
  });
  it('never suggests a network the person is already in, nor one twice; managers, leads and interns alone suggest nothing', () => {
    expect(sorter.suggest(person('VP', { networks: ['strategic'] }), null)).toBeNull();
    for (const title of ['Engineering Manager', 'Team Lead', 'Intern'])
      expect(sorter.suggest(person(title), null)).toBeNull();
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.boolean(),
        fc.subarray([...networkIds]),
        (title, organization, former, networks) => {
          const s = sorter.suggest(person(title, { organization, former, networks }), self);
          if (!s) return;
          expect(new Set(s.networks).size).toBe(s.networks.length);
          expect(s.networks.some((n) => networks.includes(n))).toBe(false);
          expect(s.because.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('the rules’ schema', () => {
  it('refuses a rule that names a network or seniority that does not exist, or can never apply', () => {
    const bad = (change: object) =>
      peopleRulesSchema.safeParse({ ...rules, rules: [{ ...rules.rules[0], ...change }] }).success;
    expect(bad({})).toBe(true);
    expect(bad({ network: 'friends' })).toBe(false);
    expect(bad({ seniority: ['emperor'] })).toBe(false);
    expect(bad({ phrases: undefined })).toBe(false);
    expect(bad({ because: 'Has {title}' })).toBe(false);
  });
});
