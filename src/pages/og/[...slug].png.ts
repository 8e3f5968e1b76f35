/** The link-preview images (og:image), one per card of src/data/og-cards.ts, made at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOgCards } from '@/data/og-cards';
import { ogSlug, type OgCard } from '@/lib/og/card';
import { renderOgImage } from '@/render/og-image';

export const getStaticPaths = (async () =>
  (await getOgCards()).map((card) => ({
    params: { slug: ogSlug(card.path) },
    props: { card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
  new Response((await renderOgImage(props.card)) as BodyInit, { headers: { 'Content-Type': 'image/png' } });
