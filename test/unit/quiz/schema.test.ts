import { describe, expect, it } from 'vitest';
import { purposeIds } from '../../../src/purposes/ids';
import { fill } from '../../../src/shared/template';
import { isPreviewPage, previewPath } from '../../../src/tools/quiz/preview';
import { quizQuestionsSchema, quizResultsSchema, quizShareSchema } from '../../../src/tools/quiz/schema';
import { loadQuestions, loadQuizShare, loadTexts, rawQuiz } from '../../support/quiz-model';
import { loadPurposeNames } from '../../support/purpose-model';

const messages = (
  schema: { safeParse(input: unknown): { error?: { issues: { message: string }[] } } },
  input: unknown,
) => schema.safeParse(input).error?.issues.map((i) => i.message) ?? [];

describe('quiz questions: mistakes an editor can make stop the build, naming the question', () => {
  const strategyQuestion = rawQuiz('questions').strategyQuestion as { answers: unknown[] };
  const answers = (...weights: Record<string, number>[]) =>
    weights.map((w, i) => ({ id: `a${i}`, text: 'A', weights: w }));
  const question = (id: string, list: unknown = answers({ social: 2 }, { brand: 1, career: 3 })) => ({
    id,
    prompt: id,
    answers: list,
  });
  const check = (...questions: unknown[]) => messages(quizQuestionsSchema, { strategyQuestion, questions }).join(' | ');
  const weightError = 'a weight is a whole number from 0 to 5';

  it.each([
    ['a valid quiz', [question('q1'), question('q2')], ''],
    ['no answers', [question('empty', [])], 'question "empty" has no answers'],
    ['answers missing', [{ id: 'missing', prompt: 'missing' }], 'question "missing" has no answers'],
    ['one answer', [question('one', answers({ social: 1 }))], 'question "one" needs at least two answers'],
    ['two questions with one id', [question('q1'), question('q1')], 'duplicate question id "q1"'],
    ['a question with the strategy question’s id', [question('inviting')], 'duplicate question id "inviting"'],
    [
      'two answers with one id',
      [question('q1', [...answers({ social: 1 }), ...answers({ brand: 1 })])],
      'question "q1" has two answers with the id "a0"',
    ],
    [
      'weights above 5 or fractional',
      [question('q1', answers({ social: 6 }, { brand: 1.5 }))],
      `${weightError} | ${weightError}`,
    ],
    [
      'a negative weight',
      [question('q1', answers({ social: -1 }, { brand: 1 }))],
      `${weightError} | an answer needs a weight above 0 on at least one purpose (social, career, resource, strategic, brand)`,
    ],
    [
      'an answer that weighs nothing',
      [question('q1', answers({}, { brand: 1 }))],
      'an answer needs a weight above 0 on at least one purpose (social, career, resource, strategic, brand)',
    ],
    [
      'a weight on an unknown purpose',
      [question('q1', answers({ social: 1, fame: 2 }, { brand: 1 }))],
      'weight on an unknown purpose (fame); the purposes are social, career, resource, strategic, brand',
    ],
  ])('%s', (_, questions, expected) => {
    expect(check(...questions)).toBe(expected);
  });

  it('refuses a strategy question without exactly one answer per strategy', () => {
    const twoOnly = { ...strategyQuestion, answers: strategyQuestion.answers.slice(0, 2) };
    expect(messages(quizQuestionsSchema, { strategyQuestion: twoOnly, questions: [question('q1')] }).join()).toMatch(
      /exactly one answer for each of close, middle, open/,
    );
  });

  it('accepts the real questions: the strategy question and 13 weighted ones', () => {
    expect(loadQuestions().questions).toHaveLength(13);
  });
});

