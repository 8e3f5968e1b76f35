import { fill } from '@/shared/template';
import { useDomId } from '@/shared/use-dom-id';
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
}

const { rhythm: text } = words;

/**
 * How often the reader reviews each network after the 90-day review: one fieldset of radios
 * per network, the network vocabulary's suggestion marked and said to be a suggestion. A reviewed
 * network gets an item in the 90-day review and a recurring calendar event. Not printed: the items are.
 */
export function ReviewRhythm({ content, state, level }: Props) {
  const uid = useDomId('cl-rhythm');
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
        return (
          <fieldset key={network.id} className="cl-choices" aria-describedby={hintId}>
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
          </fieldset>
        );
      })}
    </section>
  );
}
