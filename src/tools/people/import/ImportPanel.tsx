/**
 * Placeholder for the file import (bringing people in from LinkedIn, Google Contacts and vCard
 * files), which lives in this folder: it renders nothing until the import is in place.
 */
import type { PeopleDb } from '../db';
import type { Self } from '../person';

export interface ImportPanelProps {
  readonly db: PeopleDb;
  readonly self: Self | null;
  readonly onDone: (receipt: unknown) => void;
}

export default function ImportPanel(_props: ImportPanelProps) {
  return null;
}
