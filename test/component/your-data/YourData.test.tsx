// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import YourData from '../../../src/components/your-data/YourData';
import { $yourDataMessage } from '../../../src/stores/your-data';

beforeEach(() => {
  localStorage.clear();
  $yourDataMessage.set('');
});
afterEach(() => cleanup());

describe('YourData', () => {
  it('says when nothing is stored and disables erasing', async () => {
    render(<YourData />);
    expect(await screen.findByText('This site keeps nothing in this browser right now.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Erase everything' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows stored items as text, hostile content included', async () => {
    localStorage.setItem('upproach:checklist:v1', JSON.stringify({ v: 1, name: '<img src=x onerror=alert(1)>' }));
    const { container } = render(<YourData />);
    expect(await screen.findByText('This site keeps 1 item in this browser.')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('pre')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('erases one item, then everything, leaving other sites’ keys alone', async () => {
    const user = userEvent.setup();
    localStorage.setItem('upproach:theme', 'dark');
    localStorage.setItem('upproach:purpose:v1', '{"v":1,"purpose":"brand"}');
    localStorage.setItem('unrelated', 'keep me');
    render(<YourData />);
    await user.click(await screen.findByRole('button', { name: 'Erase colour theme' }));
    expect(localStorage.getItem('upproach:theme')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Erased: Colour theme.');
    await user.click(screen.getByRole('button', { name: 'Erase everything' }));
    expect(localStorage.getItem('upproach:purpose:v1')).toBeNull();
    expect(localStorage.getItem('unrelated')).toBe('keep me');
    expect(screen.getByText('This site keeps nothing in this browser right now.')).toBeTruthy();
  });

  it('follows changes from another tab', async () => {
    render(<YourData />);
    await screen.findByText('This site keeps nothing in this browser right now.');
    localStorage.setItem('upproach:purpose:v1', '{"v":1,"purpose":"social"}');
    window.dispatchEvent(new Event('storage'));
    expect(await screen.findByText('This site keeps 1 item in this browser.')).toBeTruthy();
  });
});
