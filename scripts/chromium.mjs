/**
 * The browser every script and the e2e suite launch: Debian's Chromium (or CHROMIUM_PATH), with
 * the flags that keep it quiet on a CI machine (no sandbox as root, no GPU, no background
 * requests off the site's origin).
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
