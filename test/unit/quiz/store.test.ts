import { keepMount } from 'nanostores';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { storageRegistry } from '../../../src/shared/storage/registry';
import type { QuizModel } from '../../../src/tools/quiz/schema';
import { encodeShare } from '../../../src/tools/quiz/share-code';
import { quizContent, tinyModel as m } from '../../support/quiz-model';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '../../support/test-storage';

beforeAll(() => useTestStorageEngine());
afterEach(() => cleanTestStorage());

const key = storageRegistry.quiz.key;
const purposeKey = storageRegistry.purpose.key;
const mine = { inviting: 'close', q1: 'a', q2: 'a' }; // social leads
const theirs = { inviting: 'open', q1: 'b', q2: 'c' }; // brand leads
const link = (answers: Record<string, string>) => `#${encodeShare(m, answers)}`;
const stored = () =>
  JSON.parse(getTestStorage()[key] ?? 'null') as { answers: Record<string, string>; step: number } | null;
const save = (step: number, answers: Record<string, string>) =>
  setTestStorageKey(key, JSON.stringify({ v: 1, started: true, step, answers }));

/** A page load: the stores read what storage holds now, and the island builds its store from the content. */
async function open(model: QuizModel = m) {
  vi.resetModules();
  const [{ createQuizStore }, purpose] = await Promise.all([
    import('../../../src/tools/quiz/store'),
    import('../../../src/purposes/store'),
  ]);
  const store = createQuizStore(quizContent(model));
  keepMount(store.$view);
  keepMount(purpose.$sharedPurpose);
  keepMount(purpose.$sharedTie);
  return {
    ...store,
    view: () => store.$view.get(),
    purpose: () => purpose.$sharedPurpose.get(),
    tie: () => purpose.$sharedTie.get(),
  };
}

describe('quiz store: moving through the quiz', () => {
  it('goes intro → questions → review → result, refusing Next without an answer, and shares the result’s purpose', async () => {
    const s = await open();
    expect(s.view().kind).toBe('intro');
    s.start();
    expect(s.view()).toMatchObject({ kind: 'question', index: 0 });
    expect(s.next()).toBe(false);
    expect(s.$unanswered.get()).toBe('inviting');
    expect(s.view()).toMatchObject({ kind: 'question', index: 0 });
    s.choose('inviting', 'close');
    expect(s.$unanswered.get()).toBeNull();
    expect(s.next()).toBe(true);
    s.choose('q1', 'a');
    s.next();
    expect(s.showResult()).toBe(false);
    s.choose('q2', 'a');
    s.next();
    expect(s.view()).toEqual({ kind: 'review', answers: mine });
    s.back();
    expect(s.view()).toMatchObject({ kind: 'question', index: 2, last: true });
    s.toReview();
    expect(s.purpose()).toBeNull();
    expect(s.showResult()).toBe(true);
    expect(s.view()).toMatchObject({
      kind: 'result',
      planFor: 'social',
      report: { headline: expect.stringMatching(/Social/) },
    });
    expect(stored()).toEqual({ v: 1, started: true, step: 4, answers: mine });
    expect(s.purpose()).toBe('social');
  });

  it('ignores answers this edition does not ask, and jumps only to questions that can be reached', async () => {
    const s = await open();
    s.start();
    s.choose('q1', 'nope');
    s.choose('nope', 'a');
    s.goTo(2);
    s.goTo(-1);
    expect(stored()).toEqual({ v: 1, started: true, step: 0, answers: {} });
    s.choose('inviting', 'open');
    s.goTo(1);
    expect(s.view()).toMatchObject({ kind: 'question', index: 1 });
    s.back();
    s.back();
    expect(s.view()).toMatchObject({ kind: 'question', index: 0, chosen: 'open' });
    s.toReview(); // answers are missing: the first unanswered question
    expect(s.view()).toMatchObject({ kind: 'question', index: 1 });
  });

  it('resumes where the reader left off; retake starts again and clears the purpose the other tools use', async () => {
    save(4, mine);
    setTestStorageKey(purposeKey, '{"v":1,"purpose":"social"}');
    const s = await open();
    expect(s.view()).toMatchObject({ kind: 'result', planFor: 'social' });
    s.retake();
    expect(s.view()).toMatchObject({ kind: 'question', index: 0, chosen: undefined });
    expect(getTestStorage()[purposeKey]).toBeUndefined();
  });

  it('three or more leading: no purpose is shared until the reader chooses, then one set of answers is shown', async () => {
    const flat: QuizModel = {
      ...m,
      questions: [
        {
          id: 'q1',
          prompt: 'One',
          answers: [
            { id: 'a', text: 'A', weights: { social: 1, career: 1, brand: 1 } },
            { id: 'b', text: 'B', weights: { brand: 1 } },
          ],
        },
      ],
    };
    setTestStorageKey(purposeKey, '{"v":1,"purpose":"resource"}');
    setTestStorageKey(key, JSON.stringify({ v: 1, started: true, step: 2, answers: { inviting: 'middle', q1: 'a' } }));
    const s = await open(flat);
    s.showResult();
    expect(s.view()).toMatchObject({ kind: 'result', planFor: null, sets: [], report: { mode: 'choose' } });
    // the other tools hear of the tie: its first purpose, with every purpose tied with it
    expect([s.purpose(), s.tie()]).toEqual(['social', ['social', 'career', 'brand']]);
    s.choosePlanPurpose('resource');
    expect([s.purpose(), s.tie()]).toEqual(['social', ['social', 'career', 'brand']]);
    s.choosePlanPurpose('career');
    expect(s.view()).toMatchObject({ kind: 'result', planFor: 'career', sets: [{ purpose: 'career' }] });
    expect([s.purpose(), s.tie()]).toEqual(['career', []]);
  });

  it('erasing removes the answers and the shared purpose, and says so here', async () => {
    save(4, mine);
    setTestStorageKey(purposeKey, '{"v":1,"purpose":"social"}');
    const s = await open();
    s.erase();
    expect(getTestStorage()).toEqual({});
    expect(s.$notice.get()).toBe('erasedHere');
    expect(s.view().kind).toBe('intro');
    s.dismissNotice();
    expect(s.$notice.get()).toBeNull();
  });
});

