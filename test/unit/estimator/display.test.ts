import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayView } from '../../../src/tools/estimator/display';
import type { EstimatorContent } from '../../../src/tools/estimator/model';
import { fieldSpecs, initialFields, initialValues } from '../../../src/tools/estimator/fields';
import { INPUT_DIGITS, numberWriter } from '../../../src/tools/estimator/numbers';
import { knownNames } from '../../../src/tools/estimator/scale-up';
import { initialState, type EstimatorState } from '../../../src/tools/estimator/state';
import { buildView } from '../../../src/tools/estimator/view';
import { purposeIds, type PurposeId } from '../../../src/purposes/ids';
import { fill } from '../../../src/shared/template';
import { expectNoBrokenText, loadContent, loadWriter } from '../../support/estimator-content';

const content: EstimatorContent = loadContent();
const copy = content.words;
const ui = copy.ui;
const write = loadWriter();

const state = (fields: Record<string, string>, extra: Partial<EstimatorState> = {}): EstimatorState => ({
  ...initialState,
  ...extra,
  fields: { ...initialFields(), ...fields },
});
const show = (s: EstimatorState, quiz: PurposeId | null = null, c: EstimatorContent = content, w = write) =>
  displayView(buildView(s, new Set(), quiz, initialValues()), c, w);

