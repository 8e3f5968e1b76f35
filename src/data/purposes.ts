/**
 * The purposes' names readers see, for the pages that name a purpose outside the tools (the
 * quiz's preview pages and their images): the labels of the purpose model
 * (src/content/purposes/purposes.yaml).
 */
import type { PurposeId } from '@/purposes/ids';
import { purposeLabels } from '@/purposes/model';
import { getPurposeModel } from './words';

export async function getPurposeNames(): Promise<Readonly<Record<PurposeId, string>>> {
  return purposeLabels(await getPurposeModel());
}
