/**
 * The one-entry content collections (editorial content and data), each loaded by one function: a
 * missing entry stops the build with the file to fix, in one place instead of in every component.
 */
import { getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';

async function single<C extends CollectionKey>(
  collection: C,
  id: string,
  file: string,
): Promise<CollectionEntry<C>['data']> {
  const entry = (await getEntry(collection, id)) as CollectionEntry<C> | undefined;
  if (!entry) throw new Error(`${file} has no "${id}" entry`);
  return entry.data;
}

export const getChecklistTexts = () => single('checklistTexts', 'texts', 'src/content/checklist/texts.yaml');
export const getChecklistItems = () => single('checklistItems', 'plan', 'src/content/checklist/items.yaml');
export const getEstimatorNotes = () => single('estimatorNotes', 'main', 'src/content/estimator/notes.yaml');
export const getQuizQuestions = () => single('quizQuestions', 'questions', 'src/content/quiz/questions.yaml');
export const getQuizResults = () => single('quizResults', 'results', 'src/content/quiz/results.yaml');
export const getQuizShare = () => single('quizShare', 'share', 'src/content/quiz/share.yaml');
export const getPurposeModel = () => single('purposes', 'purposes', 'src/content/purposes/purposes.yaml');
export const getNetworkModel = () => single('networks', 'networks', 'src/content/purposes/networks.yaml');
export const getPeopleRules = () => single('peopleRules', 'rules', 'src/content/people/rules.yaml');
export const getKeepMessage = () => single('peopleMessages', 'keepInTouch', 'src/content/people/messages.yaml');
