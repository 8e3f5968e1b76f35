/**
 * A way in for readers who "were never good at networking" (the promotion article's words):
 * when the reader says so in the profile form, the plan opens with three small steps from the
 * articles' advice (words.yaml `firstSteps`), written for the promoted person or their manager.
 */
import { fill } from '@/shared/template';
import { forAudience } from './plan';
import type { ForAudience, Profile } from './model';

/** the first steps' words (words.yaml `firstSteps`) */
export interface FirstStepsText {
  /** the profile form's checkbox */
  readonly choice: ForAudience;
  /** under the checkbox: what ticking it changes */
  readonly hint: ForAudience;
  readonly title: string;
  readonly lead: ForAudience;
  /** exactly three steps for each reader; may hold {person} */
  readonly steps: { readonly self: readonly string[]; readonly manager: readonly string[] };
}

export interface FirstSteps {
  readonly title: string;
  readonly lead: string;
  readonly steps: readonly string[];
}

/** the three-step start for this profile, or null when the reader has not asked for it */
export function firstSteps(text: FirstStepsText, profile: Profile, person: string): FirstSteps | null {
  if (!profile.newToNetworking) return null;
  const { audience } = profile;
  return {
    title: text.title,
    lead: fill(forAudience(text.lead, audience), { person }),
    steps: text.steps[audience].map((step) => fill(step, { person })),
  };
}
