/**
 * Everything the estimator writes, read as an editor would: its interface words, its content, the
 * purpose model's sizes it shows, the tool's page text, and the views of many readers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { purposeIds, type PurposeId } from '../../../src/purposes/ids';
import { evaluate, initialFields, initialValues } from '../../../src/tools/estimator/model';
import { knownNames } from '../../../src/tools/estimator/name-method';
import { initialState, type EstimatorState } from '../../../src/tools/estimator/state';
import { buildView } from '../../../src/tools/estimator/view';
import { words } from '../../../src/tools/estimator/words';
import { loadContent } from '../../support/estimator-content';
import { loadPurposeModel } from '../../support/purpose-model';

const content = loadContent();
const { purposes } = loadPurposeModel();
const page = readFileSync('src/content/tools/network-size.mdx', 'utf8');

/** every string inside a value, functions left out */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

const show = (fields: Record<string, string>, extra: Partial<EstimatorState>, quiz: PurposeId | null = null) => {
  const s = { ...initialState, ...extra, fields: { ...initialFields(), ...fields } };
  return buildView(content, s, evaluate(s.fields, initialValues()), quiz, []);
};
/** the finished text of many readers: each purpose at each place in its range, both methods */
const views = purposeIds.flatMap((purpose) =>
  [0, 10, 100, 1000, 50_000].map((n) =>
    show(
      {
        [`purpose.${purpose}`]: String(n),
        'layer.support': '3',
        ...Object.fromEntries(knownNames.map((k) => [`name.${k.id}`, '4'])),
      },
      { purpose, method: n % 20 === 0 ? 'names' : 'circles' },
    ),
  ),
);
const sizes = purposeIds.flatMap((p) => [purposes[p].size.basis, purposes[p].dilemmas.howMany]);
const texts = [...strings(words), ...strings(content), ...sizes, ...strings(views), page];
/** sentences: split after . ! or ? (not after "al." of "et al.") */
const split = (t: string) => t.split(/(?<=(?<!\bal)[.!?])\s+/);
const sentences = [...new Set(texts.flatMap(split))];

describe('the estimator’s words', () => {
  it('start no sentence with a numeral (numbered headings and labels are not sentences)', () => {
    const prose = texts.filter((t) => /[.!?]$/.test(t) && !/^\d+\. [A-Z]/.test(t));
    const starts = [...new Set(prose.flatMap(split))].filter((s) => /^\d/.test(s));
    expect(starts).toEqual([]);
  });

  it('use the serial comma in every list of three or more', () => {
    expect([...new Set(texts.filter((t) => /(^|[\s(])[\w’]+, [\w’]+ (and|or) (?!colleagues)[\w’]+/.test(t)))]).toEqual(
      [],
    );
  });

  it('are written in American English', () => {
    const british =
      /\b(colour|favour|behaviour|neighbour|organis|recognis|realis|analys(e|ing)|centre|catalogue|programme|labelled|travell|licence|defence|whilst|amongst|holidays)/i;
    expect(texts.filter((t) => british.test(t))).toEqual([]);
  });

  it('call the steps steps, never "Part"', () => {
    expect(texts.filter((t) => /\bPart \d/.test(t))).toEqual([]);
  });

  it('explain the research’s "personal network" wherever they name it', () => {
    const named = sentences.filter((s) => /\bpersonal (network|one)\b(?! size)/i.test(s));
    expect(named.length).toBeGreaterThan(0);
    for (const s of named) expect(s).toMatch(/Career\/Business Opportunity|Personal Brand|development and referrals/);
  });

  it('say what is research and what is assumed, never "research-based" or "numbers you can check"', () => {
    const claims = [page, words.intro];
    for (const text of claims)
      expect(text).not.toMatch(/research-based|numbers? you can check|estimates? you can check/i);
    expect(words.intro).toMatch(/Step 1 uses published research.*guidance.*assumptions/);
    expect(page).toMatch(/^promise: .*[Rr]esearch.*assumptions/m);
  });
});

describe('the ranges step 2 shows', () => {
  it('give a source in every sentence of their basis', () => {
    for (const p of purposeIds)
      for (const s of purposes[p].size.basis.split(/(?<=\.)\s+/))
        expect(s, p).toMatch(/article|Dunbar|Ibarra & Hunter|LinkedIn/);
  });

  it('never tie a work purpose to Dunbar’s layers, which measure emotional closeness, not work', () => {
    const work = /work with|colleague|fits? within Dunbar|within Dunbar’s/i;
    for (const p of purposeIds) {
      const { basis } = purposes[p].size;
      const { howMany } = purposes[p].dilemmas;
      for (const text of [basis, howMany]) expect(text, p).not.toMatch(work);
      // a range that borrows a layer's size for a purpose that is not about closeness says so
      if (p !== 'social')
        for (const text of [basis, howMany]) if (/Dunbar/.test(text)) expect(text, p).toMatch(/borrow/);
      if (p !== 'social' && /Dunbar/.test(basis)) expect(basis, p).toMatch(/emotional closeness, not work/);
    }
    for (const layer of content.layers) expect(`${layer.name} ${layer.prompt}`).not.toMatch(/colleague|work|job|task/i);
  });
});
