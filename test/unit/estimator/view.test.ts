import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { purposeIds, type PurposeId } from '../../../src/purposes/ids';
import { layerIds } from '../../../src/tools/estimator/ids';
import { evaluate, fieldSpecs, initialFields, initialValues } from '../../../src/tools/estimator/model';
import { knownNames } from '../../../src/tools/estimator/name-method';
import { initialState, type EstimatorState } from '../../../src/tools/estimator/state';
import { buildView, type EstimatorContent } from '../../../src/tools/estimator/view';
import { loadContent } from '../../support/estimator-content';

const content = loadContent();
const state = (fields: Record<string, string> = {}, extra: Partial<EstimatorState> = {}): EstimatorState => ({
  ...initialState,
  ...extra,
  fields: { ...initialFields(), ...fields },
});
const show = (
  s: EstimatorState,
  quiz: PurposeId | null = null,
  c: EstimatorContent = content,
  tie: readonly PurposeId[] = [],
) => buildView(c, s, evaluate(s.fields, initialValues()), quiz, tie);
/** the view after typing `text` into field `id` key by key, each field's last valid number carried along */
function typed(text: string, id: string) {
  let lastValid = initialValues();
  let view = show(state());
  for (let i = 1; i <= text.length; i++) {
    const s = state({ [id]: text.slice(0, i) });
    const evaluation = evaluate(s.fields, lastValid);
    lastValid = evaluation.lastValid;
    view = buildView(content, s, evaluation, null);
  }
  return view;
}
const circles150 = {
  'layer.support': '5',
  'layer.sympathy': '10',
  'layer.affinity': '35',
  'layer.active': '100',
  'layer.acquaintances': '350',
};
const allNames = (count: string) => Object.fromEntries(knownNames.map((n) => [`name.${n.id}`, count]));

