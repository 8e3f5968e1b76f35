/**
 * The notice that a new version of the site is ready: a polite live region at the top of the
 * main content, present (empty) from the start so that screen readers announce what fills it,
 * with a button that applies the update. Nothing happens until the reader presses it.
 */
import { updateWords } from './words';

/** Puts the empty live region in place; returns a function that fills it, with `apply` behind its button. */
export function updateNotice(doc: Document): (apply: () => void) => void {
  const region = doc.createElement('div');
  region.className = 'store-notice'; // laid out as a tool's notice: the text, then the button
  region.setAttribute('aria-live', 'polite');
  (doc.querySelector('main .wrap') ?? doc.querySelector('main') ?? doc.body).prepend(region);
  return (apply) => {
    if (region.firstChild) return;
    const box = doc.createElement('div');
    box.className = 'notice';
    const text = doc.createElement('p');
    text.textContent = updateWords.ready;
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = updateWords.apply;
    button.addEventListener('click', () => {
      button.disabled = true;
      apply();
    });
    box.append(text, button);
    region.append(box);
  };
}
