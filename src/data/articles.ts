/** Queries over the content collections, shared by routes, feeds and the home page. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { SITE } from '@/config';
import { neighbourMap, sortByOrder, type Neighbours } from '@/lib/content/article-nav';
import { readingTime, type ReadingTime } from '@/lib/content/reading-time';
import { once } from '@/shared/once';

export type Article = CollectionEntry<'articles'>;
export type Author = CollectionEntry<'authors'>;

export interface ArticleSummary {
  readonly entry: Article;
  readonly id: string;
  readonly order: number;
  readonly readingTime: ReadingTime;
}

/**
 * Collection queries are computed once per build and shared by every page (with N articles,
 * N pages each recomputing every reading time made the build grow with N²). `astro dev`
 * recomputes them on every request, so that an edited article shows at once.
 */
const perBuild = <T>(query: () => Promise<T>): (() => Promise<T>) => (import.meta.env.DEV ? query : once(query));

const series = perBuild(async () => {
  const entries = await getCollection('articles');
  const articles: readonly ArticleSummary[] = sortByOrder(
    entries.map((entry) => ({
      entry,
      id: entry.id,
      order: entry.data.order,
      readingTime: readingTime(entry.body ?? '', SITE.wordsPerMinute),
    })),
  );
  return { articles, neighbours: neighbourMap(articles) };
});

/** Every article in series order, with its reading time (shared: do not change it). */
export async function getArticles(): Promise<readonly ArticleSummary[]> {
  return (await series()).articles;
}

/** The articles before and after `id` in series order. */
export async function getArticleNeighbours(id: string): Promise<Neighbours<ArticleSummary>> {
  const found = (await series()).neighbours.get(id);
  if (!found) throw new Error(`No article with id "${id}"`);
  return found;
}

export async function getAuthor(id: string = SITE.authorId): Promise<Author> {
  const author = await getEntry('authors', id);
  if (!author) throw new Error(`No author "${id}" in src/content/authors`);
  return author;
}

export type Tool = CollectionEntry<'tools'>;

const tools = perBuild(async (): Promise<readonly Tool[]> =>
  (await getCollection('tools')).sort((a, b) => a.data.order - b.data.order),
);

/** The tools in their order (shared: do not change it). */
export const getTools = (): Promise<readonly Tool[]> => tools();

export async function getTool(id: Tool['id']): Promise<Tool> {
  const tool = await getEntry('tools', id);
  if (!tool) throw new Error(`No tool "${id}" in src/content/tools`);
  return tool;
}
