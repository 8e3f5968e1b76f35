/**
 * Storing an import: all or nothing, in one Dexie transaction that also writes the undo entry.
 * The plan is made again inside the transaction from the people stored at that moment (another
 * tab may have changed them since the preview). A cancel, or the browser's storage running out
 * half-way, aborts the transaction: the database is left as it was.
 */
import type { PeopleDb } from '../db';
import { planImport, type Plan } from './plan';
import type { Incoming, Skip } from './types';

export interface Receipt {
  readonly added: number;
  readonly updated: number;
  /** the undo entry's id */
  readonly undoId: number;
  readonly label: string;
}

export type CommitResult =
  | { readonly ok: true; readonly receipt: Receipt; readonly plan: Plan }
  | { readonly ok: false; readonly problem: 'cancelled' | 'quota' | 'failed' };

export interface CommitOptions {
  readonly merge: ReadonlySet<number>;
  readonly label: (plan: Plan) => string;
  readonly now?: number;
  readonly makeId?: () => string;
  readonly signal?: AbortSignal;
  /** the share of people written so far, 0 to 1 */
  readonly onProgress?: (done: number) => void;
}

const CHUNK = 1000;

class Cancelled extends Error {}

function isQuota(error: unknown): boolean {
  for (let e = error as { name?: string; inner?: unknown } | undefined; e; e = e.inner as typeof e)
    if (/quota/iu.test(e.name ?? '')) return true;
  return false;
}

export async function commitImport(
  db: PeopleDb,
  people: readonly Incoming[],
  parseSkips: readonly Skip[],
  { merge, label, now = Date.now(), makeId = () => crypto.randomUUID(), signal, onProgress }: CommitOptions,
): Promise<CommitResult> {
  try {
    const result = await db.transaction('rw', db.people, db.undo, async () => {
      const plan = planImport(await db.people.toArray(), people, parseSkips, { merge, now, makeId });
      const total = plan.added.length + plan.updated.length || 1;
      let written = 0;
      const step = (n: number) => {
        if (signal?.aborted) throw new Cancelled();
        written += n;
        onProgress?.(written / total);
      };
      step(0);
      for (let i = 0; i < plan.added.length; i += CHUNK) {
        const chunk = plan.added.slice(i, i + CHUNK);
        await db.people.bulkAdd(chunk);
        step(chunk.length);
      }
      for (let i = 0; i < plan.updated.length; i += CHUNK) {
        const chunk = plan.updated.slice(i, i + CHUNK);
        await db.people.bulkUpdate(chunk.map((u) => ({ key: u.before.id, changes: u.changes })));
        step(chunk.length);
      }
      const text = label(plan);
      // the undo table counts its own ids (++id): add always gives one
      const undoId = (await db.undo.add({
        label: text,
        at: now,
        before: plan.updated.map((u) => u.before),
        added: plan.added.map((p) => p.id),
      })) as number;
      return { plan, receipt: { added: plan.added.length, updated: plan.updated.length, undoId, label: text } };
    });
    return { ok: true, ...result };
  } catch (error) {
    if (error instanceof Cancelled || signal?.aborted) return { ok: false, problem: 'cancelled' };
    return { ok: false, problem: isQuota(error) ? 'quota' : 'failed' };
  }
}
