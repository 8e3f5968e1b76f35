import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/lib/quiz/report';
import { leaning, loadQuestions, loadResults } from './model-fixture';
import { loadPurposeNames } from '../storage/site-words-fixture';

const model = loadQuestions();
const texts = loadResults();
const labels = loadPurposeNames();

describe('buildReport (real content)', () => {
  it('leads with the headline for the primary purpose', () => {
    const out = buildReport(model, texts, labels, leaning(model, 'strategic', 'middle'));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.report.headline).toBe('Your network is mainly a Strategic/Perspective network');
    expect(out.report.fit.kind).toBe('match');
    expect(out.report.fitText).not.toMatch(/[{}]|undefined|NaN/);
    expect(out.report.conflicts).toEqual([]);
  });

  it('says plainly when the inviting strategy does not fit', () => {
    const out = buildReport(model, texts, labels, leaning(model, 'brand', 'close'));
    expect(out.ok && out.report.fit.kind).toBe('differ');
    expect(out.ok && out.report.fitText).toMatch(/only people you know well.*anyone who wants to join/);
  });

  it('recommends segmenting when Social and Personal Brand both score high', () => {
    const out = buildReport(model, texts, labels, leaning(model, 'social', 'middle', 'brand'));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.report.conflicts.map((c) => `${c.a}+${c.b}`)).toContain('social+brand');
    const social = out.report.result.ranked.find((s) => s.purpose === 'social')!;
    expect(social.percent).toBeGreaterThanOrEqual(texts.conflictThreshold);
  });

  it('passes the typed error through for partial answers', () => {
    expect(buildReport(model, texts, labels, { inviting: 'open' })).toMatchObject({ ok: false, error: { code: 'incomplete' } });
  });
});