describe('Part 1', () => {
  it('announces the chosen method’s result, or what it still needs', () => {
    const fields = { 'layer.support': '5', 'layer.sympathy': '10', 'name.michael': '20' };
    expect(show(state(fields)).one.summary).toBe('Your circles add up to 15 people.');
    expect(show(state(fields, { method: 'names' })).one.summary).toBe(
      'You know somewhere between about 168 and 400 people.',
    );
    expect(show(state()).one.summary).toMatch(/^Not enough information yet: enter how many people/);
    expect(show(state({}, { method: 'names' })).one.summary).toMatch(/^Not enough information yet: the method needs/);
    // the other method's wrong field holds nothing up
    const other = show(state({ 'layer.support': 'x', 'name.michael': '20' }, { method: 'names' }));
    expect(other.one.summary).toBe('You know somewhere between about 168 and 400 people.');
    // nor does it call for fixing a field that is not on show
    expect(other.stale).toBe(false);
  });

  it('labels the circles in their order, with their prompts, and the names by name', () => {
    const fields = show(state()).one.fields;
    expect(fields.map((f) => f.label)).toEqual(content.layers.map((l) => `${l.order}. ${l.name}`));
    expect(fields[0]).toMatchObject({ id: 'layer.support', hint: 'People you would call in a crisis.', value: '0' });
    const names = show(state({}, { method: 'names' })).one.fields;
    expect(names.map((f) => [f.id, f.label, f.hint])).toEqual(knownNames.map((n) => [`name.${n.id}`, n.name, '']));
  });

  it.each([
    ['layer.support', '', 'Enter a number (0 if none).'],
    ['layer.support', '-2', 'This can’t be negative: enter 0 or more.'],
    ['layer.support', '2.5', 'Use a whole number: people come in ones.'],
    ['layer.support', '999', 'That’s more than this estimate can use: enter up to 100 people.'],
    ['layer.support', 'NaN', 'Use digits only: enter a number from 0 to 100 people.'],
    ['layer.affinity', '1e400', 'That’s more than this estimate can use: enter up to 1,000 people.'],
    ['reach.overlap', '150', 'That’s more than this estimate can use: enter up to 100%.'],
    ['reach.share', '2.5', 'Use a whole percentage, without decimals.'],
    ['reach.share', 'x', 'Use digits only: enter a number from 0 to 100%.'],
    ['reach.population', '0', 'Enter at least 1 person.'],
    ['reach.population', '-5', 'Enter at least 1 person.'],
    ['reach.population', '10000000000', 'That’s more than this estimate can use: enter up to 250,000,000 people.'],
    ['reach.first', '0', 'Hubs are among your first-degree connections: enter up to 0.'],
  ])('says what is wrong with %s holding %j next to it, and only there', (id, text, message) => {
    const v = show(state({ [id]: text }));
    const fields = [...v.one.fields, ...v.three.fields];
    expect(fields.filter((f) => f.error).map((f) => [f.id, f.error])).toEqual([
      [id === 'reach.first' ? 'reach.hubs' : id, message],
    ]);
    expect(v.stale).toBe(true);
  });

  it('hands a number input only text it can hold: unreadable saved text shows empty', () => {
    const planted = {
      'layer.support': 'NaN',
      'layer.sympathy': 'Infinity',
      'layer.active': ' 12',
      'layer.acquaintances': '+7',
    };
    expect(show(state(planted)).one.fields.map((f) => f.value)).toEqual(['', '', '0', '12', '7']);
    for (const text of ['5', '-3', '2.5', '.5', '1e3', '00', '-0', '99999999'])
      expect(show(state({ 'layer.support': text })).one.fields[0]!.value).toBe(text);
  });

  it('waits for the first wrong field, naming it, and never draws a result from a half-typed number', () => {
    expect(show(state({ 'layer.sympathy': 'x' })).one.summary).toBe(
      'Waiting for a valid number in “2. Sympathy group”.',
    );
    for (const view of [typed('99999999999', 'layer.support'), typed('-5', 'layer.support')]) {
      expect(view.one.summary).toBe('Waiting for a valid number in “1. Support clique”.');
      expect(view.one.circles.map((row) => row.cells[1])).toEqual(['–', '–', '–', '–', '–']);
      expect(view.reachEstimate).toBeNull();
    }
    fc.assert(
      fc.property(fc.constantFrom(...layerIds), fc.stringMatching(/^[0-9]{1,14}$/), (layer, digits) => {
        const view = typed(digits, `layer.${layer}`);
        const valid = Number(digits) <= fieldSpecs.get(`layer.${layer}`)!.max;
        expect(view.one.summary.startsWith('Waiting'), digits).toBe(!valid);
      }),
      { numRuns: 200 },
    );
  });

  it('fills the circles table once there is an estimate, each layer on its own row whatever the editors’ order', () => {
    expect(show(state()).one.circles.map((row) => row.cells.slice(1))).toEqual(
      content.layers.map((l) => ['–', String(l.typical), 'no answer yet']),
    );
    const typedIn = state({ 'layer.support': '4', 'layer.sympathy': '10', 'layer.active': '100' });
    expect(show(typedIn).one.circles.map((row) => row.cells)).toEqual([
      ['Support clique', '4', '5', 'close to typical'],
      ['Sympathy group', '14', '15', 'close to typical'],
      ['Good friends', '14', '50', 'fewer than typical'],
      ['Meaningful contacts', '114', '150', 'close to typical'],
      ['Acquaintances', '114', '500', 'fewer than typical'],
    ]);
    // an editor swaps the order of the first two circles: rows move, numbers stay with their layer
    const swap: Record<string, number> = { support: 2, sympathy: 1 };
    const swapped = { ...content, layers: content.layers.map((l) => ({ ...l, order: swap[l.id] ?? l.order })) };
    const rows = show(typedIn, null, swapped).one.circles;
    expect(rows.map((row) => [row.id, row.cells[1]]).slice(0, 2)).toEqual([
      ['sympathy', '14'],
      ['support', '4'],
    ]);
  });

  it('shows the name method’s working once the reader knows someone', () => {
    expect(show(state({}, { method: 'names' })).one.working).toBe(
      'The estimate is 250,000,000 × (people you know with these names) ÷ 19,285,000, the number of people with these names.',
    );
    expect(show(state({ 'name.michael': '20' }, { method: 'names' })).one.working).toBe(
      'The estimate is 250,000,000 people × 20 you know ÷ 19,285,000 people with these names ≈ 259, the middle of the range.',
    );
  });

  it('prints the name method’s result as a range around its estimate, rounded as the reach results are', () => {
    const many = show(state(allNames('500'), { method: 'names' }));
    expect(many.one.summary).toBe('You know somewhere between about 76,000 and 80,000 people.');
    expect(many.one.working).toMatch(/≈ 78,000, the middle of the range\.$/);
    expect(JSON.stringify(many)).not.toMatch(/77,78\d/);
    const figure = String.raw`(\d{1,3}|\d{1,2}(?:,0{3})+|\d\d?0(?:,0{3})+|\d,\d0{2}(?:,0{3})*)`;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 12, maxLength: 12 }), (counts) => {
        const fields = Object.fromEntries(knownNames.map((n, i) => [`name.${n.id}`, String(counts[i])]));
        const { summary } = show(state(fields, { method: 'names' })).one;
        if (counts.every((c) => c === 0)) return expect(summary).toMatch(/^Not enough information yet/);
        const m = new RegExp(`^You know somewhere between about ${figure} and ${figure} (person|people)\\.$`).exec(
          summary,
        );
        expect(m, summary).not.toBeNull();
        const [low, high] = [m![1]!, m![2]!].map((f) => Number(f.replace(/,/g, '')));
        const middle = (250_000_000 * counts.reduce((a, b) => a + b, 0)) / 19_285_000;
        expect(low).toBeLessThanOrEqual(Math.round(middle));
        expect(high).toBeGreaterThanOrEqual(Math.round(middle));
      }),
    );
  });
});

