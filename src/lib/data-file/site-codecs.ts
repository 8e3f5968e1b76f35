/**
 * The data file's codecs with each tool's own stored-shape parser: the ones its store decodes
 * localStorage with, so a file is checked exactly as storage is.
 */
import { parseState as parseChecklist } from '../checklist/state';
import { parseState as parseEstimator } from '../estimator/state';
import { parseStoredPurpose } from '../purposes';
import { parseStoredQuiz } from '../quiz/state';
import { makeCodecs } from './codecs';

export const siteCodecs = makeCodecs({
  purpose: parseStoredPurpose,
  quiz: parseStoredQuiz,
  estimator: parseEstimator,
  checklist: parseChecklist,
});
