import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '../../support/test-storage';
import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { encodeShare } from '../../../src/tools/quiz/share-code';
import { storageRegistry } from '../../../src/shared/storage/registry';
import { loadPurposeModel } from '../../support/purpose-model';
import { loadResults, quizContent, tinyModel as m } from '../../support/quiz-model';

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  cleanTestStorage();
  vi.resetModules();
});

const key = storageRegistry.quiz.key;
const texts = loadResults();
const labels = loadPurposeModel();
const content = quizContent(m, texts, labels);
const load = () => import('../../../src/tools/quiz/store');
const mine = { inviting: 'close', q1: 'a', q2: 'a' };
const theirs = { inviting: 'open', q1: 'b', q2: 'b' };
const link = (answers: Record<string, string>) => `#${encodeShare(m, answers)}`;
const stored = () =>
  JSON.parse(getTestStorage()[key] ?? 'null') as { answers: Record<string, string>; step: number } | null;

describe('quiz store: keeping a shared result', () => {
  it('keeps it at once when the reader has no answers of their own', async () => {
    const s = await load();
    keepMount(s.$quizView);
    s.setQuizContent(content);
    expect(s.followHash(link(theirs), () => false)).toBe('shared');
    expect(s.$ownProgress.get()).toBe('none');
    expect(s.$keepNeedsConfirm.get()).toBe(false);
    expect(s.keepSharedResult()).toBe('kept');
    expect(stored()).toMatchObject({ answers: theirs, step: 4 });
    expect(s.$quizView.get().kind).toBe('result');
    cleanStores(s.$quizView);
  });

  it('asks first when it would replace the reader’s own result, and replaces it only when told to', async () => {
    setTestStorageKey(key, JSON.stringify({ v: 1, started: true, step: 4, answers: mine }));
    const s = await load();
    keepMount(s.$quizView);
    s.setQuizContent(content);
    s.followHash(link(theirs), () => false);
    expect(s.$quizView.get().kind).toBe('shared-result');
    expect(s.$ownProgress.get()).toBe('result');
    expect(s.$keepNeedsConfirm.get()).toBe(true);
    // not confirmed: nothing changes, the shared result stays open
    expect(s.keepSharedResult()).toBe('confirm');
    expect(stored()).toMatchObject({ answers: mine });
    expect(s.$quizView.get().kind).toBe('shared-result');
    // confirmed: the shared answers replace the reader's own
    expect(s.keepSharedResult({ replace: true })).toBe('kept');
    expect(stored()).toMatchObject({ answers: theirs, step: 4 });
    expect(s.$quizView.get().kind).toBe('result');
    expect(s.$keepNeedsConfirm.get()).toBe(false);
    cleanStores(s.$quizView);
  });

  it('asks about a quiz on the way too, but not when the shared answers are the reader’s own', async () => {
    setTestStorageKey(key, JSON.stringify({ v: 1, started: true, step: 1, answers: { inviting: 'close' } }));
    const s = await load();
    keepMount(s.$quizView);
    s.setQuizContent(content);
    s.followHash(link(theirs), () => false);
    expect(s.$ownProgress.get()).toBe('partial');
    expect(s.keepSharedResult()).toBe('confirm');
    expect(stored()).toMatchObject({ step: 1, answers: { inviting: 'close' } });
    cleanStores(s.$quizView);

    vi.resetModules();
    setTestStorageKey(key, JSON.stringify({ v: 1, started: true, step: 4, answers: mine }));
    const again = await load();
    keepMount(again.$quizView);
    again.setQuizContent(content);
    again.followHash(link(mine), () => false);
    expect(again.$keepNeedsConfirm.get()).toBe(false);
    expect(again.keepSharedResult()).toBe('kept');
    cleanStores(again.$quizView);
  });

  it('keeps nothing when no shared result is open', async () => {
    const s = await load();
    s.setQuizContent(content);
    expect(s.keepSharedResult({ replace: true })).toBe('nothing');
    expect(getTestStorage()[key]).toBeUndefined();
  });
});

