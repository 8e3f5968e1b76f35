/**
 * Every link-preview image the build makes, from the content collections: the home page (also
 * used by the pages that have no card of their own), each article, each tool and each of the
 * quiz's preview pages. A new article or tool gets its image with no extra step.
 */
import { SITE } from '@/config';
import { getArticles, getAuthor, getTools } from './articles';
import { getPurposeNames } from './purposes';
import { getQuizShare } from './words';
import { paths } from '@/lib/content/paths';
import { ogImagePath, type OgCard } from '@/lib/og/card';
import { previewPath, previewPurposes } from '@/tools/quiz/preview';
import { fill } from '@/shared/template';

/** the small label above the title on each kind of page, and the line under an article's title */
const words = {
  home: 'Professional networking',
  article: 'Article',
  tool: 'Tool',
  byline: (author: string, minutes: number) => `By ${author} · ${minutes} min read`,
};

export async function getOgCards(): Promise<OgCard[]> {
  const [articles, tools, share, names] = await Promise.all([
    getArticles(),
    getTools(),
    getQuizShare(),
    getPurposeNames(),
  ]);
  const quiz = tools.find((t) => t.id === 'purpose-quiz');
  const cards: OgCard[] = [
    { path: ogImagePath(paths.home), kicker: words.home, title: SITE.title, details: [SITE.tagline] },
  ];
  for (const article of articles) {
    const author = await getAuthor(article.entry.data.author.id);
    cards.push({
      path: ogImagePath(paths.article(article.id)),
      kicker: words.article,
      title: article.entry.data.title,
      details: [words.byline(author.data.name, article.readingTime.minutes)],
    });
  }
  for (const tool of tools) {
    cards.push({
      path: ogImagePath(paths.tool(tool.id)),
      kicker: words.tool,
      title: tool.data.title,
      details: [tool.data.promise],
    });
  }
  for (const purpose of previewPurposes) {
    cards.push({
      path: ogImagePath(previewPath(paths.tool('purpose-quiz'), purpose)),
      kicker: share.kicker,
      title: fill(share.title, { purpose: names[purpose] }),
      details: quiz ? [quiz.data.promise] : [],
    });
  }
  return cards;
}

/** The card whose image a page names, or the home page's (the first card). */
export async function getOgCard(page: string): Promise<OgCard> {
  const cards = await getOgCards();
  return cards.find((c) => c.path === ogImagePath(page)) ?? cards[0]!;
}