describe('Part 1', () => {
  it('offers the two methods, in order, with their words', () => {
    expect(show(initialState).methods).toEqual([
      { id: 'circles', label: ui.methodCircles },
      { id: 'names', label: ui.methodNames },
    ]);
  });

  it('names the field a result waits for, and each name field by its name’s id', () => {
    const circles = show(state({ 'layer.sympathy': 'x' })).one;
    expect(circles.summary).toBe(fill(ui.waiting, { field: circles.fields[1]!.label }));
    const names = show(state({ 'name.michael': '20' }, { method: 'names' })).one;
    expect(names.fields.map((f) => f.id)).toEqual(knownNames.map((n) => `name.${n.id}`));
    // a field the state does not hold at all shows empty
    const partial = { ...initialState, fields: { ...initialFields() } };
    delete (partial.fields as Record<string, string>)['layer.support'];
    expect(show(partial).one.fields[0]!.value).toBe('');
  });

  it('names a circle by its id when the content lacks its words', () => {
    const noSupport = { ...content, layers: content.layers.filter((l) => l.id !== 'support') };
    const one = show(state({ 'layer.support': 'x' }), null, noSupport).one;
    expect(one.summary).toBe(fill(ui.waiting, { field: 'layer.support' }));
    const social = show(state({ 'layer.support': '5' }, { purpose: 'social' }), null, noSupport).two;
    expect(social.target!.layers).toContain('support');
  });

  it('announces the summary of the chosen method only', () => {
    const fields = { 'layer.support': '5', 'layer.sympathy': '10', 'name.michael': '20' };
    expect(show(state(fields)).one.summary).toBe('Your circles add up to 15 people.');
    expect(show(state(fields, { method: 'names' })).one.summary).toBe('You know about 259 people.');
    expect(show(initialState).one.summary).toBe(ui.circlesInsufficient);
    expect(show(state({}, { method: 'names' })).one.summary).toBe(ui.namesInsufficient);
  });

  it('gives the chosen method’s legend, hint and fields', () => {
    const circles = show(initialState).one;
    expect(circles.legend).toBe(ui.circlesLegend);
    expect(circles.hint).toBe(copy.circles.intro);
    expect(circles.fields.map((f) => f.label)).toEqual(content.layers.map((l) => `${l.order}. ${l.name}`));
    expect(circles.fields[0]).toMatchObject({
      id: 'layer.support',
      hint: 'People you would call in a crisis.',
      unit: 'people, 0–100',
      value: '0',
      error: '',
    });
    const names = show(state({}, { method: 'names' })).one;
    expect(names.legend).toBe(ui.namesLegend);
    expect(names.fields.map((f) => f.label)).toEqual(knownNames.map((n) => n.name));
    expect(names.fields.every((f) => f.hint === '' && f.unit === 'people, 0–500')).toBe(true);
  });

  it('makes inputs wide enough for their largest number: only the audience ceiling needs the wide size', () => {
    const d = show(initialState);
    const all = [...d.one.fields, ...show(state({}, { method: 'names' })).one.fields, ...d.three.fields];
    const wideIds = ['reach.population'];
    expect(all.filter((f) => f.wide).map((f) => f.id)).toEqual(wideIds);
    // each field's largest number fits the size it is expected to have (not the size isWide gives it)
    for (const f of all)
      expect(String(f.spec.max).length).toBeLessThanOrEqual(
        wideIds.includes(f.id) ? INPUT_DIGITS.wide : INPUT_DIGITS.normal,
      );
  });

  it('hands a number input only text it can hold: unreadable saved text shows empty, with its message', () => {
    const planted = {
      'layer.support': 'NaN',
      'layer.sympathy': 'Infinity',
      'layer.affinity': '1e400',
      'layer.active': ' 12',
      'layer.acquaintances': '+7',
    };
    const fields = show(state(planted)).one.fields;
    const byId = (id: string) => fields.find((f) => f.id === id)!;
    // the message for text that is not a number states the field's range
    expect(byId('layer.support')).toMatchObject({
      value: '',
      error: 'Use digits only: enter a number from 0 to 100 people.',
    });
    expect(byId('layer.sympathy')).toMatchObject({
      value: '',
      error: 'Use digits only: enter a number from 0 to 300 people.',
    });
    expect(byId('layer.affinity')).toMatchObject({
      value: '',
      error: 'That’s more than this estimate can use: enter up to 1,000 people.',
    });
    // text the estimate reads as a number shows as that number
    expect(byId('layer.active')).toMatchObject({ value: '12', error: '' });
    expect(byId('layer.acquaintances')).toMatchObject({ value: '7', error: '' });
    // what a browser reports for a typed number is shown as it is
    for (const typed of ['5', '-3', '2.5', '.5', '1e3', '1E3', '00', '-0', '99999999'])
      expect(show(state({ 'layer.support': typed })).one.fields[0]!.value).toBe(typed);
  });

  it('puts each field’s message next to it, and only there', () => {
    const d = show(state({ 'layer.support': '-2', 'reach.overlap': '150' }));
    expect(d.stale).toBe(true);
    expect(d.one.fields.find((f) => f.id === 'layer.support')).toMatchObject({
      value: '-2',
      error: copy.messages.negative,
    });
    expect(d.three.fields.find((f) => f.id === 'reach.overlap')!.error).toBe(
      'That’s more than this estimate can use: enter up to 100%.',
    );
    expect([...d.one.fields, ...d.three.fields].filter((f) => f.error !== '').map((f) => f.id)).toEqual([
      'layer.support',
      'reach.overlap',
    ]);
  });

  it('fills the circles table with your counts once there is an estimate', () => {
    expect(show(initialState).one.circles.map((r) => [r.yours, r.compared])).toEqual(
      content.layers.map(() => [ui.noCount, ui.compareNone]),
    );
    const rows = show(state({ 'layer.support': '4', 'layer.active': '100' })).one.circles;
    expect(rows[0]).toEqual({
      id: 'support',
      name: 'Support clique',
      yours: '4',
      typical: '5',
      compared: ui.compareSimilar,
    });
    expect(rows[2]).toMatchObject({ yours: '4', typical: '50', compared: ui.compareFewer });
    expect(rows[3]).toMatchObject({ yours: '104', typical: '150', compared: ui.compareSimilar });
  });

  it('shows the name method’s working once the reader knows someone', () => {
    expect(show(state({}, { method: 'names' })).one.working).toMatch(/^The estimate is 250,000,000 × /);
    expect(show(state({ 'name.michael': '20' }, { method: 'names' })).one.working).toBe(
      '250,000,000 people × 20 you know ÷ 19,285,000 people with these names ≈ 259.',
    );
  });
});

