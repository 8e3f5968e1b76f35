import type { NetworkId, RelationId } from '@/purposes/networks';
import type { KeepContent } from './keep/give';
import type { PeopleRules } from './schema';

/** What PeopleTool.astro passes to the island: the rules and the names it shows. */
export interface PeopleContent {
  readonly rules: PeopleRules;
  readonly networks: readonly { readonly id: NetworkId; readonly label: string }[];
  readonly relations: readonly { readonly id: RelationId; readonly label: string }[];
  /** the Your data page, where backups are downloaded */
  readonly yourDataHref: string;
  /** keeping in touch: the give rules and the message words */
  readonly keep: KeepContent;
}
