import { fnv1a32 } from '@/shared/hash';

/**
 * The checklist's ids (own groups, calendar UIDs) as 8 hex digits of the shared FNV-1a:
 * the same digits as before, so stored ids and calendar UIDs do not change.
 */
export function fnv1a(text: string): string {
  return fnv1a32(text).toString(16).padStart(8, '0');
}
