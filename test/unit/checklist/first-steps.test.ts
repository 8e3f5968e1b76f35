import { describe, expect, it } from 'vitest';
import { firstSteps, type FirstStepsText } from '../../../src/tools/checklist/first-steps';
import { emptyProfile } from '../../../src/tools/checklist/profile';

const text: FirstStepsText = {
  choice: { self: 'I was never good at it', manager: 'They were never good at it' },
  hint: 'The plan opens with three steps.',
  title: 'A three-step start',
  lead: { self: 'Start here:', manager: 'Start {person} here:' },
  steps: {
    self: ['One', 'Two', 'Three'],
    manager: ['Ask {person} one', 'Two for {person}', 'Three'],
  },
};

describe('firstSteps', () => {
  it.each([undefined, false])('is null when the reader has not asked for it (%s)', (newToNetworking) => {
    const profile = { ...emptyProfile, ...(newToNetworking === undefined ? {} : { newToNetworking }) };
    expect(firstSteps(text, profile, 'Ana')).toBeNull();
  });

  it('gives the reader’s own three steps', () => {
    expect(firstSteps(text, { ...emptyProfile, newToNetworking: true }, 'Ana')).toEqual({
      title: 'A three-step start',
      lead: 'Start here:',
      steps: ['One', 'Two', 'Three'],
    });
  });

  it('gives a manager the steps for the promoted person, named in the lead and each step', () => {
    expect(firstSteps(text, { ...emptyProfile, audience: 'manager', newToNetworking: true }, 'Ana')).toEqual({
      title: 'A three-step start',
      lead: 'Start Ana here:',
      steps: ['Ask Ana one', 'Two for Ana', 'Three'],
    });
  });

  it('takes a lead written once for both readers', () => {
    const both = { ...text, lead: 'Begin with {person}:' };
    expect(firstSteps(both, { ...emptyProfile, audience: 'manager', newToNetworking: true }, 'Bo')?.lead).toBe(
      'Begin with Bo:',
    );
  });
});