describe('Part 2', () => {
  const brand = content.targets.find((t) => t.id === 'brand')!;
  const resource = content.targets.find((t) => t.id === 'resource')!;
  const labels = content.purposeLabels;
  /** every verdict on the reader's network the old step 2 gave, or one like it */
  const verdict =
    /enough people|more than enough|large enough|plenty|about right|smaller than|larger than|more than an? .* needs|too (many|few)/i;

  it('asks for a purpose, with the quiz link, when there is none', () => {
    expect(show(state({ 'name.michael': '20' }, { method: 'names' })).two).toMatchObject({
      source: 'none',
      sourceText: ['You have not taken the ', ' in this browser, so choose a purpose here.'],
      selected: '',
      tied: [],
      answer: 'Choose a purpose to see what its network needs.',
      target: null,
    });
  });

  it('compares the people who serve the purpose, not everyone the reader knows (a newly promoted Resource/Operational reader)', () => {
    // 160 people in step 1: close to Dunbar's typical 150, and not what step 2 compares
    const known = { ...circles150, 'layer.active': '110', 'layer.acquaintances': '0' };
    const before = show(state(known), 'resource');
    expect(before.one.summary).toBe('Your circles add up to 160 people.');
    expect(before.two).toMatchObject({ source: 'quiz', purpose: 'Resource/Operational', selected: 'resource' });
    expect(before.two.answer).toBe(
      'You have counted nobody for a Resource/Operational network yet; its guidance range is about 15 to 150 people, so about 15 more would reach the bottom of it.',
    );
    expect(before.two.target).toMatchObject({
      lead: 'A Resource/Operational network:',
      range: 'about 15 to 150 people, as guidance.',
      composition: resource.composition,
      basis: resource.basis,
      field: { id: 'purpose.resource', label: 'People in your Resource/Operational network', value: '0', error: '' },
      next: resource.next.smaller,
    });
    const counted = show(state({ ...known, 'purpose.resource': '160' }), 'resource').two;
    expect(counted.answer).toBe(
      'You counted 160 people who serve a Resource/Operational network, above its guidance range (about 15 to 150 people).',
    );
    // what to do, never "you know enough": the promotion article says a new position needs contacts at the next level
    expect(counted.target!.next).toEqual(resource.next.larger);
    expect(counted.target!.next!.join(' ')).toMatch(/promotion.*next level/);
    for (const text of [counted.answer, ...counted.target!.next!]) expect(text).not.toMatch(verdict);
  });

  it('answers from the count for the purpose alone, whatever step 1 holds (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 5, maxLength: 5 }),
        fc.constantFrom('circles' as const, 'names' as const),
        fc.constantFrom(...purposeIds),
        fc.integer({ min: 0, max: 40_000 }),
        (counts, method, purpose, count) => {
          const circles = Object.fromEntries(layerIds.map((id, i) => [`layer.${id}`, String(counts[i])]));
          const withSteps = show(
            state({ ...circles, ...allNames('3'), [`purpose.${purpose}`]: String(count) }, { method, purpose }),
          );
          const alone = show(state({ [`purpose.${purpose}`]: String(count) }, { purpose }));
          expect(withSteps.two).toEqual(alone.two);
        },
      ),
    );
  });

  it.each(purposeIds)('gives a %s reader the range and what to do at every place in it, never a verdict', (purpose) => {
    const target = content.targets.find((t) => t.id === purpose)!;
    const range = `about ${target.min.toLocaleString('en-US')} to ${target.max.toLocaleString('en-US')} people`;
    const places = [0, target.min - 1, target.min, target.max, target.max + 1, target.max * 3];
    for (const count of places) {
      const two = show(state({ [`purpose.${purpose}`]: String(count) }, { purpose })).two;
      const fit = count < target.min ? 'smaller' : count > target.max ? 'larger' : 'about-right';
      expect(two.answer, String(count)).toContain(range);
      expect(two.target!.next).toEqual(target.next[fit]);
      for (const text of [two.answer, ...two.target!.next!, two.target!.basis]) expect(text).not.toMatch(verdict);
    }
  });

  it('follows a purpose chosen here over the quiz’s, and says both', () => {
    const two = show(state({ 'purpose.resource': '120' }, { purpose: 'resource' }), 'brand').two;
    expect(two).toMatchObject({
      source: 'chosen',
      selected: 'resource',
      purpose: 'Resource/Operational',
      offerQuiz: true,
    });
    expect(two.sourceText).toEqual(['Using ', ', chosen here (your quiz result is Personal Brand).']);
    expect(two.answer).toBe(
      'You counted 120 people who serve a Resource/Operational network, within its guidance range (about 15 to 150 people).',
    );
    expect(show(state({}, { purpose: 'resource' })).two.sourceText).toEqual(['Using ', ', chosen here.']);
  });

  it('says a tie in the quiz result and lets the reader pick among the tied purposes, never silently one of them', () => {
    const tie = ['social', 'strategic', 'brand'] as const;
    const two = show(state({ 'purpose.social': '12' }), 'social', content, tie).two;
    expect(two).toMatchObject({
      source: 'tie',
      purpose: 'Social, Strategic/Perspective, and Personal Brand',
      sourceText: ['Your quiz result is a tie between ', '. Choose the one to compare with below.'],
      selected: '',
      tied: tie,
      offerQuiz: false,
      answer: 'Choose one of the tied purposes, or any other, to see what its network needs.',
      target: null,
    });
    // the reader picks one: it applies, and the tie is still said
    for (const chosen of tie) {
      const picked = show(state({}, { purpose: chosen }), 'social', content, tie).two;
      expect(picked).toMatchObject({
        source: 'chosen',
        selected: chosen,
        purpose: labels[chosen],
        tied: tie,
        offerQuiz: false,
      });
      expect(picked.sourceText).toEqual([
        'Using ',
        ', chosen here (your quiz result is a tie between Social, Strategic/Perspective, and Personal Brand).',
      ]);
    }
    // a two-way tie reads as one
    expect(show(state(), 'career', content, ['career', 'social']).two.purpose).toBe(
      'Career/Business Opportunity and Social',
    );
  });

  it('gives a Personal Brand count above LinkedIn’s limit the article’s view, not "larger than it needs"', () => {
    const two = show(state({ 'purpose.brand': '50000' }, { purpose: 'brand' })).two;
    expect(two.answer).toBe(
      'You counted 50,000 people who serve a Personal Brand network, above the top of its range (about 500 to 30,000 people), which is a platform’s connection limit rather than what a Personal Brand network needs; the article calls a large network fundamental to it.',
    );
    expect(two.target!.next).toEqual(brand.next.larger);
  });

  it('waits for a wrong count, naming it; a wrong count of a purpose not on show holds nothing up', () => {
    const wrong = show(state({ 'purpose.resource': 'x' }, { purpose: 'resource' }));
    expect(wrong.two.answer).toBe('Waiting for a valid number in “People in your Resource/Operational network”.');
    expect(wrong.two.target).toMatchObject({ next: null, field: { error: expect.stringMatching(/^Use digits only/) } });
    expect(wrong.stale).toBe(true);
    const hidden = show(state({ 'purpose.resource': 'x' }, { purpose: 'social' }));
    expect(hidden.stale).toBe(false);
    expect(hidden.two.answer).toMatch(/^You have counted nobody for a Social network yet/);
  });
});

