import { describe, expect, it } from 'vitest';
import { quizQuestionsSchema, quizResultsSchema } from '../../../src/tools/quiz/schema';
import { loadQuestions, loadResults } from '../../support/quiz-model';

const strategyQuestion = {
  id: 'inviting',
  prompt: 'How do you invite?',
  answers: [
    { id: 'close', text: 'Close' },
    { id: 'middle', text: 'Middle' },
    { id: 'open', text: 'Open' },
  ],
};

function question(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    prompt: `Prompt ${id}`,
    answers: [
      { id: 'a', text: 'A', weights: { social: 2 } },
      { id: 'b', text: 'B', weights: { brand: 1, career: 3 } },
    ],
    ...extra,
  };
}

function messages(input: unknown): string[] {
  const out = quizQuestionsSchema.safeParse(input);
  return out.success ? [] : out.error.issues.map((i) => i.message);
}

describe('quiz questions schema', () => {
  it('accepts a valid quiz', () => {
    expect(messages({ strategyQuestion, questions: [question('q1'), question('q2')] })).toEqual([]);
  });

  it('fails on a weight for an unknown purpose, naming it', () => {
    const bad = question('q1', {
      answers: [
        { id: 'a', text: 'A', weights: { social: 1, fame: 2 } },
        { id: 'b', text: 'B', weights: { brand: 1 } },
      ],
    });
    const msgs = messages({ strategyQuestion, questions: [bad] });
    expect(msgs.join('\n')).toMatch(/unknown purpose \(fame\)/);
  });

  it('fails on a question with no answers, naming it', () => {
    expect(messages({ strategyQuestion, questions: [question('empty', { answers: [] })] })).toContain(
      'question "empty" has no answers',
    );
    expect(messages({ strategyQuestion, questions: [question('missing', { answers: undefined })] })).toContain(
      'question "missing" has no answers',
    );
  });

  it('fails on duplicate question ids and duplicate answer ids', () => {
    expect(messages({ strategyQuestion, questions: [question('q1'), question('q1')] })).toContain(
      'duplicate question id "q1"',
    );
    expect(messages({ strategyQuestion, questions: [question('inviting')] })).toContain(
      'duplicate question id "inviting"',
    );
    const dupAnswers = question('q1', {
      answers: [
        { id: 'a', text: 'A', weights: { social: 1 } },
        { id: 'a', text: 'B', weights: { brand: 1 } },
      ],
    });
    expect(messages({ strategyQuestion, questions: [dupAnswers] })).toContain(
      'question "q1" has two answers with the id "a"',
    );
  });

  it('fails on answers that weigh nothing, bad weights and an incomplete strategy question', () => {
    const zero = question('q1', {
      answers: [
        { id: 'a', text: 'A', weights: {} },
        { id: 'b', text: 'B', weights: { brand: 1 } },
      ],
    });
    expect(messages({ strategyQuestion, questions: [zero] }).join()).toMatch(/weight above 0/);
    const neg = question('q1', {
      answers: [
        { id: 'a', text: 'A', weights: { social: -1 } },
        { id: 'b', text: 'B', weights: { brand: 1 } },
      ],
    });
    expect(messages({ strategyQuestion, questions: [neg] })).toEqual([
      'a weight is a whole number from 0 to 5',
      'an answer needs a weight above 0 on at least one purpose (social, career, resource, strategic, brand)',
    ]);
    const tooBig = question('q1', {
      answers: [
        { id: 'a', text: 'A', weights: { social: 6 } },
        { id: 'b', text: 'B', weights: { brand: 1.5 } },
      ],
    });
    expect(messages({ strategyQuestion, questions: [tooBig] })).toEqual([
      'a weight is a whole number from 0 to 5',
      'a weight is a whole number from 0 to 5',
    ]);
    const twoOnly = { ...strategyQuestion, answers: strategyQuestion.answers.slice(0, 2) };
    expect(messages({ strategyQuestion: twoOnly, questions: [question('q1')] }).join()).toMatch(
      /exactly one answer for each/,
    );
  });

  it('accepts the real questions: 13 weighted questions plus the strategy question', () => {
    const quiz = loadQuestions();
    expect(quiz.questions).toHaveLength(13);
  });
});

