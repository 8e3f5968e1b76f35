// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { updateNotice } from '../../../src/offline/notice';
import { updateWords } from '../../../src/offline/words';

afterEach(() => document.body.replaceChildren());

/** a page as the layout writes it: a main landmark with its wrap, and a field the reader is editing */
function page() {
  document.body.innerHTML = '<main id="main"><div class="wrap"><h1>Title</h1><input aria-label="Name" /></div></main>';
  const field = document.querySelector('input')!;
  field.focus();
  return field;
}

describe('the notice of a new version', () => {
  it('is an empty polite live region at the top of the main content until a new version waits', () => {
    page();
    updateNotice(document);
    const region = document.querySelector('.wrap')!.firstElementChild!;
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();
  });

  it('says a new version is ready, and applies it only when the reader presses its button', () => {
    const field = page();
    const apply = vi.fn();
    const show = updateNotice(document);
    show(apply);
    const region = document.querySelector('[aria-live="polite"]')!;
    expect(region).toHaveTextContent(updateWords.ready);
    expect(apply).not.toHaveBeenCalled();
    expect(field).toHaveFocus(); // the reader's edit goes on
    const button = [...region.querySelectorAll('button')];
    expect(button.map((b) => b.textContent)).toEqual([updateWords.apply]);
    button[0]!.click();
    expect(apply).toHaveBeenCalledTimes(1);
    expect(button[0]).toBeDisabled();
  });

  it('says it once, however often the worker reports the waiting version', () => {
    page();
    const show = updateNotice(document);
    show(() => undefined);
    show(() => undefined);
    expect(document.querySelectorAll('[aria-live="polite"] button')).toHaveLength(1);
  });
});
