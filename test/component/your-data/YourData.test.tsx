// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import YourData from '../../../src/components/your-data/YourData';
import { $yourDataMessage } from '../../../src/stores/your-data';
import { yourDataProps } from '../../unit/storage/site-words-fixture';

const props = yourDataProps();

beforeEach(() => {
  localStorage.clear();
  $yourDataMessage.set('');
});
afterEach(() => cleanup());

describe('YourData', () => {
  it('says when nothing is stored and disables erasing', async () => {
    render(<YourData {...props} />);
    expect(await screen.findByText('This site keeps nothing in this browser right now.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Erase everything' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows stored items as text, hostile content included', async () => {
    localStorage.setItem('upproach:checklist:v1', JSON.stringify({ v: 1, name: '<img src=x onerror=alert(1)>' }));
    const { container } = render(<YourData {...props} />);
    expect(await screen.findByText('This site keeps 1 item in this browser.')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('pre')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('erases one item, then everything once confirmed, leaving other sites’ keys alone', async () => {
    const user = userEvent.setup();
    localStorage.setItem('upproach:theme', 'dark');
    localStorage.setItem('upproach:purpose:v1', '{"v":1,"purpose":"brand"}');
    localStorage.setItem('unrelated', 'keep me');
    render(<YourData {...props} />);
    await user.click(await screen.findByRole('button', { name: 'Erase colour theme' }));
    expect(localStorage.getItem('upproach:theme')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Erased: Colour theme.');
    // the erased item's button is gone: focus goes to the summary, not nowhere
    await waitFor(() => expect(document.activeElement?.textContent).toBe('This site keeps 1 item in this browser.'));
    await user.click(screen.getByRole('button', { name: 'Erase everything' }));
    expect(localStorage.getItem('upproach:purpose:v1')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Yes, erase everything' }));
    expect(localStorage.getItem('upproach:purpose:v1')).toBeNull();
    expect(localStorage.getItem('unrelated')).toBe('keep me');
    expect(screen.getByText('This site keeps nothing in this browser right now.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Erased everything this site kept in this browser.');
    expect((screen.getByRole('button', { name: 'Erase everything' }) as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('This site keeps nothing in this browser right now.'));
  });

  it('asks before erasing everything, and keeping it changes nothing', async () => {
    const user = userEvent.setup();
    localStorage.setItem('upproach:theme', 'dark');
    localStorage.setItem('upproach:quiz:v1', '{"v":1}');
    render(<YourData {...props} />);
    await user.click(await screen.findByRole('button', { name: 'Erase everything' }));
    const group = screen.getByRole('group', { name: 'Confirm erasing everything' });
    expect(group.textContent).toContain('Erase everything this site keeps in this browser? This cannot be undone.');
    expect(localStorage.getItem('upproach:theme')).toBe('dark');
    expect(document.activeElement?.textContent).toBe('Keep everything');
    await user.click(screen.getByRole('button', { name: 'Keep everything' }));
    expect(screen.queryByRole('group', { name: 'Confirm erasing everything' })).toBeNull();
    expect(localStorage.getItem('upproach:theme')).toBe('dark');
    expect(localStorage.getItem('upproach:quiz:v1')).toBe('{"v":1}');
    expect(screen.getByText('This site keeps 2 items in this browser.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('follows changes from another tab', async () => {
    render(<YourData {...props} />);
    await screen.findByText('This site keeps nothing in this browser right now.');
    localStorage.setItem('upproach:purpose:v1', '{"v":1,"purpose":"social"}');
    window.dispatchEvent(new Event('storage'));
    expect(await screen.findByText('This site keeps 1 item in this browser.')).toBeTruthy();
  });

  it('says only the words it is given', async () => {
    localStorage.setItem('upproach:theme', 'dark');
    const { words, entries } = props;
    render(
      <YourData
        entries={entries.map((e) => ({ ...e, label: `[${e.label}]`, inSentence: `[${e.inSentence}]` }))}
        words={{ ...words, count: { one: '{count} THING', other: '{count} THINGS' }, eraseItem: 'Remove {item}' }}
      />,
    );
    expect(await screen.findByText('1 THING')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '[Colour theme]' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove [colour theme]' })).toBeTruthy();
  });
});
