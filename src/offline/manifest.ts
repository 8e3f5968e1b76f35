/**
 * The web app manifest: what a browser needs to offer "Install" or "Add to home screen". Its
 * addresses are under the deploy's base path, so an installed site opens where it is deployed.
 */
import { SITE } from '@/config';
import { joinBase } from '@/lib/content/url';
import { appIcons } from './icons';

/** the page background of the light theme (src/styles/global.css), also the splash screen's */
const LIGHT_BACKGROUND = '#fdfcfa';

export function webManifest(base: string) {
  return {
    id: joinBase(base, ''),
    name: SITE.title,
    short_name: SITE.name,
    description: SITE.description,
    lang: SITE.lang,
    dir: 'ltr',
    start_url: joinBase(base, ''),
    scope: joinBase(base, ''),
    display: 'standalone',
    background_color: LIGHT_BACKGROUND,
    theme_color: LIGHT_BACKGROUND,
    icons: appIcons.map((icon) => ({
      src: joinBase(base, `icons/${icon.name}.png`),
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}
