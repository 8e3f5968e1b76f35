import type { GroupKind, GroupText } from '@/tools/checklist/model';
import { setChecklistGroup } from '@/tools/checklist/store';

interface Props {
  readonly kind: GroupKind;
  /** the groups offered for the reader's level */
  readonly groups: readonly GroupText[];
  /** the ids the reader has chosen */
  readonly chosen: readonly string[];
  readonly disabled: boolean;
}

/** one checkbox per group of a kind, inside its fieldset */
export function GroupChoices({ kind, groups, chosen, disabled }: Props) {
  return groups.map((g) => (
    <label key={g.id} className="cl-choice">
      <input
        disabled={disabled}
        type="checkbox"
        checked={chosen.includes(g.id)}
        onChange={(e) => setChecklistGroup(kind, g.id, e.target.checked)}
      />
      {g.label}
    </label>
  ));
}
