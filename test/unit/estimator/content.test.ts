import { describe, expect, it } from 'vitest';
import { purposeIds } from '../../../src/purposes/ids';
import { layerIds } from '../../../src/tools/estimator/ids';
import { estimatorNotesSchema, estimatorTargetSchema } from '../../../src/tools/estimator/schema';
import { loadContent, readEstimatorFile } from '../../support/estimator-content';

const { layers, targets, notes } = loadContent();

describe('the estimator’s content', () => {
  it('has the five circles in order with Dunbar’s typical sizes', () => {
    expect(layers.map((l) => [l.id, l.order, l.typical])).toEqual(
      layerIds.map((id, i) => [id, i + 1, [5, 15, 50, 150, 500][i]]),
    );
  });

  it('has one target per purpose, each range bounded by a layer size or the 30,000 limit', () => {
    expect(targets.map((t) => t.id).sort()).toEqual([...purposeIds].sort());
    const bounds = new Set([5, 15, 50, 150, 500, 1500, 30_000]);
    for (const t of targets) expect([bounds.has(t.min), bounds.has(t.max), t.min < t.max]).toEqual([true, true, true]);
  });

  it('cites its sources, calls the reach model rough, the ranges guidance and the “close to typical” band a choice', () => {
    const cited = notes.sources.map((s) => s.text).join(' ');
    for (const name of ['Dunbar', 'Hill & Dunbar (2003)', 'McCarty', 'Killworth', 'Zheng', 'McCormick', 'LinkedIn'])
      expect(cited).toContain(name);
    expect(notes.reach.roughModel).toMatch(/rough model, not a forecast/);
    expect(notes.purpose.guidanceNote).toMatch(/guidance derived from the article/);
    expect(notes.circles.bandNote).toMatch(/factor of two.*presentation choice, not a research finding/);
  });

  it('refuses a source link that is not https, and a target for a purpose that does not exist', () => {
    const main = (readEstimatorFile('notes.yaml') as object[])[0]!;
    for (const url of ['http://example.org/', 'javascript:alert(1)'])
      expect(estimatorNotesSchema.safeParse({ ...main, sources: [{ text: 'x', url }] }).success).toBe(false);
    const social = (readEstimatorFile('targets.yaml') as object[])[0]!;
    expect(estimatorTargetSchema.safeParse({ ...social, id: 'fame' }).success).toBe(false);
  });
});
