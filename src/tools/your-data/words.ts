/**
 * The words of the "Your data" page (/your-data/). What each stored item is called is beside
 * its key in src/shared/storage/registry.ts.
 */
import { LANGUAGE_TAG } from '@/config';
import type { ConfirmEraseWords } from '@/shared/ConfirmErase';
import type { DataFileProblem } from './format';

/** "a, b, and c" */
const list = (items: readonly string[]) => new Intl.ListFormat(LANGUAGE_TAG, { type: 'conjunction' }).format(items);

export const words = {
  title: 'Your data',
  /** for search results and link previews */
  description:
    'What the UPPROACH site keeps in your browser: see each item and erase it. Nothing is ever sent to a server; there are no cookies or analytics.',
  lede: 'The tools keep your answers in this browser’s local storage, on this device only. Nothing is sent to a server: this site has no server-side code, no cookies, and no analytics.',
  storedTitle: 'What this site keeps in this browser',
  /** when JavaScript is off: what the page needs, before and after the list of what the site may keep */
  noscript: {
    before:
      'This page needs JavaScript to show what this browser keeps, to erase it, and to save it to a file or bring it back from one. With JavaScript off, the tools store nothing, and this page cannot read what an earlier visit stored. The site may keep these items, each under its own key in your browser’s local storage:',
    after: 'To erase them without JavaScript, clear this site’s data in your browser’s settings.',
  },
  /** said only when JavaScript runs: the page's changes reach the other tabs */
  otherTabs: 'Changes made here reach the tools in your other open tabs.',
  /** the last sentence, around the link to the tools */
  closing: {
    before: 'Back to the ',
    link: 'tools',
    after: '.',
  },
  /** the summary above the list: before storage is read, when nothing is kept, and how much is */
  reading: 'Reading what this browser keeps…',
  nothing: 'This site keeps nothing in this browser right now.',
  count: (n: number) => `This site keeps ${n} ${n === 1 ? 'item' : 'items'} in this browser.`,
  /** under an item that is not stored, and under every item before storage is read */
  notStored: 'Nothing stored.',
  checking: 'Checking…',
  show: (bytes: number, key: string) => `Show what is stored (${bytes} bytes under “${key}”)`,
  eraseItem: (item: string) => `Erase ${item}`,
  eraseAll: {
    start: 'Erase everything',
    question: 'Erase everything this site keeps in this browser? This cannot be undone.',
    yes: 'Yes, erase everything',
    no: 'Keep everything',
    group: 'Confirm erasing everything',
  } satisfies ConfirmEraseWords,
  erased: (label: string) => `Erased: ${label}.`,
  erasedAll: 'Erased everything this site kept in this browser.',
  /** "Your data in a file": download everything to one file, open one to bring it back */
  file: {
    title: 'Your data in a file',
    intro:
      'Download everything listed above as one file you keep, then open it in another browser or on another device to bring your answers with you. To move them between a computer and a phone, download the file on one and open it on this page on the other. The file stays on your device; opening it sends nothing anywhere.',
    download: 'Download my data',
    downloaded: (file: string) => `Downloaded ${file}.`,
    /** after downloading, when something stored could not be read */
    leftOut: (items: readonly string[]) => `Left out because what is stored cannot be read: ${list(items)}.`,
    nothingToDownload: 'There is nothing to download; this site keeps nothing in this browser.',
    open: 'Open a data file',
    reading: 'Reading the file…',
    /** what is wrong with a file: nothing is changed in any of these cases */
    tooLarge: (size: string) =>
      `This file is ${size}, larger than any data file from this site (at most 40 MB). Nothing was changed.`,
    problems: {
      'not-json':
        'This file is not a complete data file: it is cut short, or it is not a JSON file. Nothing was changed.',
      foreign: 'This file is not a data file from this site. Nothing was changed.',
      newer:
        'This data file was made by a newer version of this site, which this page cannot read. Nothing was changed.',
      damaged: 'This data file has been changed so that its contents cannot be found. Nothing was changed.',
      empty: 'This data file holds nothing that this site keeps. Nothing was changed.',
      unreadable: 'Your browser could not read this file. Nothing was changed.',
    } satisfies Record<Exclude<DataFileProblem, 'too-large'> | 'unreadable', string>,
    /** the review of an opened file, before anything is replaced */
    reviewTitle: (file: string) => `What ${file} holds`,
    made: (date: string) => `Made on ${date}.`,
    choose: 'Choose what to bring into this browser',
    replaces: 'Replaces what is stored now.',
    adds: 'Nothing is stored for it now.',
    bad: 'This entry is damaged or from another version, so it cannot be imported. What is stored for it now stays as it is.',
    ignored: (names: readonly string[]) => `Also in the file, and ignored: ${names.join(', ')}.`,
    confirm: 'Replace the chosen items',
    cancel: 'Cancel',
    noneChosen: 'Choose at least one item to bring in.',
    cancelled: 'Nothing was changed.',
    imported: (items: readonly string[]) => `Brought in: ${list(items)}.`,
    /** the browser refused to save: the items are in this page's memory only */
    notKept: (items: readonly string[]) =>
      `This browser would not let the site save (storage is full or blocked), so ${list(items)} cannot be kept. They are shown here until you leave this page.`,
  },
};
