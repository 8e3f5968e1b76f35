import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeStored } from '@/lib/storage/decode';
import {
  EMPTY_STATE,
  back,
  choose,
  firstUnanswered,
  fromShared,
  goTo,
  keepingReplaces,
  next,
  ownProgress,
  parseStoredQuiz,
  reconcile,
  retake,
  screenOf,
  start,
  toResult,
  toReview,
} from '@/lib/quiz/state';
import { tinyModel as m } from '../../support/quiz-model';

describe('parseStoredQuiz (stored data check)', () => {
  it('accepts the stored shape', () => {
    const s = { v: 1, started: true, step: 2, answers: { inviting: 'open', q1: 'a' } };
    expect(parseStoredQuiz(s)).toEqual(s);
  });

  // it.for passes each case as it is (it.each would spread the array [] into no argument)
  it.for([
    null,
    'x',
    [],
    { v: 2, started: true, step: 0, answers: {} },
    { v: 1, started: 'yes', step: 0, answers: {} },
    { v: 1, started: true, step: -1, answers: {} },
    { v: 1, started: true, step: 1.5, answers: {} },
    { v: 1, started: true, step: 0, answers: [] },
    { v: 1, started: true, step: 0, answers: { q1: 3 } },
    { v: 1, started: true, step: 0, answers: { q1: 'x'.repeat(200) } },
    { purpose: 'social' },
  ])('rejects corrupted, foreign and old data: %j', (bad) => {
    expect(parseStoredQuiz(bad)).toBeNull();
  });

  it('never throws on arbitrary JSON, through the shared decoder (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const out = decodeStored(raw, parseStoredQuiz);
        if (out.ok) expect(out.value.v).toBe(1);
      }),
    );
  });
});

describe('reconcile', () => {
  it('starts fresh when stored answers name questions or answers that no longer exist', () => {
    expect(reconcile({ v: 1, started: true, step: 1, answers: { gone: 'a' } }, m)).toEqual({
      state: EMPTY_STATE,
      fresh: true,
    });
    expect(reconcile({ v: 1, started: true, step: 1, answers: { q1: 'zz' } }, m)).toEqual({
      state: EMPTY_STATE,
      fresh: true,
    });
  });

  it('never lets a reader land past an unanswered question or on an empty result', () => {
    expect(reconcile({ v: 1, started: true, step: 99, answers: { inviting: 'open' } }, m).state.step).toBe(1);
    expect(reconcile({ v: 1, started: true, step: 4, answers: {} }, m).state.step).toBe(0);
    const full = { inviting: 'open', q1: 'a', q2: 'b' };
    expect(reconcile({ v: 1, started: true, step: 99, answers: full }, m).state.step).toBe(4);
    const ok = { v: 1, started: true, step: 2, answers: full } as const;
    expect(reconcile(ok, m)).toEqual({ state: ok, fresh: false });
  });
});

describe('moving through the quiz', () => {
  it('goes intro → questions → review → result, refusing Next without an answer', () => {
    let s = EMPTY_STATE;
    expect(screenOf(s, m)).toEqual({ kind: 'intro' });
    s = start(s);
    expect(screenOf(s, m)).toEqual({ kind: 'question', index: 0 });
    expect(next(s, m)).toEqual({ ok: false, error: 'unanswered' });
    s = choose(s, m, 'inviting', 'middle');
    s = (next(s, m) as { state: typeof s }).state;
    s = choose(s, m, 'q1', 'b');
    s = (next(s, m) as { state: typeof s }).state;
    expect(toResult(s, m)).toEqual({ ok: false, error: 'unanswered' });
    s = choose(s, m, 'q2', 'a');
    s = (next(s, m) as { state: typeof s }).state;
    expect(screenOf(s, m)).toEqual({ kind: 'review' });
    s = back(s);
    expect(screenOf(s, m)).toEqual({ kind: 'question', index: 2 });
    s = toReview(s, m);
    const r = toResult(s, m);
    expect(r.ok && screenOf(r.state, m)).toEqual({ kind: 'result' });
  });

  it('ignores answers that do not exist and jumps only to reachable questions', () => {
    const s = start(EMPTY_STATE);
    expect(choose(s, m, 'q1', 'nope')).toBe(s);
    expect(choose(s, m, 'nope', 'a')).toBe(s);
    expect(goTo(s, m, 2)).toBe(s);
    expect(goTo(s, m, -1)).toBe(s);
    expect(goTo(s, m, 0).step).toBe(0);
    expect(back(s).step).toBe(0);
  });

  it('toReview lands on the first unanswered question when answers are missing', () => {
    const s = choose(start(EMPTY_STATE), m, 'inviting', 'open');
    expect(firstUnanswered(m, s.answers)).toBe(1);
    expect(toReview(s, m).step).toBe(1);
  });

  it('retake clears answers; a kept shared result opens on the result', () => {
    expect(retake()).toEqual({ v: 1, started: true, step: 0, answers: {} });
    const s = fromShared(m, { inviting: 'open', q1: 'a', q2: 'b' });
    expect(screenOf(s, m)).toEqual({ kind: 'result' });
  });
});

describe('the reader’s own answers, when a shared result is open', () => {
  const full = { inviting: 'open', q1: 'a', q2: 'b' };

  it('ownProgress: none, answers on the way, or a result', () => {
    expect(ownProgress(EMPTY_STATE, m)).toBe('none');
    expect(ownProgress(retake(), m)).toBe('none');
    const partial = choose(start(EMPTY_STATE), m, 'inviting', 'open');
    expect(ownProgress(partial, m)).toBe('partial');
    // all answered but still at the review: not a result yet
    expect(ownProgress({ v: 1, started: true, step: 3, answers: full }, m)).toBe('partial');
    expect(ownProgress(fromShared(m, full), m)).toBe('result');
  });

  it('keepingReplaces: only when the reader has answers of their own that differ from the shared ones', () => {
    expect(keepingReplaces(EMPTY_STATE, full)).toBe(false);
    expect(keepingReplaces(retake(), full)).toBe(false);
    expect(keepingReplaces(fromShared(m, full), { ...full })).toBe(false);
    expect(keepingReplaces(fromShared(m, full), { ...full, q2: 'a' })).toBe(true);
    expect(keepingReplaces(choose(start(EMPTY_STATE), m, 'inviting', 'close'), full)).toBe(true);
    // a quiz on the way is replaced too, even where its answers agree so far
    expect(keepingReplaces(choose(start(EMPTY_STATE), m, 'inviting', 'open'), full)).toBe(true);
  });
});

describe('parseStoredQuiz and keys that look like object internals', () => {
  it.each(['__proto__', 'constructor', 'toString'])('keeps an answer stored under "%s" as an own key', (key) => {
    const parsed = parseStoredQuiz(JSON.parse(`{"v":1,"started":true,"step":0,"answers":{"${key}":"a"}}`));
    expect(parsed).not.toBeNull();
    expect(Object.keys(parsed!.answers)).toEqual([key]);
    expect(Object.getPrototypeOf(parsed!.answers)).toBe(Object.prototype);
  });
});
