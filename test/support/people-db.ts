/**
 * People made by code for tests of "Your people": deterministic records (names with accents,
 * emoji and right-to-left script among them), and the raw IndexedDB writes e2e uses to store
 * thousands at once.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { newPerson, type Person } from '../../src/tools/people/person';
import { peopleRulesSchema } from '../../src/tools/people/schema';

const first = ['Mary', 'José', 'Aiko', 'Oluwaseun', 'Zoë', 'Liam', 'محمد', 'Priya', 'Ana 🌱', 'Jonas'];
const last = ['Jones', 'García', 'Tanaka', 'Adeyemi', 'Müller', 'O’Brien', 'حسن', 'Patel', 'Silva', 'Berg'];
const orgs = ['Acme, Inc.', 'Globex', 'Initech', 'Umbrella Health', 'Stark Industries', 'Wayne Enterprises', 'Hooli'];
const titles = [
  'VP, Engineering',
  'Technical Recruiter',
  'Software Engineer',
  'Head of Design',
  'Director of Sales',
  'Chief Financial Officer',
  'Product Manager',
  'Team Lead',
  'Marketing Intern',
  'Accountant',
];

/** Person i of a generated list: the same i always gives the same person. */
export function makePerson(i: number, fields: Partial<Person> = {}): Person {
  const name = `${first[i % first.length]} ${last[Math.floor(i / first.length) % last.length]} ${i + 1}`;
  return newPerson(`p-${String(i).padStart(6, '0')}`, 1_700_000_000_000 + i, {
    name,
    organization: orgs[i % orgs.length]!,
    title: titles[i % titles.length]!,
    emails: [`person${i + 1}@example.com`],
    profileUrl: `https://linkedin.com/in/person-${i + 1}`,
    connectedOn: '2024-03-05',
    source: 'linkedin',
    ...fields,
  });
}

export function makePeople(n: number, fields: (i: number) => Partial<Person> = () => ({})): Person[] {
  return Array.from({ length: n }, (_, i) => makePerson(i, fields(i)));
}

/** the real sorting rules (src/content/people/rules.yaml), validated by the real schema */
export function loadPeopleRules() {
  return peopleRulesSchema.parse(parse(readFileSync(resolve(process.cwd(), 'src/content/people/rules.yaml'), 'utf8')));
}