describe('quiz store: saved answers follow the one rule of every tool', () => {
  it.each(['{"v":2}', '{"v":2,"started":true,"answers":{"x":"y"}}'])(
    'never deletes a save from a newer version (%s); the quiz works from memory',
    async (raw) => {
      setTestStorageKey(key, raw);
      const s = await open();
      expect(s.$notice.get()).toBe('newer');
      s.start();
      s.choose('inviting', 'close');
      expect(s.view()).toMatchObject({ kind: 'question', chosen: 'close' });
      s.dismissNotice();
      expect(getTestStorage()[key]).toBe(raw);
    },
  );

  it.each([
    ['damaged', '{not json'],
    ['made for other questions', JSON.stringify({ v: 1, started: true, step: 1, answers: { removed: 'x' } })],
  ])('keeps unreadable answers (%s) until the reader’s OK, and starts fresh', async (_, raw) => {
    setTestStorageKey(key, raw);
    const s = await open();
    expect(s.$notice.get()).toBe('unreadable');
    expect(s.view().kind).toBe('intro');
    expect(getTestStorage()[key]).toBe(raw);
    s.dismissNotice();
    expect(getTestStorage()[key]).toBeUndefined();
  });

  it('says once that the answers were changed, or erased, on another page', async () => {
    save(4, mine);
    const s = await open();
    save(4, theirs);
    expect(s.$notice.get()).toBe('replaced');
    expect(s.view()).toMatchObject({ kind: 'result', report: { result: { primary: 'brand' } } });
    s.dismissNotice();
    setTestStorageKey(key, undefined);
    expect(s.$notice.get()).toBe('erased');
    expect(s.view().kind).toBe('intro');
  });
});