describe('what the result says: templates are checked against what the code fills in', () => {
  const raw = rawQuiz('results');
  const texts = loadTexts() as unknown as Record<string, Record<string, unknown>>;
  /** the messages when the text at `path` ("fit.partly", "range") is `value` */
  const check = (path: string, value: unknown) => {
    const [group, key] = path.split('.') as [string, string?];
    const patch = { [group]: key ? { ...texts[group], [key]: value } : value };
    const issues = quizResultsSchema.safeParse({ ...raw, ...patch }).error?.issues ?? [];
    return issues.map((i) => i.message.replace(`${path} `, '')).join(' | ');
  };

  it.each([
    [
      'headline.single',
      'Mainly a {netwrk}',
      'must contain {network} once (it has it 0 times) | uses the unknown placeholder {netwrk}; it may use {network}',
    ],
    ['headline.single', '{network}, a {network}', 'must contain {network} once (it has it 2 times)'],
    ['headline.none', 'No {network} stands out', 'uses the unknown placeholder {network}; it may use none'],
    ['fit.partly', 'You invite {reader}. {needs} {remedy}', 'must contain {suited} once (it has it 0 times)'],
    [
      'fit.notFit',
      '{reader} {needs} {remedy} {network}',
      'uses the unknown placeholder {network}; it may use {reader}, {needs}, {remedy}',
    ],
    [
      'need.many',
      'Your {networks} work for {need}.',
      'must contain {needed} once (it has it 0 times) | uses the unknown placeholder {need}; it may use {networks}, {needed}',
    ],
    // shown as written: a placeholder would show as "{network}" on the page
    ['recommendation.segment', 'Segment your {network}.', 'uses the unknown placeholder {network}; it may use none'],
    [
      'tieNote.two',
      'These ({networks}) are within {margin}.',
      'uses the unknown placeholder {networks}; it may use {margin}',
    ],
    ['tieNote.two', 'These are close.', 'must contain {margin} once (it has it 0 times)'],
    ['plan.apart', 'From your {networks}.', 'must contain {how} once (it has it 0 times)'],
    ['range', 'about {min} people', 'must contain {max} once (it has it 0 times)'],
    [
      'sources',
      [{ text: 'A source', href: 'http://doi.org/10.1098/rspb.2004.2970' }],
      'Source links must be https:// URLs',
    ],
    ['sources', [{ text: 'A source', href: 'javascript:alert(1)' }], 'Source links must be https:// URLs'],
  ])('%s: %j → %s', (path, value, expected) => {
    expect(check(path, value)).toBe(expected);
  });

  it('names the purpose whose words are missing, or that does not exist', () => {
    const { brand: _brand, ...noBrand } = texts.purposes!;
    expect(check('purposes', noBrand)).toMatch(/purposes\.brand is missing/);
    expect(check('purposes', { ...texts.purposes, fame: texts.purposes!.social })).toMatch(
      /purposes\.fame is not an id/,
    );
  });
});

describe('preview pages: one per purpose under the quiz, for link previews', () => {
  it('have words that pass their schema, naming the purpose once, and a description of 50 to 160 characters for every name', () => {
    const share = loadQuizShare();
    expect(messages(quizShareSchema, { ...share, title: 'My networking purpose' })).toEqual([
      'share.title must contain {purpose} once (it has it 0 times)',
    ]);
    for (const name of Object.values(loadPurposeNames())) {
      expect(fill(share.description, { purpose: name }).length, name).toBeGreaterThanOrEqual(50);
      expect(fill(share.description, { purpose: name }).length, name).toBeLessThanOrEqual(160);
    }
  });

  it.each([
    ['/tools/purpose-quiz/', 'strategic', '/tools/purpose-quiz/strategic/'],
    ['/upproach/tools/purpose-quiz', 'brand', '/upproach/tools/purpose-quiz/brand/'],
  ] as const)('previewPath(%s, %s) is %s', (path, purpose, expected) => {
    expect(previewPath(path, purpose)).toBe(expected);
    expect(isPreviewPage(expected, expected.startsWith('/upproach') ? '/upproach/' : '/')).toBe(true);
  });

  it.each([
    ...purposeIds.map((p) => [`/tools/purpose-quiz/${p}/`, '/', true] as const),
    ['/tools/purpose-quiz/brand', '/', true],
    ['/upproach/tools/purpose-quiz/social', '/upproach', true],
    ['/tools/purpose-quiz/brand/', '/upproach/', false],
    ['/x/tools/purpose-quiz/brand/', '/', false],
    ['/upproachtools/purpose-quiz/brand/', '/upproach', false],
    ['/tools/purpose-quiz/other/', '/', false],
    ['/tools/purpose-quiz/brand//', '/', false],
    ['/tools/purpose-quiz//brand/', '/', false],
    ['/tools/purpose-quiz/brand/x/', '/', false],
    ['/tools/purpose-quiz/', '/', false],
    ['/tools/network-size/', '/', false],
  ] as const)('%s under base %s is a preview page: %s', (pathname, base, expected) => {
    expect(isPreviewPage(pathname, base)).toBe(expected);
  });
});
