/** The words of the notice that a new version of the site is ready (src/offline/notice.ts). */
export const updateWords = {
  ready: 'A new version of this site is ready. Updating reloads this page.',
  apply: 'Update now',
} as const;
