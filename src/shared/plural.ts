/**
 * An editor's two forms of a phrase that counts something: `one` for exactly 1, `other` for
 * every other count (0 included). Both usually hold a `{count}` placeholder for `fill`.
 */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
}

/** The form of `forms` that goes with `count`. */
export function plural(forms: PluralForms, count: number): string {
  return count === 1 ? forms.one : forms.other;
}
