// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PeopleDb } from '../../../src/tools/people/db';
import ImportPanel from '../../../src/tools/people/import/ImportPanel';
import type { ReadFile } from '../../../src/tools/people/import/import-tools';
import { parseText } from '../../../src/tools/people/import/read';
import { linkedinExport } from '../../support/people-fixtures';

/** the worker's read, called directly; `hold` keeps it pending until the reader cancels */
const direct =
  (hold = false): ReadFile =>
  (file, onProgress) => {
    let cancel = () => {};
    const result = hold
      ? new Promise<null>((resolve) => (cancel = () => resolve(null)))
      : file.text().then((text) => parseText(text, onProgress));
    return { result, cancel };
  };

let n = 0;
const dbs: PeopleDb[] = [];
afterEach(async () => {
  cleanup();
  for (const db of dbs.splice(0)) await db.delete();
});
function setUp(read = direct()) {
  const db = new PeopleDb(`panel-${n++}`);
  dbs.push(db);
  const onDone = vi.fn();
  render(<ImportPanel db={db} self={null} onDone={onDone} read={read} />);
  return { db, onDone, user: userEvent.setup() };
}
const csv = (text: string, name = 'Connections.csv') => new File([text], name, { type: 'text/csv' });

describe('the import panel', () => {
  it('shows what an import would do before storing anything, then stores it all and says so', async () => {
    const { db, onDone, user } = setUp();
    await user.upload(
      screen.getByLabelText('Choose a file'),
      csv(linkedinExport({ distinct: 30, repeats: 2, lookalikes: 1 }).text),
    );
    const heading = await screen.findByRole('heading', { name: 'Before anything is stored' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText('“Connections.csv” (LinkedIn connections) holds 33 people.')).toBeInTheDocument();
    expect(await db.people.count()).toBe(0);
    await user.click(screen.getByRole('radio', { name: 'Merge' }));
    await user.click(screen.getByRole('button', { name: 'Import 30 new and update 0' }));
    const done = await screen.findByText('Imported from “Connections.csv”: 30 people added, 0 people updated.');
    await waitFor(() => expect(done).toHaveFocus());
    expect(await db.people.count()).toBe(30);
    expect(onDone).toHaveBeenCalledWith(expect.objectContaining({ added: 30, updated: 0 }));
  });

  it('offers Undo in its result message while the import is the latest change, and no longer after another', async () => {
    const db = new PeopleDb(`panel-${n++}`);
    dbs.push(db);
    const onUndo = vi.fn();
    const user = userEvent.setup();
    const view = (undo: { label: string } | null) => (
      <ImportPanel db={db} self={null} undo={undo} onUndo={onUndo} read={direct()} />
    );
    const { rerender } = render(view(null));
    await user.upload(screen.getByLabelText('Choose a file'), csv(linkedinExport({ distinct: 3 }).text));
    await user.click(await screen.findByRole('button', { name: 'Import 3 new and update 0' }));
    await screen.findByText('Imported from “Connections.csv”: 3 people added, 0 people updated.');
    const [entry] = await db.undo.toArray();
    rerender(view({ label: entry!.label }));
    await user.click(screen.getByRole('button', { name: 'Undo this import' }));
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/^Imported from/)).not.toBeInTheDocument();

    await user.upload(screen.getByLabelText('Choose a file'), csv(linkedinExport({ distinct: 5 }).text, 'b.csv'));
    await user.click(await screen.findByRole('button', { name: /^Import 2 new and update 0/ }));
    await screen.findByText(/^Imported from “b\.csv”/);
    // a change made after the import (a bulk change, say) is now the one Undo would undo
    rerender(view({ label: 'Added 2 people to Social.' }));
    expect(screen.queryByRole('button', { name: 'Undo this import' })).not.toBeInTheDocument();
  });

  it('names a problem with the file, and stores nothing', async () => {
    const { db, user } = setUp();
    await user.upload(screen.getByLabelText('Choose a file'), csv('a,b\n1,2\n', 'numbers.csv'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“numbers.csv” has no row of column names this import knows');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(await db.people.count()).toBe(0);
  });

  it('a cancel while the file is read: nothing stored, and the reader is told', async () => {
    const { db, user } = setUp(direct(true));
    await user.upload(screen.getByLabelText('Choose a file'), csv('whatever'));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    const cancelled = await screen.findByText('Import cancelled. Nothing was stored.');
    await waitFor(() => expect(cancelled).toHaveFocus());
    expect(await db.people.count()).toBe(0);
  });
});
