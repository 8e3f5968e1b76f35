/**
 * Registers the service worker (integrations/offline.mjs writes it at build time), so the site
 * opens without a network. When a new version is waiting, the page says so and applies it only
 * when the reader presses the notice's button: the waiting worker takes over and this page
 * reloads. Another tab that applied it never reloads this one.
 */
import { Workbox } from 'workbox-window';
import { updateNotice } from './notice';

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // BASE_URL ends with "/" (trailingSlash: 'always'); a shared helper here would cost a second file
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const wb = new Workbox(`${base}sw.js`, { scope: base });
  const show = updateNotice(document);
  let chosen = false;
  wb.addEventListener('controlling', () => {
    if (chosen) location.reload();
  });
  wb.addEventListener('waiting', () =>
    show(() => {
      chosen = true;
      void navigator.serviceWorker.getRegistration(base).then((registration) => {
        // another tab applied it already: this page only needs to load the new version
        if (registration?.waiting) wb.messageSkipWaiting();
        else location.reload();
      });
    }),
  );
  // a page left open (a phone keeps it for days) checks again whenever the reader comes back to it
  document.addEventListener('visibilitychange', () => {
    // offline, the check fails; the next one will do
    if (document.visibilityState === 'visible') wb.update().catch(() => undefined);
  });
  void wb.register();
}
