import type { CadenceId, NetworkId, RelationId } from '@/purposes/networks';
import type { Give } from '@/shared/message';

/** a give as the contact form offers it (its line is the messages') */
export type OfferedGive = Pick<Give, 'id' | 'label' | 'for'>;
import type { KeepContent } from './keep/give';
import type { PeopleRules } from './schema';

/** What PeopleTool.astro passes to the island: the rules and the names it shows. */
export interface PeopleContent {
  readonly rules: PeopleRules;
  readonly networks: readonly { readonly id: NetworkId; readonly label: string }[];
  readonly relations: readonly { readonly id: RelationId; readonly label: string }[];
  /** the contact cadence each network suggests (networks.yaml `cadence`), once the reader turns it on */
  readonly cadences: Readonly<Record<NetworkId, CadenceId>>;
  /** the gives of the purpose model (networks.yaml `gives`), offered when a contact is logged */
  readonly gives: readonly OfferedGive[];
  /** the Your data page, where backups are downloaded */
  readonly yourDataHref: string;
  /** keeping in touch: the give rules and the message words */
  readonly keep: KeepContent;
}
