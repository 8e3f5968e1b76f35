import { describe, expect, it } from 'vitest';
import { GATES, routeProblems, routeRow, sampleOf } from '../../../scripts/lighthouse-lib.mjs';

type Sample = Parameters<typeof routeRow>[1][number];

const sample = (over: Partial<Record<string, unknown>> = {}): Sample =>
  ({
    performance: 100,
    accessibility: 100,
    'best-practices': 100,
    seo: 100,
    cls: 0,
    seoFailing: [],
    failing: [],
    ...over,
  }) as Sample;

describe('lighthouse: what fails a route', () => {
  it('passes a route whatever its performance score: a busy machine is not a defect of the page', () => {
    for (const performance of [100, 95, 83, 40, 0]) {
      expect(
        routeRow('/your-data/', [sample({ performance }), sample({ performance }), sample({ performance })]).problems,
        String(performance),
      ).toEqual([]);
    }
  });

  it('keeps the performance score in the row, for the benchmark table', () => {
    expect(
      routeRow('/', [sample({ performance: 83 }), sample({ performance: 97 }), sample({ performance: 100 })])
        .performance,
    ).toBe(97);
  });

  it('fails a route below 100 in accessibility, best practices or SEO', () => {
    for (const k of Object.keys(GATES)) {
      expect(routeRow('/', [sample({ [k]: 99 }), sample({ [k]: 98 }), sample()]).problems, k).toEqual([
        `${k} 99 < 100`,
      ]);
    }
    expect(Object.keys(GATES).sort()).toEqual(['accessibility', 'best-practices', 'seo']);
  });

  it('fails a route with any layout shift', () => {
    expect(routeRow('/', [sample({ cls: 0.002 }), sample({ cls: 0.002 }), sample()]).problems).toEqual([
      'CLS 0.002 > 0',
    ]);
  });

  it('fails a gate that measured nothing rather than passing it', () => {
    expect(routeRow('/', []).problems).toEqual([
      'accessibility undefined < 100',
      'best-practices undefined < 100',
      'seo undefined < 100',
      'CLS undefined > 0',
    ]);
    expect(
      routeProblems({
        route: '/',
        accessibility: Number.NaN,
        'best-practices': 100,
        seo: 100,
        cls: Number.NaN,
        failing: [],
        seoFailing: [],
      }),
    ).toEqual(['accessibility NaN < 100', 'CLS NaN > 0']);
  });

  it('on the 404 page, judges SEO by its audits other than "page is crawlable" (noindex by design)', () => {
    expect(routeRow('/404.html', [sample({ seo: 63, seoFailing: ['is-crawlable'] })]).problems).toEqual([]);
    expect(
      routeRow('/404.html', [sample({ seo: 55, seoFailing: ['is-crawlable', 'document-title'] })]).problems,
    ).toEqual(['seo audits failing: document-title']);
    // elsewhere the crawlable audit counts like any other
    expect(routeRow('/', [sample({ seo: 63, seoFailing: ['is-crawlable'] })]).problems).toEqual(['seo 63 < 100']);
  });
});

describe('lighthouse: reading one run', () => {
  it('takes the scores out of 100, the layout shift and the failing audits', () => {
    const lhr = {
      categories: {
        performance: { score: 0.83 },
        accessibility: { score: 1 },
        'best-practices': { score: 0.96 },
        seo: {
          score: 0.63,
          auditRefs: [
            { id: 'is-crawlable', weight: 1 },
            { id: 'document-title', weight: 1 },
            { id: 'structured-data', weight: 0 },
          ],
        },
      },
      audits: {
        'cumulative-layout-shift': {
          id: 'cumulative-layout-shift',
          score: 1,
          numericValue: 0,
          scoreDisplayMode: 'numeric',
        },
        'is-crawlable': { id: 'is-crawlable', score: 0, scoreDisplayMode: 'binary' },
        'document-title': { id: 'document-title', score: 1, scoreDisplayMode: 'binary' },
        'structured-data': { id: 'structured-data', score: 0, scoreDisplayMode: 'binary' },
        'largest-contentful-paint': { id: 'largest-contentful-paint', score: 0.5, scoreDisplayMode: 'numeric' },
      },
    };
    expect(sampleOf(lhr)).toEqual({
      performance: 83,
      accessibility: 100,
      'best-practices': 96,
      seo: 63,
      cls: 0,
      seoFailing: ['is-crawlable'],
      failing: ['is-crawlable', 'structured-data'],
    });
  });

  it('counts a run without a layout-shift audit as a shift (never a silent pass)', () => {
    expect(sampleOf({ categories: {}, audits: {} }).cls).toBe(1);
  });
});
