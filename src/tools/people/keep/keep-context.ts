/**
 * The content the keeping-in-touch components read (the give rules and the message words), given
 * once by the island (PeopleIsland.tsx) so that a row's `GiveFirst` needs only its person.
 */
import { createContext } from 'react';
import type { KeepContent } from './give';

export const KeepContext = createContext<KeepContent | null>(null);