describe('Part 2', () => {
  const named = state({ 'name.michael': '20' }, { method: 'names' });

  it('asks for a purpose when there is none, with an empty option and the quiz link', () => {
    const two = show(named).two;
    expect(two).toMatchObject({
      source: 'none',
      sourceSlot: 'quizLink',
      sourceBefore: 'You have not taken the ',
      sourceAfter: ' in this browser, so choose a purpose here.',
      purposeLabel: '',
      selectLabel: ui.selectNone,
      selected: '',
      placeholder: ui.selectPlaceholder,
      useQuiz: false,
      answer: ui.answerChoose,
      target: null,
    });
  });

  it('compares today’s estimate with the quiz’s purpose and says what to do next', () => {
    const two = show(named, 'brand').two;
    expect(two).toMatchObject({
      source: 'quiz',
      sourceSlot: 'purpose',
      sourceBefore: 'Using ',
      sourceAfter: ', the purpose from your quiz result.',
      purposeLabel: 'Personal Brand',
      selectLabel: ui.selectCompare,
      selected: 'brand',
      placeholder: null,
      useQuiz: false,
    });
    expect(two.answer).toBe(
      'Your estimate of 259 people is smaller than a Personal Brand network needs (about 500 to 30,000 people): about 241 more would reach the bottom of the range.',
    );
    const brand = content.targets.find((t) => t.id === 'brand')!;
    expect(two.target).toEqual({
      lead: 'A Personal Brand network:',
      layers: 'about 500 to 30,000 people, mostly from these circles: Meaningful contacts, Acquaintances.',
      composition: brand.composition,
      basis: brand.basis,
      next: brand.next.smaller,
    });
  });

  it('shows the target without next steps until there is an estimate', () => {
    const two = show(initialState, 'brand').two;
    expect(two.answer).toBe('Complete step 1 to compare your network with what a Personal Brand network needs.');
    expect(two.target).toMatchObject({ lead: 'A Personal Brand network:', next: null });
  });

  it('offers the five purposes by their names, and the quiz’s purpose back only when there is one', () => {
    const two = show(state({}, { purpose: 'resource' })).two;
    expect(two.options).toEqual(purposeIds.map((id) => ({ id, label: content.purposeLabels[id] })));
    expect(two.useQuiz).toBe(false);
  });

  it('shows no target for a purpose the content has no target for', () => {
    const without = { ...content, targets: content.targets.filter((t) => t.id !== 'brand') };
    const two = show(state({ 'layer.active': '120' }, { purpose: 'brand' }), null, without).two;
    expect(two.target).toBeNull();
    expect(two.purposeLabel).toBe(content.purposeLabels.brand);
    expect(two.answer).toBe(ui.answerChoose);
  });

  it('offers the quiz’s purpose back when another one is chosen here', () => {
    const two = show(state({ 'layer.active': '120' }, { purpose: 'resource' }), 'brand').two;
    expect(two).toMatchObject({
      source: 'chosen',
      selected: 'resource',
      useQuiz: true,
      placeholder: ui.selectPlaceholder,
    });
    expect(two.sourceAfter).toBe(', chosen here (your quiz result is Personal Brand).');
    expect(two.answer).toBe(
      'Your estimate of 120 people is about right for a Resource/Operational network (about 15 to 150 people).',
    );
    expect(two.target!.next).toEqual(content.targets.find((t) => t.id === 'resource')!.next['about-right']);
  });

  it('says which circles it compares when a purpose draws on inner circles only', () => {
    const close150 = {
      'layer.support': '5',
      'layer.sympathy': '10',
      'layer.affinity': '35',
      'layer.active': '100',
      'layer.acquaintances': '350',
    };
    const social = show(state(close150, { purpose: 'social' })).two;
    expect(social.answer).toBe(
      'Your circles up to “Good friends and close colleagues” hold 50 people: about right for a Social network (about 5 to 50 people). It draws on those circles, not on all 500 people you counted.',
    );
    expect(social.target!.next).toEqual(content.targets.find((t) => t.id === 'social')!.next['about-right']);
    const strategic = show(state({ 'layer.support': '2', 'layer.active': '100' }, { purpose: 'strategic' })).two;
    expect(strategic.answer).toBe(
      'Your circles up to “Sympathy group” hold 2 people: fewer than a Strategic/Perspective network needs (about 5 to 15 people). It draws on those circles, not on all 102 people you counted; about 3 more there would reach the bottom of the range.',
    );
    const resource = show(state({ 'layer.active': '300', 'layer.acquaintances': '10' }, { purpose: 'resource' })).two;
    expect(resource.answer).toBe(
      'Your circles up to “Meaningful contacts” hold 300 people: more than a Resource/Operational network needs (about 15 to 150 people). It draws on those circles, not on all 310 people you counted.',
    );
    // the whole estimate, when the purpose draws on every circle counted
    expect(show(state(close150, { purpose: 'brand' })).two.answer).toBe(
      'Your estimate of 500 people is about right for a Personal Brand network (about 500 to 30,000 people).',
    );
  });

  it('gives a Personal Brand network above LinkedIn’s limit the article’s view, not "larger than it needs"', () => {
    const many = Object.fromEntries(
      ['michael', 'james', 'robert', 'david', 'christopher', 'jennifer'].map((n) => [`name.${n}`, '500']),
    );
    const brand = show(state(many, { method: 'names', purpose: 'brand' })).two;
    expect(brand.answer).toMatch(
      /^Your estimate of [\d,]+ people is above the top of the range \(about 500 to 30,000 people\)/,
    );
    expect(brand.answer).not.toMatch(/larger than/);
    expect(brand.answer).toMatch(
      /a platform’s connection limit rather than what a Personal Brand network needs; the article calls a large network fundamental to it/,
    );
    expect(brand.target!.next!.join(' ')).toMatch(/keep growing your reach/);
  });

  it('joins the circles’ names with the separator from content, in the target’s order', () => {
    const slashed = { ...content, words: { ...copy, ui: { ...ui, layerSeparator: ' / ' } } };
    expect(show(named, 'strategic', slashed).two.target!.layers).toBe(
      'about 5 to 15 people, mostly from these circles: Support clique / Sympathy group.',
    );
  });
});

