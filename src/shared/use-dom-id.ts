import { useId } from 'react';

/**
 * A stable id for labels and aria attributes that is also a valid HTML id beginning with a
 * letter (React's useId gives ids like "_r3R_", which some validators and CSS selectors reject).
 */
export function useDomId(prefix: string): string {
  return `${prefix}${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}
