import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeStored } from '../../../src/shared/storage/decode';
import {
  initialState,
  answersFit,
  isComplete,
  questionCount,
  back,
  choose,
  firstUnanswered,
  fromShared,
  goTo,
  keepingReplaces,
  next,
  ownProgress,
  parseState,
  reconcile,
  retake,
  screenOf,
  start,
  toResult,
  toReview,
} from '../../../src/tools/quiz/state';
import { tinyModel as m } from '../../support/quiz-model';

describe('parseState (stored data check)', () => {
  it('accepts the stored shape', () => {
    const s = { v: 1, started: true, step: 2, answers: { inviting: 'open', q1: 'a' } };
    expect(parseState(s)).toEqual(s);
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
    expect(parseState(bad)).toBeNull();
  });

  it('never throws on arbitrary JSON, through the shared decoder (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const out = decodeStored(raw, parseState);
        if (out.ok) expect(out.value.v).toBe(1);
      }),
    );
  });
});

describe('reconcile', () => {
  it('starts fresh when stored answers name questions or answers that no longer exist', () => {
    expect(reconcile({ v: 1, started: true, step: 1, answers: { gone: 'a' } }, m)).toEqual({
      state: initialState,
      fresh: true,
    });
    expect(reconcile({ v: 1, started: true, step: 1, answers: { q1: 'zz' } }, m)).toEqual({
      state: initialState,
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
    let s = initialState;
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
    const s = start(initialState);
    expect(choose(s, m, 'q1', 'nope')).toBe(s);
    expect(choose(s, m, 'nope', 'a')).toBe(s);
    expect(goTo(s, m, 2)).toBe(s);
    expect(goTo(s, m, -1)).toBe(s);
    expect(goTo(s, m, 0).step).toBe(0);
    expect(back(s).step).toBe(0);
  });

  it('toReview lands on the first unanswered question when answers are missing', () => {
    const s = choose(start(initialState), m, 'inviting', 'open');
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
    expect(ownProgress(initialState, m)).toBe('none');
    expect(ownProgress(retake(), m)).toBe('none');
    const partial = choose(start(initialState), m, 'inviting', 'open');
    expect(ownProgress(partial, m)).toBe('partial');
    // all answered but still at the review: not a result yet
    expect(ownProgress({ v: 1, started: true, step: 3, answers: full }, m)).toBe('partial');
    expect(ownProgress(fromShared(m, full), m)).toBe('result');
  });

  it('keepingReplaces: only when the reader has answers of their own that differ from the shared ones', () => {
    expect(keepingReplaces(initialState, full)).toBe(false);
    expect(keepingReplaces(retake(), full)).toBe(false);
    expect(keepingReplaces(fromShared(m, full), { ...full })).toBe(false);
    expect(keepingReplaces(fromShared(m, full), { ...full, q2: 'a' })).toBe(true);
    expect(keepingReplaces(choose(start(initialState), m, 'inviting', 'close'), full)).toBe(true);
    // a quiz on the way is replaced too, even where its answers agree so far
    expect(keepingReplaces(choose(start(initialState), m, 'inviting', 'open'), full)).toBe(true);
  });
});

describe('parseState and keys that look like object internals', () => {
  it.each(['__proto__', 'constructor', 'toString'])('keeps an answer stored under "%s" as an own key', (key) => {
    const parsed = parseState(JSON.parse(`{"v":1,"started":true,"step":0,"answers":{"${key}":"a"}}`));
    expect(parsed).not.toBeNull();
    expect(Object.keys(parsed!.answers)).toEqual([key]);
    expect(Object.getPrototypeOf(parsed!.answers)).toBe(Object.prototype);
  });
});

describe('parseState at the edges of what it keeps', () => {
  const stored = (more: Record<string, unknown>) => ({ v: 1, started: false, step: 0, answers: {}, ...more });

  it.each([
    ['step 0', { step: 0 }],
    ['step 1000, the highest kept', { step: 1000 }],
    ['a not-started quiz', { started: false }],
    ['an id and an answer of 64 characters', { answers: { ['k'.repeat(64)]: 'a'.repeat(64) } }],
    ['100 answers', { answers: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`q${i}`, 'a'])) }],
  ])('keeps %s', (_, more) => {
    const value = stored(more);
    expect(parseState(value)).toEqual(value);
  });

  it.each([
    ['step 1001', { step: 1001 }],
    ['a step given as text', { step: '1' }],
    ['a step of Infinity', { step: Infinity }],
    ['no v', { v: undefined }],
    ['v as text', { v: '1' }],
    ['no started', { started: undefined }],
    ['answers missing', { answers: undefined }],
    ['answers as text', { answers: 'q1=a' }],
    ['an id of 65 characters', { answers: { ['k'.repeat(65)]: 'a' } }],
    ['an answer of 65 characters', { answers: { q1: 'a'.repeat(65) } }],
    ['101 answers', { answers: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`q${i}`, 'a'])) }],
    ['one bad answer among good ones', { answers: { q1: 'a', q2: null, q3: 'b' } }],
  ])('refuses %s', (_, more) => {
    expect(parseState(stored(more))).toBeNull();
  });

  it('gives back a new answers object with exactly the stored entries, and v 1', () => {
    const answers = { q1: 'a', q2: 'b' };
    const parsed = parseState({ v: 1, started: true, step: 3, answers, extra: 'dropped' })!;
    expect(parsed).toStrictEqual({ v: 1, started: true, step: 3, answers: { q1: 'a', q2: 'b' } });
    expect(parsed.answers).not.toBe(answers);
  });
});

