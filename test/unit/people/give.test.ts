/**
 * Give first: the give suggested to every kind of person (each relation, not said, former or not,
 * in each network and none) with the real content, and the keep-in-touch message drafted for
 * them by the rules every message of the site follows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { networkIds, relationIds, type NetworkId, type RelationId } from '../../../src/purposes/networks';
import { networkModelSchema } from '../../../src/purposes/networks-schema';
import { contactKind, draftMessage, greetingFor, suggestGive } from '../../../src/tools/people/keep/give';
import { givesFor } from '../../../src/tools/people/due';
import { newPerson, type Person } from '../../../src/tools/people/person';
import { loadKeepContent } from '../../support/keep-content';
import { problemsOf } from '../../support/message-rules';
import { rawNetworkModel } from '../../support/purpose-model';

const content = loadKeepContent();
const { model } = content;
const person = (fields: Partial<Person>) => newPerson('p-1', 0, { name: 'Mary Jones', ...fields });

/** what the rules in networks.yaml say, written out: kind → networks → give */
function expected(relation: RelationId | null, networks: readonly NetworkId[], former: boolean): string | null {
  if (former || networks.includes('past')) return 'return-favor';
  if (relation === 'above') return 'follow-up';
  if (relation === 'peer')
    return networks.some((n) => ['career', 'brand', 'social'].includes(n)) ? 'introduction' : 'heads-up';
  if (relation === 'report') return 'heads-up';
  if (relation === 'outside') return 'introduction';
  return null;
}

const networkSets: readonly (readonly NetworkId[])[] = [[], ...networkIds.map((n) => [n]), ['resource', 'career']];

describe('the give suggested to a person due a contact', () => {
  for (const relation of [...relationIds, null])
    for (const former of [false, true])
      for (const networks of networkSets)
        it(`${relation ?? 'relation not said'}, ${former ? 'former colleague' : 'not former'}, in ${networks.join(' and ') || 'no network'} → ${expected(relation, networks, former) ?? 'none'}`, () => {
          const give = suggestGive(person({ relation, former, networks }), model);
          expect(give?.id ?? null).toBe(expected(relation, networks, former));
          // never a give that does not suit the person's kind of contact
          const kind = contactKind(person({ relation, former, networks }));
          if (give) expect(give.for).toContain(kind);
        });

  it('suggests no give when where they stand is not said, whatever their organization', () => {
    expect(suggestGive(person({ organization: 'Initech' }), model)).toBeNull();
  });

  it('suggests one of the gives a logged contact offers the person (the give the reader then logs)', () => {
    for (const relation of [...relationIds, null])
      for (const former of [false, true])
        for (const networks of networkSets) {
          const p = person({ relation, former, networks });
          const give = suggestGive(p, model);
          if (give) expect(givesFor(p, model.gives).map((g) => g.id)).toContain(give.id);
        }
  });

  it('suggests only gives whose line holds at any time (no new role, no settling in, no team the reader may not lead)', () => {
    for (const rule of model.keepInTouch) {
      const give = model.gives.find((g) => g.id === rule.give)!;
      expect(give.line).not.toMatch(/new role|settled in|my team/i);
    }
  });

  it('stops the build when a rule names a give that does not exist or does not suit its kind of contact', () => {
    const raw = rawNetworkModel();
    const withRules = (keepInTouch: unknown) => networkModelSchema.safeParse({ ...raw, keepInTouch });
    expect(withRules([{ for: 'past', give: 'no-such' }]).error?.issues[0]?.message).toMatch(/no give "no-such"/);
    expect(withRules([{ for: 'above', give: 'introduction' }]).error?.issues[0]?.message).toMatch(
      /does not suit above/,
    );
    expect(withRules([{ for: 'peer', networks: ['nowhere'], give: 'heads-up' }]).success).toBe(false);
  });
});

describe('the keep-in-touch message', () => {
  it('greets the person by the name they are greeted by, offers the give’s line, and asks', () => {
    const give = model.gives.find((g) => g.id === 'introduction')!;
    const text = draftMessage(content, person({ greetAs: 'Molly' }), give);
    expect(text.split('\n\n')).toEqual([
      'Hi Molly,',
      content.message.opener,
      give.line,
      content.message.ask,
      content.words.signOff,
    ]);
    expect(draftMessage(content, person({}), give).startsWith('Hi Mary,\n\n')).toBe(true);
  });

  it('greets a titled name whole, never an organization, and never “Hi,” alone', () => {
    expect(greetingFor(content.words, person({ name: 'Dr. Chen' }))).toBe('Dr. Chen');
    for (const name of ['Acme Inc.', 'ACME Corp', '  ', '— ,']) {
      const text = draftMessage(content, person({ name }), null);
      expect(text.startsWith(content.message.opener)).toBe(true);
      expect(text).not.toMatch(/^Hi\b/m);
    }
  });

  it('has no give line when no give suits', () => {
    const text = draftMessage(content, person({}), null);
    expect(text.split('\n\n')).toEqual([
      'Hi Mary,',
      content.message.opener,
      content.message.ask,
      content.words.signOff,
    ]);
  });

  it('for anyone the reader stores: a greeting only when it names someone, the give before the ask, in the site’s voice', () => {
    const relation = fc.constantFrom(...relationIds, null);
    const networks = fc.subarray([...networkIds]);
    fc.assert(
      fc.property(fc.string(), fc.string(), relation, networks, fc.boolean(), (name, greetAs, rel, nets, former) => {
        const p = person({ name, greetAs, relation: rel, networks: nets, former });
        const give = suggestGive(p, model);
        const text = draftMessage(content, p, give);
        const body = [content.message.opener, ...(give ? [give.line] : []), content.message.ask, content.words.signOff];
        const greet = greetingFor(content.words, p);
        // what the reader typed is put in once, as typed; a greeting names someone or is left out
        if (/^[\p{L}\p{N}]/u.test(greet)) expect(text.split('\n\n')).toEqual([`Hi ${greet},`, ...body]);
        else expect(text.split('\n\n')).toEqual(body);
      }),
    );
    const all = [
      content.message.opener,
      content.message.ask,
      ...model.keepInTouch.map((r) => model.gives.find((g) => g.id === r.give)!.line),
    ];
    expect(problemsOf(all)).toEqual([]);
  });
});
