import { beforeEach, describe, expect, it } from 'vitest';
import { loadWords } from '../../support/estimator-content';
import { freshImport } from '../../support/fresh-import';

const words = loadWords();

// The schema is built from the placeholder rules when its module loads (src/lib/estimator/words.ts):
// each test uses it as the modules make it now.
let estimatorWordsSchema: (typeof import('../../../src/tools/estimator/schema'))['estimatorWordsSchema'];
beforeEach(async () => {
  ({ estimatorWordsSchema } = await freshImport(() => import('../../../src/tools/estimator/schema')));
});

/** The messages the build prints for the estimator's words with one group's template replaced. */
function messages(group: 'ui' | 'messages' | 'noscriptTable', key: string, template: string): string[] {
  const broken = { ...words, [group]: { ...words[group], [key]: template } };
  const result = estimatorWordsSchema.safeParse(broken);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('estimator words schema: placeholders checked when the site is built', () => {
  it('accepts the words as they are', () => {
    expect(estimatorWordsSchema.safeParse(words).success).toBe(true);
  });

  it.each([
    [
      'ui',
      'circlesResult',
      'Your circles add up to {totl}.',
      [
        'ui.circlesResult must contain {total}',
        'ui.circlesResult uses the unknown placeholder {totl}; it may use {total}',
      ],
    ],
    [
      'ui',
      'answerSmaller',
      'Your estimate of {estimate} is small for {purpose} ({range}).',
      ['ui.answerSmaller must contain {missing}'],
    ],
    ['ui', 'answerLarger', 'Your estimate of {estimate} is large for {purpose} ({range}), {missing} over.', []],
    [
      'ui',
      'sourceQuiz',
      'Using {purpose} ({purpose}).',
      ['ui.sourceQuiz must contain {purpose} once (it has it 2 times)'],
    ],
    ['ui', 'chartBar', '{name}', ['ui.chartBar must contain {value} once (it has it 0 times)']],
    ['ui', 'chartBar', '{name}: {value} ({value})', ['ui.chartBar must contain {value} once (it has it 2 times)']],
    [
      'ui',
      'sourceChosen',
      'You chose {purpose}; {purpose} it is.',
      ['ui.sourceChosen must contain {purpose} once (it has it 2 times)'],
    ],
    [
      'ui',
      'sourceChosenQuiz',
      'You chose {purpose} ({purpose}); the quiz said {quiz}.',
      ['ui.sourceChosenQuiz must contain {purpose} once (it has it 2 times)'],
    ],
    [
      'ui',
      'sourceNone',
      '{quizLink} or {quizLink}',
      ['ui.sourceNone must contain {quizLink} once (it has it 2 times)'],
    ],
    // {missing} may be named where the words do not need it
    ['ui', 'answerAboutRight', 'About right: {estimate} for {purpose} ({range}), {missing} short.', []],
    [
      'ui',
      'answerAboutRightUpTo',
      'About right: {count} up to {layer} of {estimate} for {purpose} ({range}), {missing} short.',
      [],
    ],
    ['ui', 'clear', 'Clear {field}', ['ui.clear uses the unknown placeholder {field}; it may use none']],
    [
      'messages',
      'tooLarge',
      'Enter up to {mx}.',
      ['messages.tooLarge must contain {max}', 'messages.tooLarge uses the unknown placeholder {mx}; it may use {max}'],
    ],
    ['noscriptTable', 'caption', 'Estimate = {population} × known', ['noscriptTable.caption must contain {total}']],
  ] as const)('%s.%s: %j', (group, key, template, expected) => {
    expect(messages(group, key, template)).toEqual(expected);
  });

  it('checks how numbers are written too', () => {
    const units = { ...words.numbers.units, people: { ...words.numbers.units.people, other: '{count} people' } };
    const result = estimatorWordsSchema.safeParse({ ...words, numbers: { ...words.numbers, units, millions: '{n}' } });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([
      'numbers.units.people.other must contain {n}',
      'numbers.units.people.other uses the unknown placeholder {count}; it may use {n}',
    ]);
  });
});
