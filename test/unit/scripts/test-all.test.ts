import { describe, expect, it } from 'vitest';
import {
  lighthouseCounts,
  playwrightCounts,
  suiteResult,
  totalsLine,
  vitestCounts,
} from '../../../scripts/test-all.mjs';

describe('test-all: reading the suites’ reports', () => {
  it('reads Vitest’s counts, and nothing from a missing or malformed report', () => {
    expect(vitestCounts({ numPassedTests: 430, numFailedTests: 2, numTotalTests: 432 })).toEqual({
      passed: 430,
      failed: 2,
    });
    for (const bad of [
      null,
      undefined,
      'text',
      7,
      [],
      {},
      { numPassedTests: 430 },
      { numPassedTests: '430', numFailedTests: 0 },
      { numPassedTests: 1.5, numFailedTests: 0 },
      { numPassedTests: -1, numFailedTests: 0 },
      { numPassedTests: NaN, numFailedTests: 0 },
    ]) {
      expect(vitestCounts(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('reads Playwright’s stats (flaky tests passed in the end), and nothing without whole numbers', () => {
    expect(playwrightCounts({ stats: { expected: 40, flaky: 1, unexpected: 2, skipped: 3 } })).toEqual({
      passed: 41,
      failed: 2,
    });
    for (const bad of [
      null,
      {},
      { stats: null },
      { stats: { expected: 40, unexpected: 0 } },
      { stats: { expected: 40, flaky: '0', unexpected: 0 } },
      { stats: { expected: 40, flaky: 0, unexpected: null } },
    ]) {
      expect(playwrightCounts(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('counts Lighthouse routes with problems as failed, and nothing from rows without a problem list', () => {
    expect(
      lighthouseCounts([
        { route: '/', problems: [] },
        { route: '/x/', problems: ['LCP 3 s'] },
        { route: '/y/', problems: [] },
      ]),
    ).toEqual({ passed: 2, failed: 1 });
    expect(lighthouseCounts([])).toEqual({ passed: 0, failed: 0 });
    for (const bad of [null, {}, { rows: [] }, [{ route: '/' }], [null], [{ problems: 'none' }]]) {
      expect(lighthouseCounts(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe('test-all: totals', () => {
  it('counts a suite without a readable report as one failed test and says so', () => {
    expect(suiteResult('playwright', 1, null)).toEqual({
      passed: 0,
      failed: 1,
      problem: 'playwright exited with 1 and wrote no readable report (missing or malformed)',
    });
    expect(suiteResult('vitest', 0, null).failed).toBe(1);
  });

  it('counts a failing exit with no failed test as one failure, and otherwise takes the report’s counts', () => {
    expect(suiteResult('vitest', 1, { passed: 10, failed: 0 })).toEqual({
      passed: 10,
      failed: 1,
      problem: 'vitest exited with 1',
    });
    expect(suiteResult('vitest', 1, { passed: 10, failed: 3 })).toEqual({ passed: 10, failed: 3, problem: null });
    expect(suiteResult('vitest', 0, { passed: 10, failed: 0 })).toEqual({ passed: 10, failed: 0, problem: null });
  });

  it('prints whole numbers in the fixed format, never NaN, whatever the reports held', () => {
    const results = [
      suiteResult('vitest', 0, vitestCounts({ numPassedTests: 434, numFailedTests: 0 })),
      suiteResult('playwright', 1, playwrightCounts({ stats: { expected: 'lots' } })),
      suiteResult('lighthouse', 0, lighthouseCounts([{ problems: [] }, { problems: ['CLS'] }])),
    ];
    expect(totalsLine(results)).toBe('tests: 435 passed, 2 failed');
    expect(totalsLine([])).toBe('tests: 0 passed, 0 failed');
    expect(totalsLine(results)).toMatch(/^tests: \d+ passed, \d+ failed$/);
  });
});
