/**
 * The data file's codecs with each tool's own stored-shape parser: the ones its store decodes
 * localStorage with, so a file is checked exactly as storage is.
 */
import { parseState as parseChecklist } from '@/tools/checklist/state';
import { parseState as parseEstimator } from '@/tools/estimator/state';
import { parseStoredPurpose } from '@/purposes/ids';
import { parseState as parseQuiz } from '@/tools/quiz/state';
import { makeCodecs } from './codecs';

export const siteCodecs = makeCodecs({
  purpose: parseStoredPurpose,
  quiz: parseQuiz,
  estimator: parseEstimator,
  checklist: parseChecklist,
});
