/**
 * The site's page paths: what each entry gives, the trailing-slash rule (astro.config.mjs has
 * trailingSlash: 'always' and directory builds), and that every path names a page that exists
 * in src/pages, with the ids the site actually links to.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '@/lib/content/paths';
import { joinBase } from '@/lib/content/url';

const root = process.cwd();
const ids = (dir: string, ext: string) =>
  readdirSync(resolve(root, dir))
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length))
    .sort();
const articleIds = ids('src/content/articles', '.mdx');
const toolIds = ids('src/content/tools', '.mdx');

/** the route file a site-relative path is served from, or null if none */
function pageFile(path: string): string | null {
  const bare = path.replace(/\/$/, '');
  const candidates =
    bare === ''
      ? ['index.astro']
      : [
          `${bare}.astro`,
          `${bare}/index.astro`,
          `${bare}.ts`,
          ...(/^articles\/[^/]+$/.test(bare) ? ['articles/[id].astro'] : []),
        ];
  return candidates.find((c) => existsSync(resolve(root, 'src/pages', c))) ?? null;
}

describe('paths', () => {
  it('gives each fixed page its path', () => {
    expect(paths.home).toBe('');
    expect(paths.articles).toBe('articles/');
    expect(paths.about).toBe('about/');
    expect(paths.tools).toBe('tools/');
    expect(paths.yourData).toBe('your-data/');
    expect(paths.rss).toBe('rss.xml');
  });

  it('builds an article’s and a tool’s path from its id, unchanged', () => {
    expect(paths.article('is-there-a-purpose-behind-your-networking')).toBe(
      'articles/is-there-a-purpose-behind-your-networking/',
    );
    expect(paths.tool('purpose-quiz')).toBe('tools/purpose-quiz/');
    expect(paths.article('a')).toBe('articles/a/');
    expect(paths.tool('x-1')).toBe('tools/x-1/');
  });

  it('never starts with a slash; every page ends with one, the feed (a file) does not', () => {
    const pages = [
      paths.articles,
      paths.about,
      paths.tools,
      paths.yourData,
      ...articleIds.map(paths.article),
      ...toolIds.map(paths.tool),
    ];
    for (const path of pages) expect(path, path).toMatch(/^[a-z0-9-]+(\/[a-z0-9-]+)*\/$/);
    expect(paths.home).toBe('');
    expect(paths.rss).not.toMatch(/^\/|\/$/);
  });

  it('joins with the base path to the URLs the site serves', () => {
    expect(joinBase('/', paths.home)).toBe('/');
    expect(joinBase('/upproach/', paths.home)).toBe('/upproach/');
    expect(joinBase('/upproach/', paths.tool('network-size'))).toBe('/upproach/tools/network-size/');
    expect(joinBase('/', paths.rss)).toBe('/rss.xml');
  });

  it('names a page that exists for every route, article and tool', () => {
    expect(articleIds.length).toBeGreaterThan(0);
    expect(toolIds).toEqual(['network-size', 'promotion-checklist', 'purpose-quiz']);
    const expected: Record<string, string> = {
      [paths.home]: 'index.astro',
      [paths.articles]: 'articles/index.astro',
      [paths.about]: 'about.astro',
      [paths.tools]: 'tools/index.astro',
      [paths.yourData]: 'your-data.astro',
      [paths.rss]: 'rss.xml.ts',
      ...Object.fromEntries(articleIds.map((id) => [paths.article(id), 'articles/[id].astro'])),
      ...Object.fromEntries(toolIds.map((id) => [paths.tool(id), `tools/${id}.astro`])),
    };
    for (const [path, file] of Object.entries(expected)) expect(pageFile(path), path || '(home)').toBe(file);
    expect(pageFile('tools/no-such-tool/')).toBeNull();
  });
});