describe('Part 3', () => {
  it('rounds the reach for the summary, the chart and the table', () => {
    const three = show(initialState).three;
    expect(three.result).toBe('In this rough model, a message could reach about 140,000 people within three steps.');
    expect(three.rows).toEqual([
      { name: ui.degree1, added: '150', soFar: '150' },
      { name: ui.degree2, added: '30,000', soFar: '30,000' },
      { name: ui.degree3, added: '110,000', soFar: '140,000' },
    ]);
    expect(three.bars.map((b) => `${b.before}${b.value}${b.after}`)).toEqual([
      '1st degree: 150',
      'Within 2 steps: 30,000',
      'Within 3 steps: 140,000',
    ]);
    expect(three.ceiling).toBe('ceiling 1,000,000');
    expect(three.nearBound).toBeNull();
  });

  it('labels the axis in powers of ten up to the ceiling, in order, within the plot', () => {
    const { ticks, bars } = show(initialState).three;
    expect(ticks.map((t) => t.label)).toEqual(['10', '100', '1k', '10k', '100k', '1M']);
    expect(ticks.map((t) => t.at)).toEqual([...ticks.map((t) => t.at)].sort((a, b) => a - b));
    expect(ticks.at(-1)!.at).toBe(1);
    for (const b of bars) expect(b.at).toBeGreaterThan(0);
    expect(bars[0]!.at).toBeLessThan(bars[2]!.at);
  });

  it('says when nobody is reached and when the ceiling limits the result', () => {
    expect(show(state({ 'reach.first': '0', 'reach.hubs': '0' })).three.result).toBe(ui.reachNone);
    const bounded = show(state({ 'reach.population': '1000' })).three;
    expect(bounded.nearBound).toBe(
      'The audience ceiling of 1,000 people limits this result: most of the people a later step reaches have already seen the message.',
    );
    expect(bounded.result).toBe('In this rough model, a message could reach about 1,000 people within three steps.');
  });

  it('offers today’s estimate as the connections only when there is one', () => {
    expect(show(initialState).three.useEstimate).toBeNull();
    expect(show(state({ 'layer.support': '5' })).three.useEstimate).toBe(
      'Use my step 1 estimate (5) as my connections',
    );
  });

  it('says so when today’s estimate is over the connection limit, instead of showing another number', () => {
    const names = state(Object.fromEntries(knownNames.map((n) => [`name.${n.id}`, '500'])), { method: 'names' });
    const d = show(names);
    expect(d.one.summary).toBe('You know about 77,781 people.');
    expect(d.three.useEstimate).toBe('Use my step 1 estimate, capped at the 30,000 limit, as my connections');
    // under the limit nothing is capped: the button shows the estimate itself
    const under = show(state({ 'layer.acquaintances': '10000' }));
    expect(under.three.useEstimate).toBe('Use my step 1 estimate (10,000) as my connections');
  });

  it('writes one person in the singular in every sentence with a count of people', () => {
    const one = show(state({ 'reach.population': '1' })).three;
    expect(one.result).toBe('In this rough model, a message could reach about 1 person within three steps.');
    expect(one.nearBound).toBe(
      'The audience ceiling of 1 person limits this result: most of the people a later step reaches have already seen the message.',
    );
    const alone = show(state({ 'reach.first': '1', 'reach.overlap': '100', 'reach.hubs': '0' })).three;
    expect(alone.result).toBe('In this rough model, a message could reach about 1 person within three steps.');
    const circle = show(state({ 'layer.support': '1' }, { purpose: 'resource' }));
    expect(circle.one.summary).toBe('Your circles add up to 1 person.');
    expect(circle.two.answer).toBe(
      'Your estimate of 1 person is smaller than a Resource/Operational network needs (about 15 to 150 people): about 14 more would reach the bottom of the range.',
    );
  });
});

