/** The app icons the web app manifest lists (src/offline/icons.ts), drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { appIcons, renderIcon, type AppIcon } from '@/offline/icons';

export const getStaticPaths = (() =>
  appIcons.map((icon) => ({ params: { icon: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIcon }> = ({ props: { icon } }) =>
  new Response(renderIcon(icon).asPng() as BodyInit, { headers: { 'Content-Type': 'image/png' } });
