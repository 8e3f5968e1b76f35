// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import YourData from '../../../src/tools/your-data/YourData';
import { makeDataFile, readDataFile, type DataFileTools } from '../../../src/tools/your-data/format';
import { siteCodecs } from '../../../src/tools/your-data/site-codecs';
import { $dataImport, $message, eraseAll } from '../../../src/tools/your-data/store';

/** the page's tools without the worker: the same functions, called directly */
const tools: DataFileTools = {
  make: async (stored, site, now) => makeDataFile((id) => stored[id], site, now, siteCodecs),
  read: async (text, site) => readDataFile(text, site, siteCodecs),
  // no people in these tests (IndexedDB is not in happy-dom): the people's part is tested in test/unit/people
  replacePeople: async () => true,
  erasePeople: async () => true,
  markBackup: async () => {},
};
const QUIZ = '{"v":1,"started":true,"step":2,"answers":{"strategy":"open"}}';

/** an earlier visit or another tab stores `value` under `key` */
function store(key: string, value: string) {
  localStorage.setItem(key, value);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: value }));
}
const summary = (text: string) => screen.findByText(text, { selector: '.your-data-summary' });
const status = () => screen.getByRole('status').textContent;
const upload = (user: ReturnType<typeof userEvent.setup>, file: File) =>
  user.upload(screen.getByLabelText('Open a data file'), file);
const header = { format: 'upproach-data', version: 1, site: 'UPPROACH', exported: '2026-12-01T20:00:00.000Z' };
const dataFile = (items: object, name = 'upproach-data-2026-12-01.json', extra = {}) =>
  new File([JSON.stringify({ ...header, items, ...extra })], name, { type: 'application/json' });

beforeEach(() => {
  eraseAll();
  localStorage.clear();
  $message.set('');
  $dataImport.set({ kind: 'none' });
});
afterEach(() => cleanup());

