/** The app icons the web app manifest lists (src/offline/icons.ts), drawn at build time. */
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import { appIcons, iconSvg, type AppIcon } from '@/offline/icons';

export const getStaticPaths = (() =>
  appIcons.map((icon) => ({ params: { icon: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIcon }> = ({ props: { icon } }) =>
  new Response(
    new Resvg(iconSvg(icon), { fitTo: { mode: 'width', value: icon.size }, font: { loadSystemFonts: false } })
      .render()
      .asPng() as BodyInit,
    { headers: { 'Content-Type': 'image/png' } },
  );