describe('the helpers that say how far a reader got', () => {
  const full = { inviting: 'open', q1: 'a', q2: 'b' };

  it.each([
    [{}, 0, false],
    [{ inviting: 'open' }, 1, false],
    [{ inviting: 'open', q2: 'b' }, 1, false],
    [{ q1: 'a', q2: 'b' }, 0, false],
    [full, 3, true],
  ] as const)('answers %j: first unanswered %i, complete %s', (answers, first, complete) => {
    expect(firstUnanswered(m, answers)).toBe(first);
    expect(isComplete(m, answers)).toBe(complete);
  });

  it('counts the strategy question with the others', () => {
    expect(questionCount(m)).toBe(3);
  });

  it.each([
    [{}, true],
    [full, true],
    [{ inviting: 'open' }, true],
    [{ q1: 'c' }, false],
    [{ gone: 'a' }, false],
    [{ inviting: 'open', q1: 'a', q2: 'z' }, false],
  ] as const)('answersFit %j is %s', (answers, fits) => {
    expect(answersFit(m, answers)).toBe(fits);
  });
});

describe('reconcile keeps what fits and clamps the step', () => {
  const full = { inviting: 'open', q1: 'a', q2: 'b' };

  it('a quiz not started goes back to the start of its answers, or to the empty state', () => {
    expect(reconcile({ v: 1, started: false, step: 2, answers: { inviting: 'open' } }, m)).toEqual({
      state: { v: 1, started: false, step: 0, answers: { inviting: 'open' } },
      fresh: false,
    });
    expect(reconcile({ v: 1, started: false, step: 2, answers: {} }, m)).toEqual({ state: initialState, fresh: false });
  });

  it.each([
    [{}, 0, 0],
    [{ inviting: 'open' }, 1, 1],
    [{ inviting: 'open' }, 2, 1],
    [{ inviting: 'open' }, 0, 0],
    [full, 3, 3],
    [full, 4, 4],
    [full, 5, 4],
  ] as const)('answers %j at step %i land on step %i', (answers, step, landed) => {
    const state = { v: 1, started: true, step, answers } as const;
    const out = reconcile(state, m);
    expect(out.fresh).toBe(false);
    expect(out.state).toEqual({ ...state, step: landed });
    if (step === landed) expect(out.state).toBe(state);
  });
});

