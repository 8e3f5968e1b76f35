// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import YourData from '../../../src/tools/your-data/YourData';
import { makeDataFile, readDataFile } from '../../../src/tools/your-data/format';
import { siteCodecs } from '../../../src/tools/your-data/site-codecs';
import { $dataImport, $yourDataMessage, eraseAllStoredItems, type DataFileTools } from '../../../src/tools/your-data/store';
import { yourDataProps } from '../../support/site-words';

/** the page's tools without the worker: the same functions, called directly */
const tools: DataFileTools = {
  make: async (stored, site, now) => makeDataFile((id) => stored[id], site, now, siteCodecs),
  read: async (text, site) => readDataFile(text, site, siteCodecs),
};
const props = { ...yourDataProps(), tools };

beforeEach(() => {
  localStorage.clear();
  $yourDataMessage.set('');
  $dataImport.set({ kind: 'none' });
});
afterEach(() => cleanup());

describe('YourData', () => {
  it('says when nothing is stored and disables erasing', async () => {
    render(<YourData {...props} />);
    expect(await screen.findByText('This site keeps nothing in this browser right now.')).toBeInTheDocument();
    expect((screen.getByRole('button', { name: 'Erase everything' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows stored items as text, hostile content included', async () => {
    localStorage.setItem('upproach:checklist:v1', JSON.stringify({ v: 1, name: '<img src=x onerror=alert(1)>' }));
    const { container } = render(<YourData {...props} />);
    expect(await screen.findByText('This site keeps 1 item in this browser.')).toBeInTheDocument();
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
    expect(screen.getByText('This site keeps nothing in this browser right now.')).toBeInTheDocument();
    expect(screen.getByRole('status').textContent).toBe('Erased everything this site kept in this browser.');
    expect((screen.getByRole('button', { name: 'Erase everything' }) as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() =>
      expect(document.activeElement?.textContent).toBe('This site keeps nothing in this browser right now.'),
    );
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
    expect(screen.getByText('This site keeps 2 items in this browser.')).toBeInTheDocument();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('follows changes from another tab', async () => {
    render(<YourData {...props} />);
    await screen.findByText('This site keeps nothing in this browser right now.');
    localStorage.setItem('upproach:purpose:v1', '{"v":1,"purpose":"social"}');
    window.dispatchEvent(new Event('storage'));
    expect(await screen.findByText('This site keeps 1 item in this browser.')).toBeInTheDocument();
  });

  it('says only the words it is given', async () => {
    localStorage.setItem('upproach:theme', 'dark');
    const { words, entries } = props;
    render(
      <YourData
        entries={entries.map((e) => ({ ...e, label: `[${e.label}]`, inSentence: `[${e.inSentence}]` }))}
        words={{ ...words, count: { one: '{count} THING', other: '{count} THINGS' }, eraseItem: 'Remove {item}' }}
        site="UPPROACH"
      />,
    );
    expect(await screen.findByText('1 THING')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '[Colour theme]' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove [colour theme]' })).toBeInTheDocument();
  });

  describe('data files', () => {
    const QUIZ = '{"v":1,"started":true,"step":2,"answers":{"strategy":"open"}}';
    const fileWith = (items: Record<string, unknown>, name = 'upproach-data-2026-12-01.json') =>
      new File(
        [
          JSON.stringify({
            format: 'upproach-data',
            version: 1,
            site: 'UPPROACH',
            exported: '2026-12-01T20:00:00.000Z',
            items,
          }),
        ],
        name,
        {
          type: 'application/json',
        },
      );

    it('shows what a file holds, leaves a corrupt entry untouched with a message, and brings in the rest once confirmed', async () => {
      const user = userEvent.setup();
      localStorage.setItem('upproach:quiz:v1', QUIZ);
      render(<YourData {...props} />);
      await screen.findByText('This site keeps 1 item in this browser.');
      const file = fileWith({ theme: 'dark', quiz: { v: 1, started: 'maybe' }, purpose: { v: 1, purpose: 'brand' } });
      await user.upload(screen.getByLabelText('Open a data file'), file);
      const review = await screen.findByRole('heading', { name: 'What upproach-data-2026-12-01.json holds' });
      await waitFor(() => expect(document.activeElement).toBe(review));
      // nothing is stored before the reader confirms
      expect(localStorage.getItem('upproach:theme')).toBeNull();
      expect(screen.getByText(/This entry is damaged or from another version/)).toBeInTheDocument();
      expect((screen.getByRole('checkbox', { name: 'Colour theme' }) as HTMLInputElement).checked).toBe(true);
      expect(screen.queryByRole('checkbox', { name: 'Purpose quiz answers' })).toBeNull();
      // the reader leaves the purpose out
      await user.click(screen.getByRole('checkbox', { name: 'Your networking purpose' }));
      await user.click(screen.getByRole('button', { name: 'Replace the chosen items' }));
      expect(localStorage.getItem('upproach:theme')).toBe('dark');
      expect(localStorage.getItem('upproach:purpose:v1')).toBeNull();
      expect(localStorage.getItem('upproach:quiz:v1')).toBe(QUIZ);
      expect(screen.getByRole('status').textContent).toBe('Brought in: colour theme.');
      expect(await screen.findByText('This site keeps 2 items in this browser.')).toBeInTheDocument();
    });

    it('cancelling changes nothing', async () => {
      const user = userEvent.setup();
      render(<YourData {...props} />);
      await user.upload(screen.getByLabelText('Open a data file'), fileWith({ theme: 'dark' }));
      await user.click(await screen.findByRole('button', { name: 'Cancel' }));
      expect(localStorage.getItem('upproach:theme')).toBeNull();
      expect(screen.getByRole('status').textContent).toBe('Nothing was changed.');
    });

    it('refuses a 10 MB file with a message, before reading it', async () => {
      const user = userEvent.setup();
      localStorage.setItem('upproach:quiz:v1', QUIZ);
      render(<YourData {...props} />);
      const big = fileWith({ theme: 'dark' }, 'big.json');
      Object.defineProperty(big, 'size', { value: 10 * 1024 * 1024 });
      big.text = () => Promise.reject(new Error('must not be read'));
      await user.upload(screen.getByLabelText('Open a data file'), big);
      expect((await screen.findByRole('alert')).textContent).toBe(
        'This file is 10.5 MB, far too large to be a data file from this site (those are a few kilobytes). Nothing was changed.',
      );
      expect(localStorage.getItem('upproach:quiz:v1')).toBe(QUIZ);
      expect(screen.queryByRole('button', { name: 'Replace the chosen items' })).toBeNull();
    });

    it('names what is wrong with a truncated, foreign or newer file', async () => {
      const user = userEvent.setup();
      render(<YourData {...props} />);
      const input = screen.getByLabelText('Open a data file');
      await user.upload(input, new File(['{"format":"upproach-data","vers'], 'cut.json'));
      expect((await screen.findByRole('alert')).textContent).toMatch(/^This file is not a complete data file/);
      await user.upload(input, new File(['{"hello":"world"}'], 'other.json'));
      await waitFor(() =>
        expect(screen.getByRole('alert').textContent).toBe(
          'This file is not a data file from this site. Nothing was changed.',
        ),
      );
      await user.upload(
        input,
        new File([JSON.stringify({ format: 'upproach-data', version: 9, site: 'UPPROACH', items: {} })], 'new.json'),
      );
      await waitFor(() =>
        expect(screen.getByRole('alert').textContent).toMatch(/^This data file was made by a newer version/),
      );
    });

    it('with storage blocked, says the import cannot be kept, and still lists and downloads it', async () => {
      const user = userEvent.setup();
      const setItem = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
        throw new DOMException('blocked', 'SecurityError');
      });
      try {
        render(<YourData {...props} />);
        await user.upload(screen.getByLabelText('Open a data file'), fileWith({ theme: 'dark' }));
        await user.click(await screen.findByRole('button', { name: 'Replace the chosen items' }));
        expect(screen.getByRole('status').textContent).toMatch(
          /^This browser would not let the site save .* colour theme cannot be kept/,
        );
        expect(await screen.findByText('This site keeps 1 item in this browser.')).toBeInTheDocument();
        const made = await tools.make({ theme: 'dark' }, 'UPPROACH', new Date());
        expect(made.included).toEqual(['theme']);
      } finally {
        setItem.mockRestore();
        // what is held in memory lasts as long as the page: erasing lets it go
        eraseAllStoredItems(props.words);
      }
    });

    it('says when there is nothing to download', async () => {
      const user = userEvent.setup();
      render(<YourData {...props} />);
      await screen.findByText('This site keeps nothing in this browser right now.');
      await user.click(screen.getByRole('button', { name: 'Download my data' }));
      await waitFor(() =>
        expect(screen.getByRole('status').textContent).toBe(
          'There is nothing to download; this site keeps nothing in this browser.',
        ),
      );
    });
  });
});