describe('the display as a whole', () => {
  it('writes numbers in the locale it is given', () => {
    const de = numberWriter('de-DE', copy.numbers);
    const d = show(initialState, null, { ...content, locale: 'de-DE' }, de);
    expect(d.three.result).toBe('In this rough model, a message could reach about 140.000 people within three steps.');
    expect(d.three.fields[0]!.unit).toBe('people, 0–30.000');
  });

  it('never shows NaN, undefined or an unfilled placeholder, whatever is typed', () => {
    const ids = [...fieldSpecs.keys()];
    const typed = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.integer({ min: -10, max: 50_000 }).map(String),
      fc.double().map(String),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...ids), typed),
        fc.constantFrom('circles' as const, 'names' as const),
        fc.constantFrom(null, 'social' as const, 'brand' as const),
        (fields, method, quiz) => {
          const d = show(state(fields, { method }), quiz);
          expectNoBrokenText(d);
          // a number input is only ever given '' or a number it can parse (else Chromium warns)
          for (const f of [...d.one.fields, ...d.three.fields]) {
            if (f.value !== '') expect(f.value).toMatch(/^-?(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?$/i);
            expect(Number.isFinite(Number(f.value))).toBe(true);
          }
          expect(d.stale).toBe(
            Object.keys(buildView(state(fields, { method }), new Set(), quiz, initialValues()).errors).length > 0,
          );
        },
      ),
    );
  });
});
