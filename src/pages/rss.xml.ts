import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE } from '@/config';
import { getArticles } from '@/data/articles';
import { paths } from '@/lib/content/paths';
import { absoluteUrl, joinBase } from '@/lib/content/url';

export async function GET(context: APIContext) {
  const articles = await getArticles();
  return rss({
    title: SITE.name,
    description: SITE.description,
    site: new URL(joinBase(import.meta.env.BASE_URL, ''), context.site ?? 'http://localhost'),
    // The seed gives no publication dates, so items carry none (RSS 2.0 makes pubDate optional).
    items: articles.map((article) => ({
      title: article.entry.data.title,
      description: article.entry.data.description,
      link: joinBase(import.meta.env.BASE_URL, paths.article(article.id)),
      categories: article.entry.data.tags,
    })),
    // the feed names its own address (atom:link rel="self"), as feed validators ask
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${SITE.lang}</language><atom:link href="${absoluteUrl(context.site, import.meta.env.BASE_URL, paths.rss)}" rel="self" type="application/rss+xml"/>`,
  });
}
