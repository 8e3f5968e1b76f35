/**
 * Site settings in one typed module. Pages, layouts, feeds and tools read from here;
 * nothing else hard-codes the site's name, author or navigation.
 */
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
  readonly nav: readonly NavItem[];
  /** average adult silent-reading speed used for "N min read" (words per minute) */
  readonly wordsPerMinute: number;
}

export const SITE: SiteConfig = {
  name: 'UPPROACH',
  title: 'UPPROACH: professional networking, done better',
  tagline: 'Don’t just do it; do it better.',
  description:
    'Tom Staskiewicz’s UPPROACH articles on networking, and three private tools: find your purpose, size your network, plan the 60 days after a promotion.',
  lang: 'en',
  locale: 'en_US',
  authorId: 'tom-staskiewicz',
  nav: [
    { href: 'articles/', label: 'Articles' },
    { href: 'tools/', label: 'Tools' },
    { href: 'about/', label: 'About' },
  ],
  wordsPerMinute: 230,
};
