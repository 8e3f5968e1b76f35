/**
 * A checklist as the site stores it (src/tools/checklist/state.ts): a built plan for Ana Ruiz,
 * Head of Sales at manager level, starting 2027-01-04, in the same organization, with no groups,
 * ticks or names. `profile` replaces fields of the profile and `state` fields of the whole, so
 * each test names only what it is about. Shared by the unit, component and e2e tests.
 */
export function savedChecklist(
  profile: Readonly<Record<string, unknown>> = {},
  state: Readonly<Record<string, unknown>> = {},
) {
  return {
    v: 1 as const,
    profile: {
      audience: 'self',
      name: 'Ana Ruiz',
      role: 'Head of Sales',
      level: 'manager',
      startDate: '2027-01-04',
      sameOrg: true,
      internal: [] as string[],
      customInternal: [] as string[],
      external: [] as string[],
      ...profile,
    },
    done: [] as string[],
    names: {} as Record<string, string[]>,
    built: true,
    ...state,
  };
}
