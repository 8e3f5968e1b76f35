import { z } from 'astro/zod';
import { storageIds, type StorageEntryWords, type StorageId } from '@/shared/storage/registry';
import { keyedByIds } from './keyed-schema';
import { templateString } from './template-schema';

/**
 * Site-wide words that belong to no single tool: src/content/site/words.yaml (one entry,
 * `words`). The "Your data" page, the notice shown when the browser refuses to save, the link
 * under every tool, and what the "Your data" page says about each thing the site stores.
 */
const line = z.string().trim().min(1).max(240);
/** a paragraph of prose */
const paragraph = z.string().trim().min(1).max(600);
/** a word or two: a link's text */
const word = z.string().trim().min(1).max(40);

/** A sentence with {placeholders}, each required one used exactly once: see ./template. */
function template(key: string, required: readonly string[], optional: readonly string[] = [], base = line) {
  return templateString(key, base, { required, optional, once: true });
}

const entryWordsSchema = z.strictObject({
  label: line,
  inSentence: line,
  description: line,
});

/**
 * What the "Your data" page says about each entry of src/lib/storage/registry.ts, keyed by its
 * id: exactly one set of words per id, so a new entry without words, or words left behind for
 * an entry that is gone, stops the build with a message naming the id.
 */
export const storageWordsSchema = keyedByIds<StorageId, StorageEntryWords>(
  'storage',
  storageIds,
  'src/lib/storage/registry.ts',
  'a label, an inSentence and a description',
  () => entryWordsSchema,
);

export const siteWordsSchema = z.object({
  /** shown above a tool when the browser would not save (storage full or blocked) */
  saveProblem: z.object({ message: paragraph }),
  /** the link under every tool's work area */
  toolFrame: z.object({
    yourDataLink: line,
    /** printed in place of a tool embedded in an article: {url} is the tool's own page */
    printLink: template('toolFrame.printLink', ['url']),
  }),
  /** the "Your data" page */
  yourData: z.object({
    /** the page's title (the browser tab and the heading) and its description for search and sharing */
    title: word,
    description: line,
    lede: paragraph,
    storedTitle: line,
    /** shown when JavaScript is off: before and after the list of everything the site may keep */
    noscript: z.object({ before: paragraph, after: line }),
    /** the sentence at the end; {tools} is the link to the tools, whose text is toolsLink */
    closing: template('yourData.closing', ['tools']),
    toolsLink: word,
    /** the summary above the list: before storage is read, when nothing is kept, and the count */
    reading: line,
    nothing: line,
    count: z.object({
      one: template('yourData.count.one', [], ['count']),
      other: template('yourData.count.other', ['count']),
    }),
    /** in each item: when nothing is stored, and before storage is read */
    notStored: line,
    checking: line,
    show: template('yourData.show', ['bytes', 'key']),
    /** the button that erases one item; {item} is that item's inSentence */
    eraseItem: template('yourData.eraseItem', ['item']),
    /** "Erase everything" and its confirmation */
    eraseAll: z.object({ start: line, question: line, yes: line, no: line, group: line }),
    /** said after erasing one item ({label} is its label) and after erasing everything */
    erased: template('yourData.erased', ['label']),
    erasedAll: line,
    /** "Your data in a file": download and open a data file ({file}, {items}, {date}, {size}) */
    file: z.object({
      title: line,
      intro: paragraph,
      download: word,
      downloaded: template('yourData.file.downloaded', ['file']),
      leftOut: template('yourData.file.leftOut', ['items']),
      nothingToDownload: line,
      open: word,
      reading: line,
      problems: z.strictObject({
        'too-large': template('yourData.file.problems.too-large', ['size']),
        'not-json': line,
        foreign: line,
        newer: line,
        damaged: line,
        empty: line,
        unreadable: line,
      }),
      reviewTitle: template('yourData.file.reviewTitle', ['file']),
      made: template('yourData.file.made', ['date']),
      choose: line,
      replaces: line,
      adds: line,
      bad: line,
      ignored: template('yourData.file.ignored', ['items']),
      confirm: word,
      cancel: word,
      noneChosen: line,
      cancelled: line,
      imported: template('yourData.file.imported', ['items']),
      notKept: template('yourData.file.notKept', ['items'], [], paragraph),
      list: z.object({ and: word, serialComma: z.boolean() }),
    }),
  }),
  storage: storageWordsSchema,
  /** the small labels and the byline on the link-preview images (og:image) */
  linkPreview: z.object({
    home: word,
    article: word,
    tool: word,
    byline: template('linkPreview.byline', ['author', 'minutes']),
  }),
});

export type SiteWords = z.infer<typeof siteWordsSchema>;
export type YourDataWords = SiteWords['yourData'];
