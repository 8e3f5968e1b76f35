import { closeSharedView, keepSharedResult } from '@/tools/quiz/store';

/** Drop the share link from the address (without a new history entry), so a reload shows the reader's own quiz. */
function clearFragment(): void {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}

/** Leave a shared link (or a broken one) for the reader's own quiz. */
export function leaveShared(): void {
  clearFragment();
  closeSharedView();
}

/** Keep the open shared result as the reader's own (`replace`: the reader agreed to replace theirs). */
export function keepShared(replace: boolean): void {
  if (keepSharedResult({ replace }) === 'kept') clearFragment();
}
