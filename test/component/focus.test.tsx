// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useFocusOnChange } from '../../src/shared/focus';

afterEach(() => cleanup());

/** Two screens: a button on each names where the focus goes on the other. */
function Screens({ enabled = true, target = 'heading' as 'heading' | 'top' | null }) {
  const [screenNo, setScreen] = useState(1);
  const focus = useFocusOnChange<'heading' | 'top'>(screenNo, enabled);
  const go = () => {
    focus.next(target);
    setScreen((n) => (n === 1 ? 2 : 1));
  };
  return (
    <div>
      <div tabIndex={-1} ref={focus.ref('top')} data-testid="top" />
      <h2 tabIndex={-1} ref={focus.ref('heading')}>
        Screen {screenNo}
      </h2>
      <button type="button" onClick={go}>
        Go
      </button>
      <button type="button" onClick={() => focus.next('heading')}>
        Ask only
      </button>
    </div>
  );
}

describe('useFocusOnChange', () => {
  it('focuses the named element once the screen has changed', async () => {
    const user = userEvent.setup();
    render(<Screens />);
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Screen 2' }));
  });

  it.each([
    ['top', 'top'],
    [null, 'Go'],
  ] as const)('with target %s, the focus ends on %s', async (target, where) => {
    const user = userEvent.setup();
    render(<Screens target={target} />);
    await user.click(screen.getByRole('button', { name: 'Go' }));
    const expected = where === 'top' ? screen.getByTestId('top') : screen.getByRole('button', { name: 'Go' });
    expect(document.activeElement).toBe(expected);
  });

  it('moves nothing until the key changes, and nothing while not enabled; the target waits', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Screens enabled={false} />);
    await user.click(screen.getByRole('button', { name: 'Ask only' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ask only' }));
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Go' }));
    rerender(<Screens enabled />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Screen 2' }));
  });
});
