/** Site-relative paths of pages, in one place (no leading slash; join with the base path). */
export const paths = {
  home: '',
  articles: 'articles/',
  article: (id: string) => `articles/${id}/`,
  about: 'about/',
  tools: 'tools/',
  tool: (id: string) => `tools/${id}/`,
  yourData: 'your-data/',
  rss: 'rss.xml',
} as const;
