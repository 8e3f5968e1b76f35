// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeShare } from '../../../src/tools/quiz/share-code';
import { initialState } from '../../../src/tools/quiz/state';
import { INTRO_VIEW, leaveSharedWords, quizView, screenName, sharedAfterHash, viewKey } from '../../../src/tools/quiz/view';
import { buildReport } from '../../../src/tools/quiz/report';
import { $quizView, chooseAnswer, eraseQuizAnswers, setQuizContent, shareLinkFor } from '../../../src/tools/quiz/store';
import { loadPurposeModel } from '../../support/purpose-model';
import { loadResults, quizContent, tinyModel as m } from '../../support/quiz-model';

const texts = loadResults();
const labels = loadPurposeModel();
const complete = { inviting: 'open', q1: 'a', q2: 'b' };
const none = { kind: 'none' } as const;

describe('sharedAfterHash (a pasted link, Back and Forward)', () => {
  const link = `#${encodeShare(m, complete)!}`;
  const shared = { kind: 'result', answers: complete } as const;
  const noElements = () => false;

  it('opens a quiz link, and reports a broken one', () => {
    expect(sharedAfterHash(m, link, none, noElements)).toEqual(shared);
    expect(sharedAfterHash(m, '#quiz=v9.0', shared, noElements)).toEqual({ kind: 'invalid', reason: 'future' });
  });

  it('closes the shared view when the fragment is no longer a quiz link (Back)', () => {
    expect(sharedAfterHash(m, '', shared, noElements)).toEqual(none);
    expect(sharedAfterHash(m, '#', shared, noElements)).toEqual(none);
    expect(sharedAfterHash(m, '#elsewhere', { kind: 'invalid', reason: 'tampered' }, noElements)).toEqual(none);
  });

  it('leaves things as they are for a jump to an element on the page, or when nothing was shared', () => {
    const isMain = (id: string) => id === 'main' || id === 'a b';
    expect(sharedAfterHash(m, '#main', shared, isMain)).toBeNull();
    expect(sharedAfterHash(m, '#a%20b', shared, isMain)).toBeNull();
    expect(sharedAfterHash(m, '#%E0%A4%A', shared, isMain)).toEqual(none);
    expect(sharedAfterHash(m, '', none, noElements)).toBeNull();
  });
});

describe('quizView (which screen, which answers)', () => {
  const reportOf = (answers: Record<string, string>) => {
    const outcome = buildReport(m, texts, labels, answers);
    return outcome.ok ? outcome.report : null;
  };
  const build = { own: reportOf(complete), shared: reportOf(complete) };

  it('shows the intro before the quiz starts', () => {
    expect(quizView(m, initialState, none, build)).toBe(INTRO_VIEW);
  });

  it('shows a question with its chosen answer, and offers the review only when all are answered', () => {
    const partial = quizView(m, { v: 1, started: true, step: 1, answers: { inviting: 'open', q1: 'b' } }, none, build);
    expect(partial).toEqual({ kind: 'question', index: 1, chosen: 'b', last: false, canReturnToReview: false });
    const full = quizView(m, { v: 1, started: true, step: 1, answers: complete }, none, build);
    expect(full).toMatchObject({ kind: 'question', index: 1, canReturnToReview: true });
    const last = quizView(m, { v: 1, started: true, step: 2, answers: complete }, none, build);
    expect(last).toMatchObject({ kind: 'question', index: 2, last: true, canReturnToReview: false });
    expect(viewKey(last)).toBe('q2');
  });

  it('shows the review with the answers, then the result with its report', () => {
    expect(quizView(m, { v: 1, started: true, step: 3, answers: complete }, none, build)).toEqual({
      kind: 'review',
      answers: complete,
    });
    const result = quizView(m, { v: 1, started: true, step: 4, answers: complete }, none, build);
    expect(result.kind).toBe('result');
    if (result.kind !== 'result') throw new Error('no result');
    expect(result.report.headline).toMatch(/^Your network has two main purposes: /);
    expect(result.report).toBe(build.own);
  });

  it('says when a result state cannot be scored, and calls it the result screen', () => {
    const view = quizView(m, { v: 1, started: true, step: 4, answers: complete }, none, { own: null, shared: null });
    expect(view).toEqual({ kind: 'unscorable' });
    expect(screenName(view)).toBe('result');
  });

  it('puts a shared link in front of the reader’s own quiz', () => {
    const own = { v: 1, started: true, step: 1, answers: { inviting: 'close' } } as const;
    const shared = quizView(m, own, { kind: 'result', answers: complete }, build);
    expect(shared.kind).toBe('shared-result');
    expect(screenName(shared)).toBe('shared-result');
    expect(quizView(m, own, { kind: 'invalid', reason: 'tampered' }, build)).toEqual({
      kind: 'shared-invalid',
      reason: 'tampered',
    });
    // a shared result that cannot be scored falls back to the reader's own quiz
    expect(quizView(m, own, { kind: 'result', answers: complete }, { own: null, shared: null }).kind).toBe('question');
  });
});

describe('the quiz store: $quizView and shareLinkFor', () => {
  beforeEach(() => {
    localStorage.setItem('upproach:quiz:v1', '{}');
    localStorage.setItem('upproach:purpose:v1', '{}');
    eraseQuizAnswers();
    localStorage.clear();
  });

  it('builds the share link from the stored answers, and none while incomplete', () => {
    setQuizContent(quizContent(m, texts, labels));
    expect($quizView.get()).toBe(INTRO_VIEW);
    chooseAnswer('inviting', 'open');
    expect(shareLinkFor('https://example.org', '/tools/purpose-quiz/')).toBeNull();
    chooseAnswer('q1', 'a');
    chooseAnswer('q2', 'b');
    expect(shareLinkFor('https://example.org', '/tools/purpose-quiz/')).toBe(
      `https://example.org/tools/purpose-quiz/#${encodeShare(m, complete)}`,
    );
  });
});

describe('viewKey (what moves the focus)', () => {
  it.each([
    [{ kind: 'intro' }, 'intro'],
    [{ kind: 'question', index: 0, chosen: undefined, last: false, canReturnToReview: false }, 'q0'],
    [{ kind: 'question', index: 2, chosen: 'a', last: true, canReturnToReview: false }, 'q2'],
    [{ kind: 'review', answers: {} }, 'review'],
    [{ kind: 'unscorable' }, 'unscorable'],
    [{ kind: 'shared-invalid', reason: 'tampered' }, 'shared-invalid'],
  ] as const)('%o has the key %s', (view, key) => {
    expect(viewKey(view)).toBe(key);
  });
});

describe('leaveSharedWords (the button that leaves a shared link)', () => {
  const ui = texts.ui;

  it('says where it goes: the reader’s own result, their unfinished quiz, or a fresh one', () => {
    expect(leaveSharedWords('result', ui, ui.takeQuiz)).toEqual({ label: 'Show my result', offer: false });
    expect(leaveSharedWords('partial', ui, ui.takeYourself)).toEqual({ label: 'Go back to my quiz', offer: false });
    expect(leaveSharedWords('none', ui, ui.takeYourself)).toEqual({ label: 'Take the quiz yourself', offer: true });
    expect(leaveSharedWords('none', ui, ui.takeQuiz)).toEqual({ label: 'Take the quiz', offer: true });
  });
});
