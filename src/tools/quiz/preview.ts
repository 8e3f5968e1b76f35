import { purposeIds, type PurposeId } from '@/purposes/ids';

/**
 * A shared result's preview page: one static page per leading purpose under the quiz,
 * `<quiz>/<purpose>/`, so a platform's crawler (which never sees the `#` part) previews the
 * purpose. The answers stay in the fragment, and the page shows what they score, whatever
 * the address says.
 */
export function previewPath(quizPath: string, purpose: PurposeId): string {
  return `${quizPath.endsWith('/') ? quizPath : `${quizPath}/`}${purpose}/`;
}

/** Whether a page's path (with the base path) is one of the quiz's preview pages. */
export function isPreviewPage(pathname: string, base: string): boolean {
  const prefix = `${base.endsWith('/') ? base : `${base}/`}tools/purpose-quiz/`;
  return (
    pathname.startsWith(prefix) &&
    (purposeIds as readonly string[]).includes(pathname.slice(prefix.length).replace(/\/$/, ''))
  );
}

/** The purpose a preview page's path names (`<quiz>/<purpose>/`), or null on any other page. */
export function previewPurposeOf(pathname: string, quizPath: string): PurposeId | null {
  const prefix = quizPath.endsWith('/') ? quizPath : `${quizPath}/`;
  if (!pathname.startsWith(prefix)) return null;
  const rest = pathname.slice(prefix.length).replace(/\/$/, '');
  return (purposeIds as readonly string[]).includes(rest) ? (rest as PurposeId) : null;
}

/** Every preview page's purpose, in the article's order. */
export const previewPurposes: readonly PurposeId[] = purposeIds;
