import { useMemo } from 'react';
import { formatIsoDate, localDate, parseIsoDate } from '@/shared/dates';
import { describedBy } from '@/shared/described-by';
import { fill } from '@/shared/template';
import { useDomId } from '@/shared/use-dom-id';
import type { StoredPeople } from '@/tools/people/reader';
import { dueCount, type DueCount } from './people-due';
import type { ChecklistContent } from './schema';
import type { ChecklistState } from './state';
import { setReviewRhythm } from './store';
import { personFor } from './plan';
import { words } from './words';
import { rhythmIds } from './model';

interface Props {
  readonly content: ChecklistContent;
  readonly state: ChecklistState;
  /** the heading's level: one below the plan's title */
  readonly level: 3 | 4;
  /** the people Your people keeps (null until read) */
  readonly stored: StoredPeople | null;
  /** the clock (tests pass their own) */
  readonly now?: () => number;
}

const { rhythm: text } = words;

/**
 * How often the reader reviews each network after the 90-day review: one fieldset of radios
 * per network, the network vocabulary's suggestion marked and said to be a suggestion. A reviewed
 * network gets an item in the 90-day review and a recurring calendar event. Where Your people keeps
 * anyone, each network says how many of its people are due a contact (./people-due.ts, on the
 * people the plan reads); with nobody stored it shows nothing more. Not printed: the items are.
 */
export function ReviewRhythm({ content, state, level, stored, now = Date.now }: Props) {
  const uid = useDomId('cl-rhythm');
  // who of Your people is due a contact, per network: nothing until read, nor while nobody is stored
  const today = stored && stored.people.length > 0 ? formatIsoDate(localDate(now())) : null;
  const counts = useMemo(() => {
    const day = parseIsoDate(today);
    if (!stored || !day) return null;
    const entries = Object.entries(content.suggestions).map(([id, s]) => [id, dueCount(stored, s.network, day)]);
    return Object.fromEntries(entries) as Record<string, DueCount>;
  }, [stored, content.suggestions, today]);
  const H = `h${level}` as 'h3' | 'h4';
  const { audience } = state.profile;
  const { rhythm } = content.texts;
  return (
    <section className="cl-rhythm no-print" aria-labelledby={`${uid}-title`}>
      <H id={`${uid}-title`} className="cl-rhythm-title">
        {text.title}
      </H>
      <p className="cl-rhythm-intro">{fill(rhythm.intro[audience], { person: personFor(state.profile) })}</p>
      <p className="cl-hint">{text.workingDays}</p>
      {rhythm.networks.map((network) => {
        const suggestion = content.suggestions[network.id];
        const hintId = `${uid}-${network.id}-hint`;
        const chosen = state.rhythms?.[network.id] ?? 'none';
        const due = counts?.[network.id] ?? null;
        const dueId = `${uid}-${network.id}-due`;
        return (
          <fieldset key={network.id} className="cl-choices" aria-describedby={describedBy(hintId, due && dueId)}>
            <legend>{network.legend[audience]}</legend>
            {rhythmIds.map((id) => (
              <label key={id} className="cl-choice">
                <input
                  type="radio"
                  name={`${uid}-${network.id}`}
                  value={id}
                  checked={chosen === id}
                  onChange={() => setReviewRhythm(network.id, id)}
                />
                {text.choices[id].label}
                {id === suggestion.every && <span className="cl-suggested"> {text.suggestedTag}</span>}
              </label>
            ))}
            <p className="cl-hint" id={hintId}>
              {suggestion.purpose === null
                ? fill(rhythm.pastSuggestion, {
                    every: text.choices[suggestion.every].inSentence,
                    answer: suggestion.answer,
                  })
                : fill(rhythm.suggestion, {
                    every: text.choices[suggestion.every].inSentence,
                    purpose: suggestion.purpose,
                    answer: suggestion.answer,
                  })}
            </p>
            {due ? (
              <p className="cl-hint" id={dueId}>
                {text.due(due.overdue, due.week)}
              </p>
            ) : null}
          </fieldset>
        );
      })}
    </section>
  );
}
