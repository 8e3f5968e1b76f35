import { describe, expect, it } from 'vitest';
import { purposeIds } from '../../../src/purposes/ids';
import { isPreviewPage, previewPath, previewPurposes } from '../../../src/tools/quiz/preview';
import { loadQuizShare, rawQuizShare } from '../../support/quiz-share';
import { quizShareSchema } from '../../../src/tools/quiz/share-schema';
import { fill } from '../../../src/shared/template';
import { loadPurposeNames } from '../../support/purpose-model';

describe('preview pages', () => {
  it('are one per purpose, under the quiz', () => {
    expect(previewPurposes).toEqual(purposeIds);
    expect(previewPath('/tools/purpose-quiz/', 'strategic')).toBe('/tools/purpose-quiz/strategic/');
    expect(previewPath('/upproach/tools/purpose-quiz', 'brand')).toBe('/upproach/tools/purpose-quiz/brand/');
  });
  it('are told apart from every other page, under any base path', () => {
    expect(isPreviewPage('/tools/purpose-quiz/strategic/', '/')).toBe(true);
    expect(isPreviewPage('/upproach/tools/purpose-quiz/brand/', '/upproach/')).toBe(true);
    expect(isPreviewPage('/tools/purpose-quiz/', '/')).toBe(false);
    expect(isPreviewPage('/tools/purpose-quiz/other/', '/')).toBe(false);
    expect(isPreviewPage('/tools/network-size/', '/')).toBe(false);
    for (const p of purposeIds) expect(isPreviewPage(previewPath('/tools/purpose-quiz/', p), '/')).toBe(true);
  });
  it('have a description of 50 to 160 characters for every purpose’s name', () => {
    const names = loadPurposeNames();
    for (const id of purposeIds) {
      const description = fill(loadQuizShare().description, { purpose: names[id] });
      expect(description.length, id).toBeGreaterThanOrEqual(50);
      expect(description.length, id).toBeLessThanOrEqual(160);
    }
  });
  it('have words that pass their schema and name the purpose once', () => {
    expect(loadQuizShare().title).toBe('My networking purpose: {purpose}');
    const result = quizShareSchema.safeParse({ ...rawQuizShare(), title: 'My networking purpose' });
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual([
      'share.title must contain {purpose} once (it has it 0 times)',
    ]);
  });
});

describe('isPreviewPage at its edges', () => {
  it.each([
    ['/tools/purpose-quiz/brand/', '/', true],
    ['/tools/purpose-quiz/brand', '/', true],
    ['/upproach/tools/purpose-quiz/social/', '/upproach', true],
    ['/upproach/tools/purpose-quiz/social', '/upproach', true],
    ['/tools/purpose-quiz/brand/', '/upproach/', false],
    ['/x/tools/purpose-quiz/brand/', '/', false],
    ['/upproachtools/purpose-quiz/brand/', '/upproach', false],
    ['/tools/purpose-quiz/br/and', '/', false],
    ['/tools/purpose-quiz/brand//', '/', false],
    ['/tools/purpose-quiz//brand/', '/', false],
    ['/tools/purpose-quiz/brand/x/', '/', false],
    ['/tools/purpose-quiz/', '/', false],
    ['/tools/purpose-quiz', '/', false],
  ])('%s under base %s: %s', (pathname, base, expected) => {
    expect(isPreviewPage(pathname, base)).toBe(expected);
  });

  it('previewPath adds the one slash a path without it needs', () => {
    expect(previewPath('/q', 'social')).toBe('/q/social/');
    expect(previewPath('/q/', 'social')).toBe('/q/social/');
  });
});