describe('YourData', () => {
  it('says when nothing is stored, and has nothing to erase or download', async () => {
    const user = userEvent.setup();
    render(<YourData tools={tools} />);
    await summary('This site keeps nothing in this browser right now.');
    expect(screen.getByRole('button', { name: 'Erase everything' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Download my data' }));
    await waitFor(() =>
      expect(status()).toBe('There is nothing to download; this site keeps nothing in this browser.'),
    );
  });

  it('shows stored items as text, hostile content included', async () => {
    store('upproach:theme', 'dark');
    store('upproach:checklist:v1', JSON.stringify({ v: 1, name: '<img src=x onerror=alert(1)>' }));
    const { container } = render(<YourData tools={tools} />);
    await summary('This site keeps 2 items in this browser.');
    expect(screen.getByText('Show what is stored (4 bytes under “upproach:theme”)')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect([...container.querySelectorAll('pre')].map((pre) => pre.textContent)).toEqual([
      'dark',
      '{\n  "v": 1,\n  "name": "<img src=x onerror=alert(1)>"\n}',
    ]);
  });

  it('erases one item, then everything once confirmed, leaving other sites’ keys alone', async () => {
    const user = userEvent.setup();
    store('upproach:theme', 'dark');
    store('upproach:purpose:v1', '{"v":1,"purpose":"brand"}');
    localStorage.setItem('unrelated', 'keep me');
    render(<YourData tools={tools} />);
    await user.click(await screen.findByRole('button', { name: 'Erase color theme' }));
    expect(localStorage.getItem('upproach:theme')).toBeNull();
    expect(status()).toBe('Erased: Color theme.');
    // the erased item's button is gone: focus goes to the summary, not nowhere
    await waitFor(() => expect(document.activeElement?.textContent).toBe('This site keeps 1 item in this browser.'));
    await user.click(screen.getByRole('button', { name: 'Erase everything' }));
    expect(localStorage.getItem('upproach:purpose:v1')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Yes, erase everything' }));
    expect([localStorage.getItem('upproach:purpose:v1'), localStorage.getItem('unrelated')]).toEqual([null, 'keep me']);
    expect(status()).toBe('Erased everything this site kept in this browser.');
    expect(screen.getByRole('button', { name: 'Erase everything' })).toBeDisabled();
    await waitFor(() =>
      expect(document.activeElement?.textContent).toBe('This site keeps nothing in this browser right now.'),
    );
  });

  it('follows changes from another tab', async () => {
    render(<YourData tools={tools} />);
    await summary('This site keeps nothing in this browser right now.');
    store('upproach:purpose:v1', '{"v":1,"purpose":"social"}');
    await summary('This site keeps 1 item in this browser.');
    localStorage.removeItem('upproach:purpose:v1');
    window.dispatchEvent(new StorageEvent('storage', { key: 'upproach:purpose:v1', newValue: null }));
    await summary('This site keeps nothing in this browser right now.');
  });

  it('tells the page’s theme script at once when the color theme is brought in or erased, and shows the theme button’s choice', async () => {
    const user = userEvent.setup();
    const told: (string | null)[] = [];
    const listen = (event: Event) => told.push((event as CustomEvent<string | null>).detail);
    window.addEventListener('upproach:theme', listen);
    try {
      render(<YourData tools={tools} />);
      await upload(user, dataFile({ theme: 'dark' }));
      await user.click(await screen.findByRole('button', { name: 'Replace the chosen items' }));
      await user.click(await screen.findByRole('button', { name: 'Erase color theme' }));
      expect(told).toEqual(['dark', null]);
      // the theme button on this page (src/scripts/theme.js) says what it stored
      localStorage.setItem('upproach:theme', 'light');
      window.dispatchEvent(new CustomEvent('upproach:theme', { detail: 'light' }));
      await summary('This site keeps 1 item in this browser.');
      expect(screen.getByText('Show what is stored (5 bytes under “upproach:theme”)')).toBeInTheDocument();
    } finally {
      window.removeEventListener('upproach:theme', listen);
    }
  });

  describe('data files', () => {
    it('shows what a file holds, leaves a corrupt entry untouched with a message, and brings in the rest once confirmed', async () => {
      const user = userEvent.setup();
      store('upproach:quiz:v1', QUIZ);
      render(<YourData tools={tools} />);
      await summary('This site keeps 1 item in this browser.');
      await upload(
        user,
        dataFile({ theme: 'dark', quiz: { v: 1, started: 'maybe' }, purpose: { v: 1, purpose: 'brand' } }),
      );
      const review = await screen.findByRole('heading', { name: 'What upproach-data-2026-12-01.json holds' });
      await waitFor(() => expect(document.activeElement).toBe(review));
      // nothing is stored before the reader confirms
      expect(localStorage.getItem('upproach:theme')).toBeNull();
      expect(screen.getByText(/This entry is damaged or from another version/)).toBeInTheDocument();
      expect(screen.getByRole('checkbox', { name: 'Color theme' })).toBeChecked();
      expect(screen.queryByRole('checkbox', { name: 'Purpose quiz answers' })).toBeNull();
      // the reader leaves the purpose out
      await user.click(screen.getByRole('checkbox', { name: 'Your networking purpose' }));
      await user.click(screen.getByRole('button', { name: 'Replace the chosen items' }));
      expect(localStorage.getItem('upproach:theme')).toBe('dark');
      expect(localStorage.getItem('upproach:purpose:v1')).toBeNull();
      expect(localStorage.getItem('upproach:quiz:v1')).toBe(QUIZ);
      expect(status()).toBe('Brought in: color theme.');
      await summary('This site keeps 2 items in this browser.');
    });

    it('cancelling, or choosing nothing, changes nothing', async () => {
      const user = userEvent.setup();
      render(<YourData tools={tools} />);
      await upload(user, dataFile({ theme: 'dark' }));
      await user.click(await screen.findByRole('checkbox', { name: 'Color theme' }));
      await user.click(screen.getByRole('button', { name: 'Replace the chosen items' }));
      expect(status()).toBe('Choose at least one item to bring in.');
      await user.click(screen.getByRole('button', { name: 'Cancel' }));
      expect(localStorage.getItem('upproach:theme')).toBeNull();
      expect(status()).toBe('Nothing was changed.');
    });

    it('refuses a 50 MB file with a message, before reading it', async () => {
      const user = userEvent.setup();
      store('upproach:quiz:v1', QUIZ);
      render(<YourData tools={tools} />);
      const big = dataFile({ theme: 'dark' }, 'big.json');
      Object.defineProperty(big, 'size', { value: 50 * 1024 * 1024 });
      big.text = () => Promise.reject(new Error('must not be read'));
      await upload(user, big);
      expect((await screen.findByRole('alert')).textContent).toBe(
        'This file is 52.4 MB, larger than any data file from this site (at most 40 MB). Nothing was changed.',
      );
      expect(localStorage.getItem('upproach:quiz:v1')).toBe(QUIZ);
      expect(screen.queryByRole('button', { name: 'Replace the chosen items' })).toBeNull();
    });

    it.each([
      [
        'cut short',
        new File(['{"format":"upproach-data","vers'], 'cut.json'),
        /^This file is not a complete data file/,
      ],
      ['foreign', new File(['{"hello":"world"}'], 'other.json'), /^This file is not a data file from this site\./],
      ['newer', dataFile({}, 'new.json', { version: 9 }), /^This data file was made by a newer version/],
      ['empty', dataFile({ cookies: 1 }), /^This data file holds nothing that this site keeps/],
    ])('names what is wrong with a file: %s', async (_kind, file, message) => {
      const user = userEvent.setup();
      render(<YourData tools={tools} />);
      await upload(user, file);
      expect((await screen.findByRole('alert')).textContent).toMatch(message);
    });

    it('with storage blocked, says the import cannot be kept, and still lists and downloads it', async () => {
      const user = userEvent.setup();
      // restored after the test (restoreMocks)
      vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
        throw new DOMException('blocked', 'SecurityError');
      });
      const make = vi.spyOn(tools, 'make');
      render(<YourData tools={tools} />);
      await upload(user, dataFile({ theme: 'dark' }));
      await user.click(await screen.findByRole('button', { name: 'Replace the chosen items' }));
      expect(status()).toMatch(/^This browser would not let the site save .* color theme cannot be kept/);
      await summary('This site keeps 1 item in this browser.');
      await user.click(screen.getByRole('button', { name: 'Download my data' }));
      await waitFor(() => expect(make).toHaveBeenCalledWith({ theme: 'dark' }, 'UPPROACH', expect.any(Date)));
    });
  });
});