describe('quiz store: share links', () => {
  it('opens a shared result without storing it, and keeps it at once when the reader has no answers', async () => {
    const s = await open();
    expect(s.followHash(link(theirs), () => false)).toBe('shared');
    expect(s.view()).toMatchObject({ kind: 'shared-result', own: 'none', keepNeedsConfirm: false });
    expect(getTestStorage()).toEqual({});
    expect(s.keepShared()).toBe('kept');
    expect(stored()).toMatchObject({ answers: theirs, step: 4 });
    expect(s.view()).toMatchObject({ kind: 'result', planFor: 'brand' });
    expect(s.purpose()).toBe('brand');
    expect(s.keepShared()).toBe('nothing');
  });

  it.each([
    ['a result', 4, mine, 'result', true],
    ['a quiz on the way', 1, { inviting: 'close' }, 'partial', true],
    ['the same answers', 4, theirs, 'result', false],
  ])(
    'asks before it replaces %s of the reader’s own, and replaces it only when told to',
    async (_, step, own, progress, asks) => {
      save(step, own);
      const s = await open();
      s.followHash(link(theirs), () => false);
      expect(s.view()).toMatchObject({ kind: 'shared-result', own: progress, keepNeedsConfirm: asks });
      if (asks) {
        expect(s.keepShared()).toBe('confirm');
        expect(stored()).toMatchObject({ answers: own });
        expect(s.view().kind).toBe('shared-result');
      }
      expect(s.keepShared(true)).toBe('kept');
      expect(stored()).toMatchObject({ answers: theirs, step: 4 });
    },
  );

  it('says what is wrong with a broken link; leaving it goes back to the reader’s own quiz', async () => {
    save(4, mine);
    const s = await open();
    expect(s.followHash('#quiz=v9.1', () => false)).toBe('shared');
    expect(s.view()).toEqual({ kind: 'shared-invalid', reason: 'future', own: 'result' });
    expect(s.followHash('#main', (id) => id === 'main')).toBeNull();
    s.closeShared();
    expect(s.view().kind).toBe('result');
  });

  it('writes the link to the reader’s result: the preview page of its leading purpose, or the plain one; none while incomplete', async () => {
    const s = await open();
    s.start();
    s.choose('inviting', 'open');
    expect(s.shareLink('https://example.org', true)).toBeNull();
    s.choose('q1', 'b');
    s.choose('q2', 'c');
    expect(s.shareLink('https://example.org', false)).toBe(`https://example.org/tools/purpose-quiz/${link(theirs)}`);
    expect(s.shareLink('https://example.org', true)).toBe(
      `https://example.org/tools/purpose-quiz/brand/${link(theirs)}`,
    );
  });
});

describe('quiz store: a tied result, chosen, shared and changed', () => {
  const tied = { inviting: 'close', q1: 'a', q2: 'b' }; // Social and Strategic/Perspective, 50% each
  const tool = 'https://example.org/tools/purpose-quiz/';

  it('a two-way tie not settled by a choice is shared as a tie; a choice is shared alone, and a link names it', async () => {
    save(3, tied);
    const s = await open();
    s.showResult();
    expect(s.view()).toMatchObject({ kind: 'result', planFor: null, report: { mode: 'two' } });
    expect([s.purpose(), s.tie()]).toEqual(['social', ['social', 'strategic']]);
    // no choice, no purpose in the link's address
    expect(s.shareLink('https://example.org', true)).toMatch(new RegExp(`^${tool}#quiz=`));
    s.choosePlanPurpose('strategic');
    expect([s.purpose(), s.tie()]).toEqual(['strategic', []]);
    expect(s.shareLink('https://example.org', true)).toMatch(new RegExp(`^${tool}strategic/#quiz=`));
    expect(s.shareLink('https://example.org', false)).toMatch(new RegExp(`^${tool}#quiz=`));
    expect(s.view()).toMatchObject({ planFor: 'strategic', headline: expect.stringContaining('two main purposes') });
  });

  it('a shared tied result says what the sender chose (the purpose its address names), never the opener’s own choice', async () => {
    setTestStorageKey(purposeKey, '{"v":1,"purpose":"strategic"}');
    const s = await open();
    s.setPage('/tools/purpose-quiz/social/');
    s.followHash(link(tied), () => false);
    expect(s.view()).toMatchObject({
      kind: 'shared-result',
      planFor: 'social',
      choice: 'The person who shared this result chose to plan for the Social network.',
    });
    s.setPage('/tools/purpose-quiz/');
    expect(s.view()).toMatchObject({
      kind: 'shared-result',
      planFor: null,
      choice: 'The person who shared this result did not choose one of these purposes to plan for.',
    });
    // a preview page that names a purpose that does not lead is no choice
    s.setPage('/tools/purpose-quiz/brand/');
    expect(s.view()).toMatchObject({ planFor: null });
  });

  it('keeping a shared tied result keeps the sender’s choice', async () => {
    const s = await open();
    s.setPage('/tools/purpose-quiz/strategic/');
    s.followHash(link(tied), () => false);
    expect(s.keepShared()).toBe('kept');
    expect([s.purpose(), s.tie()]).toEqual(['strategic', []]);
    expect(s.view()).toMatchObject({ kind: 'result', planFor: 'strategic' });
  });

  it('from the result, any answer can be changed on the review: the others stay', async () => {
    save(4, mine);
    const s = await open();
    expect(s.view().kind).toBe('result');
    s.changeAnswers();
    expect(s.view()).toEqual({ kind: 'review', answers: mine });
    s.goTo(2);
    s.choose('q2', 'b');
    s.toReview();
    expect(s.view()).toEqual({ kind: 'review', answers: { ...mine, q2: 'b' } });
    expect(s.showResult()).toBe(true);
    expect(s.view()).toMatchObject({ kind: 'result', report: { leading: ['social', 'strategic'] } });
  });
});
