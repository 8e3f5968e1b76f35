// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ConfirmErase from '../../src/shared/ConfirmErase';

const words = {
  start: 'Erase it',
  question: 'Really erase?',
  yes: 'Yes, erase',
  no: 'Keep it',
  group: 'Confirm erasing',
};
afterEach(() => cleanup());

describe('ConfirmErase', () => {
  it('asks before erasing, with the safe choice focused', async () => {
    const onConfirm = vi.fn();
    const user = userEvent.setup();
    render(<ConfirmErase words={words} onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Erase it' }));
    expect(screen.getByRole('group', { name: 'Confirm erasing' }).textContent).toContain('Really erase?');
    expect(document.activeElement?.textContent).toBe('Keep it');
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('erases only on yes, then offers the button again', async () => {
    const onConfirm = vi.fn();
    const user = userEvent.setup();
    render(<ConfirmErase words={words} onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Erase it' }));
    await user.click(screen.getByRole('button', { name: 'Yes, erase' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Erase it']);
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('cancelling erases nothing', async () => {
    const onConfirm = vi.fn();
    const user = userEvent.setup();
    render(<ConfirmErase words={words} onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Erase it' }));
    await user.keyboard('{Enter}');
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Erase it']);
  });

  it('Escape keeps, like Cancel, from either button, and focus returns to the start button', async () => {
    const onConfirm = vi.fn();
    const user = userEvent.setup();
    render(<ConfirmErase words={words} onConfirm={onConfirm} />);
    for (const focused of ['Keep it', 'Yes, erase']) {
      await user.click(screen.getByRole('button', { name: 'Erase it' }));
      screen.getByRole('button', { name: focused }).focus();
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('group')).toBeNull();
      await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Erase it' })));
    }
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('a disabled start button asks nothing; the start button takes the look it is given', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<ConfirmErase words={words} onConfirm={onConfirm} disabled startClassName="button" />);
    const start = screen.getByRole('button', { name: 'Erase it' }) as HTMLButtonElement;
    expect(start.disabled).toBe(true);
    expect(start.className).toBe('button');
    await user.click(start);
    expect(screen.queryByRole('group')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('other keys inside the question do not close it', async () => {
    const user = userEvent.setup();
    render(<ConfirmErase words={words} onConfirm={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Erase it' }));
    await user.keyboard('{Tab}{Shift>}{Tab}{/Shift}a');
    expect(screen.getByRole('group', { name: 'Confirm erasing' }).textContent).toContain('Really erase?');
  });
});
