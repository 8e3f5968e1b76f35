// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import SaveProblem from '../../src/shared/SaveProblem';
import { $saveFailed } from '../../src/shared/storage/storage-engine';
import { loadSiteWords } from '../support/site-words';

const { message } = loadSiteWords().saveProblem;

afterEach(() => {
  cleanup();
  $saveFailed.set(false);
});

describe('SaveProblem', () => {
  it('shows nothing while saves succeed, but keeps its wrapper for client:visible', () => {
    const { container } = render(<SaveProblem message={message} />);
    expect(container.querySelector('.save-problem')).not.toBeNull();
    expect(container.textContent).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the message from the words as an alert when a save fails', () => {
    render(<SaveProblem message={message} />);
    act(() => $saveFailed.set(true));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(message);
    expect(message).toMatch(/^This browser would not let the site save \(storage is full or blocked\)\./);
  });

  it('says only the words it is given', () => {
    $saveFailed.set(true);
    render(<SaveProblem message="Saving is off." />);
    expect(screen.getByRole('alert').textContent).toBe('Saving is off.');
  });
});
