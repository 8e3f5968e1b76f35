// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { atom, computed } from 'nanostores';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { useStore } from '../../src/shared/use-store';

function Show({ store, ssr }: { store: Parameters<typeof useStore<string>>[0]; ssr?: 'initial' | (() => string) }) {
  return <p data-testid="v">{useStore(store, { ssr })}</p>;
}

describe('useStore', () => {
  afterEach(cleanup);

  it('renders the value and re-renders when the store changes', () => {
    const $a = atom('one');
    render(<Show store={$a} />);
    expect(screen.getByTestId('v').textContent).toBe('one');
    act(() => $a.set('two'));
    expect(screen.getByTestId('v').textContent).toBe('two');
  });

  it('follows a computed store', () => {
    const $a = atom(1);
    const $b = computed($a, (n) => `n=${n}`);
    render(<Show store={$b} />);
    expect(screen.getByTestId('v').textContent).toBe('n=1');
    act(() => $a.set(5));
    expect(screen.getByTestId('v').textContent).toBe('n=5');
  });

  it('renders the starting value (or the given one) on the server, never the current one', () => {
    const $a = atom('start');
    $a.set('stored');
    expect(renderToString(<Show store={$a} ssr="initial" />)).toContain('start');
    expect(renderToString(<Show store={$a} ssr={() => 'server'} />)).toContain('server');
    expect(renderToString(<Show store={$a} />)).toContain('stored');
  });
});