describe('Part 3', () => {
  it('rounds the reach for the summary, the chart and the table', () => {
    const three = show(state()).three;
    expect(three.result).toBe('In this rough model, a message could reach about 140,000 people within three steps.');
    expect(three.rows).toEqual([
      ['1st degree', '150', '150'],
      ['2nd degree', '30,000', '30,000'],
      ['3rd degree', '110,000', '140,000'],
    ]);
    expect(three.bars.map((b) => `${b.name}${b.value}`)).toEqual([
      '1st degree: 150',
      'Within 2 steps: 30,000',
      'Within 3 steps: 140,000',
    ]);
    expect(three.ceiling).toBe('ceiling 1,000,000');
    expect(three.nearBound).toBeNull();
  });

  it('labels the chart’s axis in powers of ten up to the ceiling, in order, bars within the plot', () => {
    const { ticks, bars } = show(state()).three;
    expect(ticks.map((t) => t.label)).toEqual(['10', '100', '1K', '10K', '100K', '1M']);
    ticks.forEach((t, i) => expect(t.at).toBeCloseTo((i + 1) / 6));
    expect(bars.map((b) => b.at)).toEqual([...bars.map((b) => b.at)].sort());
    expect(bars.every((b) => b.at > 0 && b.at <= 1)).toBe(true);
    // the largest ceiling: every other power of ten
    expect(show(state({ 'reach.population': '250000000' })).three.ticks.map((t) => t.label)).toEqual([
      '100',
      '10K',
      '1M',
      '100M',
    ]);
  });

  it('says when nobody is reached and when the ceiling limits the result', () => {
    expect(show(state({ 'reach.first': '0', 'reach.hubs': '0' })).three.result).toBe(
      'With no connections, a message reaches nobody: enter your first-degree connections.',
    );
    const bounded = show(state({ 'reach.population': '1000' })).three;
    expect(bounded.result).toBe('In this rough model, a message could reach about 1,000 people within three steps.');
    expect(bounded.nearBound).toBe(
      'The audience ceiling of 1,000 people limits this result: most of the people a later step reaches have already seen the message.',
    );
  });

  it('waits for a wrong field, drawing no figure, while the chart keeps the last valid ceiling', () => {
    const s = state({ 'reach.population': '5000' });
    const { lastValid } = evaluate(s.fields, initialValues());
    const wrong = state({ 'reach.population': 'x' });
    const three = buildView(content, wrong, evaluate(wrong.fields, lastValid), null).three;
    expect(three.result).toBe('Waiting for a valid number in “Audience ceiling”.');
    expect(three.rows.map((row) => row.slice(1))).toEqual([
      ['–', '–'],
      ['–', '–'],
      ['–', '–'],
    ]);
    expect(three.bars.map((b) => [b.value, b.at])).toEqual([
      ['–', 0],
      ['–', 0],
      ['–', 0],
    ]);
    expect(three.ceiling).toBe('ceiling 5,000');
    expect(three.nearBound).toBeNull();
  });

  it('offers today’s estimate as the connections, capped at the connection limit, and says so', () => {
    expect(show(state()).three.useEstimate).toBeNull();
    expect(show(state({ 'layer.acquaintances': '10000' })).three.useEstimate).toBe(
      'Use my step 1 estimate (10,000) as my connections',
    );
    const many = show(state(allNames('500'), { method: 'names' }));
    expect(many.three.useEstimate).toBe('Use my step 1 estimate, capped at the 30,000 limit, as my connections');
    expect(many.reachEstimate).toBe(30_000);
  });

  it('writes one person in the singular in every sentence with a count of people', () => {
    const one = show(state({ 'reach.population': '1' })).three;
    expect(one.result).toBe('In this rough model, a message could reach about 1 person within three steps.');
    expect(one.nearBound).toMatch(/^The audience ceiling of 1 person limits this result/);
    const alone = show(state({ 'reach.first': '1', 'reach.overlap': '100', 'reach.hubs': '0' })).three;
    expect(alone.result).toBe('In this rough model, a message could reach about 1 person within three steps.');
    const circle = show(state({ 'layer.support': '1', 'purpose.resource': '1' }, { purpose: 'resource' }));
    expect(circle.one.summary).toBe('Your circles add up to 1 person.');
    expect(circle.two.answer).toMatch(/^You counted 1 person who serves a Resource/);
  });
});

it('never shows NaN, Infinity, undefined or an unfilled placeholder, whatever is typed or stored (property)', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.integer({ min: -10, max: 50_000 }).map(String),
    fc.double().map(String),
    fc.constantFrom('1e999', '-0', ' 5 ', '<b>5</b>'),
  );
  fc.assert(
    fc.property(
      fc.dictionary(fc.constantFrom(...fieldSpecs.keys()), text),
      fc.constantFrom('circles' as const, 'names' as const),
      fc.constantFrom(null, ...purposeIds),
      fc.constantFrom(null, ...purposeIds),
      (fields, method, purpose, quiz) => {
        const v = show(state(fields, { method, purpose }), quiz);
        // a field's value is the reader's own text handed back to the input: '' or a number it can read
        const written = JSON.stringify(v, function (this: object, key, value: unknown) {
          return key === 'value' && 'spec' in this ? undefined : value;
        });
        expect(written).not.toMatch(/NaN|Infinity|undefined|\{\w+\}/);
        // a field's value is the reader's own text handed back to its input: '' or a number the input can hold
        for (const f of [...v.one.fields, ...v.three.fields])
          expect(f.value).toMatch(/^$|^-?(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?$/i);
      },
    ),
  );
});
