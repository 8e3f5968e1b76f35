import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checksum, decodeShare, encodeShare } from '../../../src/lib/quiz/share-code';
import { allQuestions, type Answers, type QuizModel } from '../../../src/lib/quiz/types';
import { loadQuestions, tinyModel } from './model-fixture';

const model = loadQuestions();

function completeAnswers(m: QuizModel) {
  return fc.tuple(...allQuestions(m).map((q) => fc.constantFrom(...q.answers.map((a) => a.id)))).map((ids) => {
    const answers: Record<string, string> = {};
    allQuestions(m).forEach((q, i) => (answers[q.id] = ids[i]!));
    return answers as Answers;
  });
}

describe('share codes', () => {
  it('still reads a link made before the checksum moved to the shared fnv1a32', () => {
    // made by the earlier, quiz-only FNV loop for the current questions: existing links must keep working
    const known = '#quiz=v1.01234012340123.gca4';
    expect(decodeShare(model, known)).toEqual({
      ok: true,
      answers: {
        inviting: 'close',
        share: 'expertise',
        reach: 'experts',
        hope: 'advice',
        strangers: 'rarely-think',
        'stranger-invite': 'accept-reach',
        message: 'ask-view',
        size: 'board',
        'know-well': 'relevant',
        time: 'learn',
        'ask-of-them': 'introduce',
        spread: 'useful',
        situation: 'settled',
        give: 'leads',
      },
    });
    expect(checksum('')).toBe('ntfp');
    expect(checksum('hello')).toBe('bicr');
  });

  it('round-trips every complete answer set (property)', () => {
    fc.assert(
      fc.property(completeAnswers(model), (answers) => {
        const code = encodeShare(model, answers);
        expect(code).toMatch(/^quiz=v1\.[0-9a-z]{14}\.[0-9a-z]{4}$/);
        expect(decodeShare(model, `#${code}`)).toEqual({ ok: true, answers });
        expect(decodeShare(model, code)).toEqual({ ok: true, answers });
      }),
    );
  });

  it('carries answers, not scores', () => {
    const code = encodeShare(tinyModel, { inviting: 'open', q1: 'b', q2: 'c' })!;
    expect(code.startsWith('quiz=v1.212.')).toBe(true);
  });

  it('does not encode an incomplete answer set', () => {
    expect(encodeShare(tinyModel, { inviting: 'open', q1: 'b' })).toBeNull();
    expect(encodeShare(tinyModel, { inviting: 'open', q1: 'b', q2: 'nope' })).toBeNull();
  });

  it('names each kind of bad link', () => {
    const good = encodeShare(tinyModel, { inviting: 'open', q1: 'b', q2: 'c' })!;
    const [, digits, check] = /^quiz=v1\.(\w+)\.(\w+)$/.exec(good)!;
    expect(decodeShare(tinyModel, '')).toEqual({ ok: false, reason: 'none' });
    expect(decodeShare(tinyModel, '#purpose-quiz')).toEqual({ ok: false, reason: 'none' });
    expect(decodeShare(tinyModel, undefined)).toEqual({ ok: false, reason: 'none' });
    expect(decodeShare(tinyModel, '#quiz=')).toEqual({ ok: false, reason: 'malformed' });
    expect(decodeShare(tinyModel, '#quiz=v1.21')).toEqual({ ok: false, reason: 'malformed' });
    expect(decodeShare(tinyModel, `#quiz=v1.${digits}.${check!.slice(0, 3)}`)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodeShare(tinyModel, '#quiz=%E0%A4%A')).toEqual({ ok: false, reason: 'malformed' });
    expect(decodeShare(tinyModel, `#quiz=v2.${digits}.${check}`)).toEqual({ ok: false, reason: 'future' });
    expect(decodeShare(tinyModel, `#quiz=v99.anything`)).toEqual({ ok: false, reason: 'future' });
    expect(decodeShare(tinyModel, `#quiz=v0.${digits}.${check}`)).toEqual({ ok: false, reason: 'old' });
    // one answer changed: the check no longer matches
    expect(decodeShare(tinyModel, `#quiz=v1.211.${check}`)).toEqual({ ok: false, reason: 'tampered' });
    // truncated answers
    expect(decodeShare(tinyModel, `#quiz=v1.21.${check}`)).toEqual({ ok: false, reason: 'tampered' });
    // a self-consistent code with an answer index that does not exist
    const fake = `9`.repeat(allQuestions(model).length);
    const fp = allQuestions(model)
      .map((q) => `${q.id}:${q.answers.map((a) => a.id).join(',')}`)
      .join(';');
    expect(decodeShare(model, `#quiz=v1.${fake}.${checksum(`${fp}|${fake}`)}`)).toEqual({ ok: false, reason: 'tampered' });
    // a link made for a different edition of the questions
    expect(decodeShare(model, `#${good}`)).toEqual({ ok: false, reason: 'tampered' });
  });

  it('rejects any single-character change to a valid code (property)', () => {
    fc.assert(
      fc.property(completeAnswers(model), fc.nat(), fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz.=vV-_'), (answers, pos, ch) => {
        const code = encodeShare(model, answers)!;
        const i = 5 + (pos % (code.length - 5)); // after "quiz="
        fc.pre(code[i] !== ch);
        const changed = code.slice(0, i) + ch + code.slice(i + 1);
        const out = decodeShare(model, `#${changed}`);
        // a changed character may, very rarely, still pass the 4-character check; then it must at
        // least decode to a complete, valid answer set (never a crash or a partial result)
        if (out.ok) {
          expect(Object.keys(out.answers)).toHaveLength(allQuestions(model).length);
        } else {
          expect(['malformed', 'tampered', 'future', 'old', 'none']).toContain(out.reason);
        }
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it('never throws and never returns a partial result on arbitrary input (fuzz)', () => {
    const quizLike = fc.oneof(
      fc.string(),
      fc.string().map((s) => `#quiz=${s}`),
      fc.string({ unit: 'binary' }).map((s) => `#quiz=v1.${s}`),
      fc.tuple(fc.stringMatching(/^[0-9a-z]{0,20}$/), fc.stringMatching(/^[0-9a-z]{0,6}$/)).map(([d, c]) => `#quiz=v1.${d}.${c}`),
      fc.string({ maxLength: 2000 }).map((s) => `#quiz=v1.${s.repeat(3)}`),
    );
    fc.assert(
      fc.property(quizLike, (hash) => {
        const out = decodeShare(model, hash);
        if (out.ok) {
          const questions = allQuestions(model);
          expect(Object.keys(out.answers)).toHaveLength(questions.length);
          for (const q of questions) expect(q.answers.map((a) => a.id)).toContain(out.answers[q.id]);
        }
      }),
      { numRuns: 2000 },
    );
    for (const weird of [null, 42, {}, [], Symbol.for('x')]) expect(decodeShare(model, weird).ok).toBe(false);
  }, 30_000);
});