describe('screens and moves at their edges', () => {
  const full = { inviting: 'open', q1: 'a', q2: 'b' };
  const at = (step: number, answers: Record<string, string> = full) =>
    ({ v: 1, started: true, step, answers }) as const;

  it.each([
    [0, { kind: 'question', index: 0 }],
    [2, { kind: 'question', index: 2 }],
    [3, { kind: 'review' }],
    [4, { kind: 'result' }],
    [9, { kind: 'result' }],
  ])('step %i is %j', (step, screen) => {
    expect(screenOf(at(step), m)).toEqual(screen);
  });

  it('a quiz not started is the intro whatever its step', () => {
    expect(screenOf({ ...at(3), started: false }, m)).toEqual({ kind: 'intro' });
  });

  it('start opens the first question, keeping the answers', () => {
    expect(start(at(3))).toEqual(at(0));
  });

  it('choose records the answer and keeps the others', () => {
    expect(choose(at(1, { inviting: 'open' }), m, 'q1', 'b')).toEqual(at(1, { inviting: 'open', q1: 'b' }));
    expect(choose(at(1, full), m, 'inviting', 'close')).toEqual(at(1, { ...full, inviting: 'close' }));
  });

  it('next moves one step from an answered question, and stays at the review or the result', () => {
    expect(next(at(0), m)).toEqual({ ok: true, state: at(1) });
    expect(next(at(2), m)).toEqual({ ok: true, state: at(3) });
    expect(next(at(1, { inviting: 'open' }), m)).toEqual({ ok: false, error: 'unanswered' });
    const review = at(3);
    expect(next(review, m)).toEqual({ ok: true, state: review });
    expect((next(review, m) as { state: unknown }).state).toBe(review);
    const result = at(4);
    expect((next(result, m) as { state: unknown }).state).toBe(result);
  });

  it('back moves one step and never below the first question', () => {
    expect(back(at(3))).toEqual(at(2));
    expect(back(at(1))).toEqual(at(0));
    expect(back(at(0))).toEqual(at(0));
  });

  it.each([
    [full, 0, 0],
    [full, 3, 3],
    [full, 2, 2],
    [{ inviting: 'open' }, 1, 1],
  ] as const)('goTo with answers %j reaches %i', (answers, index, step) => {
    expect(goTo({ v: 1, started: false, step: 0, answers }, m, index)).toEqual({ v: 1, started: true, step, answers });
  });

  it.each([
    [full, 4],
    [full, 1.5],
    [full, NaN],
    [full, -1],
    [{ inviting: 'open' }, 2],
    [{}, 1],
  ] as const)('goTo with answers %j refuses %d', (answers, index) => {
    const s = at(0, answers);
    expect(goTo(s, m, index)).toBe(s);
  });

  it('toReview and toResult also start the quiz', () => {
    expect(toReview({ ...at(0), started: false }, m)).toEqual(at(3));
    expect(toResult({ ...at(0), started: false }, m)).toEqual({ ok: true, state: at(4) });
    expect(toResult(at(2, { inviting: 'open', q1: 'a' }), m)).toEqual({ ok: false, error: 'unanswered' });
  });

  it('fromShared keeps a copy of the shared answers', () => {
    const shared = { ...full };
    const s = fromShared(m, shared);
    expect(s).toEqual(at(4));
    expect(s.answers).not.toBe(shared);
  });

  it('ownProgress is a result only on the result screen with every answer', () => {
    expect(ownProgress(at(4, { inviting: 'open', q1: 'a' }), m)).toBe('partial');
    expect(ownProgress(at(0), m)).toBe('partial');
    expect(ownProgress({ ...at(4), started: false }, m)).toBe('partial');
  });

  it('keepingReplaces counts answers the shared result does not have', () => {
    expect(keepingReplaces(at(4), { inviting: 'open', q1: 'a' })).toBe(true);
    expect(keepingReplaces(at(4, { inviting: 'open', q1: 'a' }), { inviting: 'open', q1: 'a' })).toBe(false);
    expect(keepingReplaces(at(4, { inviting: 'open' }), { inviting: 'open', q1: 'a' })).toBe(true);
  });
});
