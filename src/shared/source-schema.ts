import { z } from 'astro/zod';

/** A link to a source: https only, so content can never carry a javascript: or http: link. */
export const sourceUrl = z.url({ protocol: /^https$/, error: 'Source links must be https:// URLs' });
