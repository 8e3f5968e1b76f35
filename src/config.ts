/**
 * Site settings in one typed module. Pages, layouts, feeds and tools read from here;
 * nothing else hard-codes the site's name, author or navigation.
 */
import { paths } from './lib/content/paths';
import type { PluralForms } from '@/shared/plural';

/** The language the tools write numbers, dates and lists in (Intl): American English. */
export const LANGUAGE_TAG = 'en-US';

export interface NavItem {
  readonly href: string;
  readonly label: string;
}

export interface SiteConfig {
  readonly name: string;
  readonly title: string;
  readonly tagline: string;
  readonly description: string;
  readonly lang: string;
  readonly locale: string;
  /** id of the entry in the `authors` collection that wrote the articles */
  readonly authorId: string;
  /** the header's navigation (hrefs are paths inside the site, without the base path) */
  readonly nav: readonly NavItem[];
  /** the footer's navigation */
  readonly footerNav: readonly NavItem[];
  /** the words of the header and footer */
  readonly chrome: {
    /** the first link on every page, to the main content */
    readonly skipLink: string;
    /** said after the logo to screen readers: "UPPROACH home" */
    readonly home: string;
    /** the theme toggle's name; aria-pressed tells whether the dark theme is on */
    readonly themeToggle: string;
    /** what the toggle shows on narrow screens: the start of its name (WCAG 2.5.3, label in name) */
    readonly themeToggleShort: string;
    /** the footer's privacy sentence */
    readonly privacy: string;
    /** before the links to the tools an article embeds */
    readonly articleTools: PluralForms;
  };
  /** reading speed behind "N min read", in words per minute: a round figure the site chose, not a measurement */
  readonly wordsPerMinute: number;
}

export const SITE: SiteConfig = {
  name: 'UPPROACH',
  title: 'UPPROACH: professional networking, done better',
  tagline: 'Don’t just do it; do it better.',
  description:
    'Tom Staskiewicz’s UPPROACH articles on networking, and four private tools: find your purpose, size your network, plan after a promotion, and sort your people.',
  lang: 'en',
  locale: 'en_US',
  authorId: 'tom-staskiewicz',
  nav: [
    { href: paths.articles, label: 'Articles' },
    { href: paths.tools, label: 'Tools' },
    { href: paths.about, label: 'About' },
  ],
  footerNav: [
    { href: paths.articles, label: 'Articles' },
    { href: paths.tools, label: 'Tools' },
    { href: paths.about, label: 'About' },
    { href: paths.yourData, label: 'Your data' },
    { href: paths.rss, label: 'RSS feed' },
  ],
  chrome: {
    skipLink: 'Skip to content',
    home: 'home',
    themeToggle: 'Dark theme',
    themeToggleShort: 'Dark',
    privacy: 'No analytics, no cookies: the tools run in your browser and keep your answers only there.',
    articleTools: { one: 'Tool in this article:', other: 'Tools in this article:' },
  },
  wordsPerMinute: 230,
};
