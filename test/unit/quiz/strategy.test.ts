import { describe, expect, it } from 'vitest';
import { strategyFit } from '../../../src/lib/quiz/strategy';
import type { StrategyId } from '../../../src/lib/quiz/types';
import type { PurposeId } from '../../../src/lib/purposes';

const needs: Record<PurposeId, StrategyId> = {
  social: 'close',
  career: 'open',
  resource: 'middle',
  strategic: 'middle',
  brand: 'open',
};

describe('strategyFit', () => {
  it('matches when the reader invites as the primary purpose needs', () => {
    expect(strategyFit('close', ['social'], needs)).toEqual({ kind: 'match', reader: 'close', needed: 'close' });
  });
  it('says plainly when they differ', () => {
    expect(strategyFit('close', ['brand'], needs)).toEqual({ kind: 'differ', reader: 'close', needed: 'open' });
  });
  it('tied purposes with the same need behave as one', () => {
    expect(strategyFit('middle', ['resource', 'strategic'], needs).kind).toBe('match');
    expect(strategyFit('open', ['career', 'brand'], needs).kind).toBe('match');
  });
  it('tied purposes with different needs are mixed, whatever the reader does', () => {
    for (const reader of ['close', 'middle', 'open'] as const) {
      expect(strategyFit(reader, ['social', 'brand'], needs)).toEqual({ kind: 'mixed', reader, needed: ['close', 'open'] });
    }
  });
});
