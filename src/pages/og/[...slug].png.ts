/** The link-preview images (og:image), one per card of src/data/og-cards.ts, made at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOgCards } from '@/data/og-cards';
import { renderOgImage, type OgCard } from '@/lib/og/card';

export const getStaticPaths = (async () =>
  (await getOgCards()).map((card) => ({
    params: { slug: card.path.replace(/^og\/|\.png$/g, '') },
    props: { card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
  new Response((await renderOgImage(props.card)) as BodyInit, { headers: { 'Content-Type': 'image/png' } });
