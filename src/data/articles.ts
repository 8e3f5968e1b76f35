/** Queries over the content collections, shared by routes, feeds and the home page. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { SITE } from '../config';
import { neighbours, sortByOrder } from '../lib/content/article-nav';
import { readingTime, type ReadingTime } from '../lib/content/reading-time';

export type Article = CollectionEntry<'articles'>;
export type Author = CollectionEntry<'authors'>;

export interface ArticleSummary {
  readonly entry: Article;
  readonly id: string;
  readonly order: number;
  readonly readingTime: ReadingTime;
}

export async function getArticles(): Promise<ArticleSummary[]> {
  const entries = await getCollection('articles');
  return sortByOrder(
    entries.map((entry) => ({
      entry,
      id: entry.id,
      order: entry.data.order,
      readingTime: readingTime(entry.body ?? '', SITE.wordsPerMinute),
    })),
  );
}

export async function getArticleNeighbours(id: string) {
  return neighbours(await getArticles(), id);
}

export async function getAuthor(id: string = SITE.authorId): Promise<Author> {
  const author = await getEntry('authors', id);
  if (!author) throw new Error(`No author "${id}" in src/content/authors`);
  return author;
}

export type Tool = CollectionEntry<'tools'>;

export async function getTools(): Promise<Tool[]> {
  return (await getCollection('tools')).sort((a, b) => a.data.order - b.data.order);
}

export async function getTool(id: Tool['id']): Promise<Tool> {
  const tool = await getEntry('tools', id);
  if (!tool) throw new Error(`No tool "${id}" in src/content/tools`);
  return tool;
}