describe('quiz results schema', () => {
  it('accepts the real result texts', () => {
    const texts = loadResults();
    expect(Object.keys(texts.purposes)).toEqual(['social', 'career', 'resource', 'strategic', 'brand']);
  });

  it('fails, naming the field, when a purpose has no words or words name a purpose that does not exist', () => {
    const texts = structuredClone(loadResults()) as unknown as { purposes: Record<string, unknown> };
    const check = (purposes: Record<string, unknown>) => {
      const out = quizResultsSchema.safeParse({ ...texts, purposes });
      return out.success ? [] : out.error.issues.map((i) => i.message);
    };
    const { brand: _brand, ...noBrand } = texts.purposes;
    expect(check(noBrand).join()).toMatch(/purposes\.brand is missing/);
    expect(check({ ...texts.purposes, fame: texts.purposes.social }).join()).toMatch(/purposes\.fame is not an id/);
  });

  it('fails on a ui template with an unknown placeholder or a missing ui word, naming the key', () => {
    const texts = structuredClone(loadResults()) as unknown as { ui: Record<string, unknown> };
    const check = (ui: Record<string, unknown>) => {
      const out = quizResultsSchema.safeParse({ ...texts, ui });
      return out.success ? [] : out.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(check({ ...texts.ui, progress: 'Question {n} of {total}' })).toEqual([
      'ui.progress: ui.progress uses the unknown placeholder {n}; it may use {number}, {total}',
    ]);
    expect(check({ ...texts.ui, start: 'Start {now}' })).toEqual([
      'ui.start: ui.start uses the unknown placeholder {now}; it may use none',
    ]);
    const { seeResult: _dropped, ...missing } = texts.ui;
    expect(check(missing).map((m) => m.split(':')[0])).toEqual(['ui.seeResult']);
  });

  it('checks the placeholders of the headline, the strategy fit and the tie note against what the code fills in', () => {
    const texts = loadResults();
    const check = (patch: Record<string, unknown>) => {
      const out = quizResultsSchema.safeParse({ ...texts, ...patch });
      return out.success ? [] : out.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    const headline = (h: Partial<typeof texts.headline>) => check({ headline: { ...texts.headline, ...h } });
    expect(headline({ single: 'Your network is mainly a {netwrk}' })).toEqual([
      'headline.single: headline.single must contain {network} once (it has it 0 times)',
      'headline.single: headline.single uses the unknown placeholder {netwrk}; it may use {network}',
    ]);
    expect(headline({ single: '{network}, a {network}' })).toEqual([
      'headline.single: headline.single must contain {network} once (it has it 2 times)',
    ]);
    expect(headline({ two: 'More than one: {network}' })).toEqual([
      'headline.two: headline.two must contain {networks} once (it has it 0 times)',
      'headline.two: headline.two uses the unknown placeholder {network}; it may use {networks}',
    ]);
    expect(headline({ none: 'No {network} stands out' })).toEqual([
      'headline.none: headline.none uses the unknown placeholder {network}; it may use none',
    ]);
    const fit = (f: Partial<typeof texts.fit>) => check({ fit: { ...texts.fit, ...f } });
    expect(fit({ fits: 'That suits your {networks}.' })).toEqual([
      'fit.fits: fit.fits must contain {reader} once (it has it 0 times)',
    ]);
    expect(fit({ partly: 'You invite {reader}. {needs} {remedy}' })).toEqual([
      'fit.partly: fit.partly must contain {suited} once (it has it 0 times)',
    ]);
    expect(fit({ notFit: 'You invite {reader}. {needs} {remedy} {network}' })).toEqual([
      'fit.notFit: fit.notFit uses the unknown placeholder {network}; it may use {reader}, {needs}, {remedy}',
    ]);
    const need = (n: Partial<typeof texts.need>) => check({ need: { ...texts.need, ...n } });
    expect(need({ many: 'Your {network} work best when you invite {needed}.' })).toEqual([
      'need.many: need.many must contain {networks} once (it has it 0 times)',
      'need.many: need.many uses the unknown placeholder {network}; it may use {networks}, {needed}',
    ]);
    // the recommendations are shown as written: a placeholder would show as "{network}" on the page
    expect(check({ recommendation: { ...texts.recommendation, segment: 'Segment your {network}.' } })).toEqual([
      'recommendation.segment: recommendation.segment uses the unknown placeholder {network}; it may use none',
    ]);
    expect(check({ tieNote: { ...texts.tieNote, two: 'These purposes ({networks}) are close.' } })).toEqual([
      'tieNote.two: tieNote.two uses the unknown placeholder {networks}; it may use none',
    ]);
  });

  it('requires the value in the templates that only add words or punctuation around it', () => {
    const texts = structuredClone(loadResults()) as unknown as {
      ui: Record<string, unknown> & { result: Record<string, unknown> };
    };
    const check = (ui: Record<string, unknown>) => {
      const out = quizResultsSchema.safeParse({ ...texts, ui });
      return out.success ? [] : out.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(check({ ...texts.ui, purposeTerm: 'Network:' })).toEqual([
      'ui.purposeTerm: ui.purposeTerm must contain {network}',
    ]);
    expect(check({ ...texts.ui, reviewPrompt: '{number}.' })).toEqual([
      'ui.reviewPrompt: ui.reviewPrompt must contain {prompt}',
    ]);
    expect(check({ ...texts.ui, result: { ...texts.ui.result, percent: '{value} %' } })).toEqual([
      'ui.result.percent: ui.result.percent must contain {percent}',
      'ui.result.percent: ui.result.percent uses the unknown placeholder {value}; it may use {percent}',
    ]);
    expect(check({ ...texts.ui, result: { ...texts.ui.result, reminderTitle: '{title} —' } })).toEqual([]);
  });

  it('accepts only https source links', () => {
    const texts = loadResults();
    const check = (href: string) => {
      const out = quizResultsSchema.safeParse({ ...texts, sources: [{ text: 'A source', href }] });
      return out.success ? [] : out.error.issues.map((i) => i.message);
    };
    expect(check('https://doi.org/10.1098/rspb.2004.2970')).toEqual([]);
    for (const bad of ['http://doi.org/10.1098/rspb.2004.2970', 'javascript:alert(1)', 'ftp://example.org/x']) {
      expect(check(bad), bad).toEqual(['Source links must be https:// URLs']);
    }
  });
});
