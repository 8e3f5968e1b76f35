import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeStored } from '../../../src/shared/storage/decode';
import {
  firstUnanswered,
  initialState,
  isComplete,
  keepingReplaces,
  ownProgress,
  parseState,
  reconcile,
  screenOf,
} from '../../../src/tools/quiz/state';
import { tinyModel as m } from '../../support/quiz-model';

const full = { inviting: 'open', q1: 'a', q2: 'b' };
const at = (step: number, answers: Record<string, string> = full, started = true) =>
  ({ v: 1, started, step, answers }) as const;

describe('parseState: what is read back from storage', () => {
  const stored = (more: Record<string, unknown>) => ({ v: 1, started: false, step: 0, answers: {}, ...more });

  it.each([
    ['a quiz on the way', { started: true, step: 2, answers: { inviting: 'open', q1: 'a' } }],
    ['step 1000, the highest kept', { step: 1000 }],
    ['an id and an answer of 64 characters', { answers: { ['k'.repeat(64)]: 'a'.repeat(64) } }],
    ['100 answers', { answers: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`q${i}`, 'a'])) }],
  ])('keeps %s', (_, more) => {
    expect(parseState(stored(more))).toEqual(stored(more));
  });

  it.each([
    ['null', null],
    ['text', 'x'],
    ['a list', []],
    ['another version', stored({ v: 2 })],
    ['v as text', stored({ v: '1' })],
    ['started as text', stored({ started: 'yes' })],
    ['a negative step', stored({ step: -1 })],
    ['a fractional step', stored({ step: 1.5 })],
    ['step 1001', stored({ step: 1001 })],
    ['a step given as text', stored({ step: '1' })],
    ['answers as a list', stored({ answers: [] })],
    ['answers as text', stored({ answers: 'q1=a' })],
    ['an answer that is not text', stored({ answers: { q1: 'a', q2: null } })],
    ['an id of 65 characters', stored({ answers: { ['k'.repeat(65)]: 'a' } })],
    ['an answer of 65 characters', stored({ answers: { q1: 'a'.repeat(65) } })],
    ['101 answers', stored({ answers: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`q${i}`, 'a'])) })],
    ['another tool’s data', { purpose: 'social' }],
  ])('refuses %s', (_, value) => {
    expect(parseState(value)).toBeNull();
  });

  it.each(['__proto__', 'constructor'])('keeps an answer stored under "%s" as an answer', (key) => {
    const parsed = parseState(JSON.parse(`{"v":1,"started":true,"step":0,"answers":{"${key}":"a"}}`));
    expect(Object.keys(parsed!.answers)).toEqual([key]);
    expect(Object.getPrototypeOf(parsed!.answers)).toBe(Object.prototype);
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

describe('reconcile: stored progress made safe for this edition of the questions', () => {
  it.each([
    ['a question that no longer exists', { gone: 'a' }],
    ['an answer that no longer exists', { q1: 'zz' }],
  ])('starts fresh, and says so, on %s', (_, answers) => {
    expect(reconcile(at(1, answers), m)).toEqual({ state: initialState, fresh: true });
  });

  it.each([
    [{}, 4, 0],
    [{ inviting: 'open' }, 99, 1],
    [{ inviting: 'open' }, 1, 1],
    [full, 3, 3],
    [full, 4, 4],
    [full, 99, 4],
  ] as const)(
    'answers %j at step %i land on step %i: never past an unanswered question or an empty result',
    (answers, step, landed) => {
      expect(reconcile(at(step, answers), m)).toEqual({ state: at(landed, answers), fresh: false });
    },
  );

  it('a quiz not started goes back to the start of its answers, or to the empty state', () => {
    expect(reconcile(at(2, { inviting: 'open' }, false), m).state).toEqual(at(0, { inviting: 'open' }, false));
    expect(reconcile(at(2, {}, false), m).state).toEqual(initialState);
  });
});

describe('how far a reader got', () => {
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

  it.each([
    [at(0, full, false), { kind: 'intro' }],
    [
      at(0, { inviting: 'open' }),
      { kind: 'question', index: 0, chosen: 'open', last: false, canReturnToReview: false },
    ],
    [at(1), { kind: 'question', index: 1, chosen: 'a', last: false, canReturnToReview: true }],
    [at(2), { kind: 'question', index: 2, chosen: 'b', last: true, canReturnToReview: false }],
    [at(3), { kind: 'review', answers: full }],
    [at(4), { kind: 'result' }],
    [at(9), { kind: 'result' }],
  ])('%j is on %j', (state, screen) => {
    expect(screenOf(state, m)).toEqual(screen);
  });

  it.each([
    [initialState, 'none'],
    [at(0, {}), 'none'],
    [at(1, { inviting: 'open' }), 'partial'],
    [at(3), 'partial'], // every answer, but still at the review
    [at(4, { inviting: 'open', q1: 'a' }), 'partial'],
    [at(4, full, false), 'partial'],
    [at(4), 'result'],
  ] as const)('%j: the reader’s own progress is %s', (state, progress) => {
    expect(ownProgress(state, m)).toBe(progress);
  });

  it.each([
    [initialState, full, false],
    [at(4), { ...full }, false], // the shared answers are the reader's own
    [at(4), { ...full, q2: 'a' }, true],
    [at(4), { inviting: 'open', q1: 'a' }, true],
    [at(4, { inviting: 'open', q1: 'a' }), { inviting: 'open', q1: 'a' }, false],
    [at(1, { inviting: 'open' }), full, true], // a quiz on the way is replaced too, even where it agrees so far
  ] as const)('keeping a shared result over %j (%j) replaces the reader’s answers: %s', (state, shared, replaces) => {
    expect(keepingReplaces(state, shared)).toBe(replaces);
  });
});