describe('quiz store: saved answers follow the one rule of every tool', () => {
  const purposeKey = storageRegistry.purpose.key;

  it.each(['{"v":2}', '{"v":2,"started":true,"answers":{"x":"y"}}'])(
    'never deletes a save from a newer version (%s), at load or after',
    async (raw) => {
      setTestStorageKey(key, raw);
      const s = await load();
      keepMount(s.$quizView);
      s.setQuizContent(content);
      expect(s.$quizNotice.get()).toBe('newer');
      expect(getTestStorage()[key]).toBe(raw);
      // the reader takes the quiz here: it works, from memory
      s.startQuiz();
      s.chooseAnswer('inviting', 'close');
      expect(s.$quizView.get().kind).toBe('question');
      s.dismissQuizNotice();
      expect(getTestStorage()[key]).toBe(raw);
      cleanStores(s.$quizView);
    },
  );

  it('keeps unreadable answers (damaged, or for other questions) until the reader’s OK, like the other tools', async () => {
    for (const raw of ['{not json', JSON.stringify({ v: 1, started: true, step: 1, answers: { removed: 'x' } })]) {
      vi.resetModules();
      setTestStorageKey(key, raw);
      const s = await load();
      keepMount(s.$quizView);
      s.setQuizContent(content);
      expect(s.$quizNotice.get()).toBe('unreadable');
      expect(s.$quizView.get().kind).toBe('intro');
      expect(getTestStorage()[key]).toBe(raw);
      s.dismissQuizNotice();
      expect(getTestStorage()[key]).toBeUndefined();
      cleanStores(s.$quizView);
    }
  });

  it('retaking clears the purpose the other tools use', async () => {
    const purpose = await import('../../../src/purposes/store');
    const s = await load();
    keepMount(s.$quizView);
    keepMount(purpose.$sharedPurpose);
    s.setQuizContent(content);
    s.followHash(link(theirs), () => false);
    expect(s.keepSharedResult()).toBe('kept');
    expect(purpose.$sharedPurpose.get()).not.toBeNull();
    s.retakeQuiz();
    expect(purpose.$sharedPurpose.get()).toBeNull();
    expect(getTestStorage()[purposeKey]).toBeUndefined();
    cleanStores(s.$quizView, purpose.$sharedPurpose);
  });

  it('says once, in its notice, that the answers were erased or changed on another page', async () => {
    setTestStorageKey(key, JSON.stringify({ v: 1, started: true, step: 4, answers: mine }));
    const s = await load();
    keepMount(s.$quizView);
    s.setQuizContent(content);
    expect(s.$quizView.get().kind).toBe('result');
    setTestStorageKey(key, JSON.stringify({ v: 1, started: true, step: 4, answers: theirs }));
    expect(s.$quizNotice.get()).toBe('replaced');
    expect(s.$quizView.get().kind).toBe('result');
    s.dismissQuizNotice();
    setTestStorageKey(key, undefined);
    expect(s.$quizNotice.get()).toBe('erased');
    expect(s.$quizView.get().kind).toBe('intro');
    cleanStores(s.$quizView);
  });
});

describe('quiz store: showing a result', () => {
  it.each([
    ['See my result', mine, (s: Awaited<ReturnType<typeof load>>) => s.showResult()],
    [
      'Keep this as my result',
      {},
      (s: Awaited<ReturnType<typeof load>>) => {
        s.followHash(link(theirs), () => false);
        s.keepSharedResult();
      },
    ],
  ])('builds the result once for “%s”, with the purpose it shares already chosen', async (_name, answers, act) => {
    setTestStorageKey(key, JSON.stringify({ v: 1, started: true, step: 3, answers }));
    const s = await load();
    const views: string[] = [];
    const stop = s.$quizView.listen((view) => views.push(view.kind));
    s.setQuizContent(content);
    views.length = 0;
    act(s);
    // one result view: the shared purpose was set before the result was, so it was not built
    // once for no purpose and again for the purpose it then shared
    expect(views.filter((kind) => kind === 'result')).toEqual(['result']);
    expect(views.at(-1)).toBe('result');
    const { $sharedPurpose } = await import('../../../src/purposes/store');
    expect($sharedPurpose.get()).not.toBeNull();
    stop();
  });
});

describe('quiz store: one report per change', () => {
  it('keeps the result’s report while the answers and the purpose stay the same', async () => {
    setTestStorageKey(key, JSON.stringify({ v: 1, started: true, step: 3, answers: mine }));
    const s = await load();
    keepMount(s.$quizView);
    s.setQuizContent(content);
    expect(s.showResult()).toBe(true);
    const first = s.$quizView.get();
    expect(first.kind).toBe('result');
    // the same answers shown again: the same report (no new announcement, no second build)
    expect(s.showResult()).toBe(true);
    const again = s.$quizView.get();
    expect(again.kind === 'result' && first.kind === 'result' && again.report).toBe(
      first.kind === 'result' ? first.report : null,
    );
    cleanStores(s.$quizView);
  });

  it('writes the preview link for the leading purpose of the result it shows', async () => {
    setTestStorageKey(key, JSON.stringify({ v: 1, started: true, step: 4, answers: mine }));
    const s = await load();
    keepMount(s.$quizView);
    s.setQuizContent(content);
    const view = s.$quizView.get();
    if (view.kind !== 'result') throw new Error('no result');
    expect(s.shareLinkFor('https://example.org', '/tools/purpose-quiz/', true)).toBe(
      `https://example.org/tools/purpose-quiz/${view.report.result.primary}/#${encodeShare(m, mine)}`,
    );
    cleanStores(s.$quizView);
  });
});
