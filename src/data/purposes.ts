/**
 * The purposes' names readers see, in one place for the pages that name a purpose outside the
 * tools (the quiz's preview pages and their images): src/content/site/words.yaml `purposes`.
 */
import { getSiteWords } from './words';
import type { PurposeNames } from '../schemas/site-words';

export async function getPurposeNames(): Promise<PurposeNames> {
  return (await getSiteWords()).purposes;
}
