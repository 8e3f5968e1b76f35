import { fill } from '@/shared/template';
import { forAudience } from '@/tools/checklist/plan';
import { rhythmOf, type ReviewSuggestions, type Rhythms, type RhythmText } from '@/tools/checklist/rhythm';
import type { Audience } from '@/tools/checklist/model';
import { setReviewRhythm } from '@/tools/checklist/store';
import { useDomId } from '@/shared/use-dom-id';

interface Props {
  readonly text: RhythmText;
  readonly suggestions: ReviewSuggestions;
  readonly rhythms: Rhythms | undefined;
  readonly audience: Audience;
  /** the promoted person in a manager's plan: their name, or "your report" */
  readonly person: string;
  /** the heading's level: one below the plan's title */
  readonly level: 3 | 4;
  readonly disabled?: boolean;
}

/**
 * How often the reader reviews each network after the 90-day review: one fieldset of radios
 * per network, the purpose model's suggestion marked and said to be a suggestion. Each choice
 * is stored with the plan; a reviewed network gets an item in the 90-day review and a recurring
 * event in the calendar file (src/lib/checklist/rhythm.ts). Not printed: the items are.
 */
export function ReviewRhythm({ text, suggestions, rhythms, audience, person, level, disabled }: Props) {
  const uid = useDomId('cl-rhythm');
  const H = `h${level}` as 'h3' | 'h4';
  return (
    <section className="cl-rhythm no-print" aria-labelledby={`${uid}-title`}>
      <H id={`${uid}-title`} className="cl-rhythm-title">
        {text.title}
      </H>
      <p className="cl-rhythm-intro">{fill(forAudience(text.intro, audience), { person })}</p>
      {text.networks.map((network) => {
        const suggestion = suggestions[network.id];
        const suggested = text.choices.find((c) => c.id === suggestion.every);
        const hintId = `${uid}-${network.id}-hint`;
        const chosen = rhythmOf(rhythms, network.id);
        return (
          <fieldset key={network.id} className="cl-choices" aria-describedby={hintId}>
            <legend>{forAudience(network.legend, audience)}</legend>
            {text.choices.map((choice) => (
              <label key={choice.id} className="cl-choice">
                <input
                  type="radio"
                  name={`${uid}-${network.id}`}
                  value={choice.id}
                  disabled={disabled}
                  checked={chosen === choice.id}
                  onChange={() => setReviewRhythm(network.id, choice.id)}
                />
                {choice.label}
                {choice.id === suggestion.every && <span className="cl-suggested"> {text.suggestedTag}</span>}
              </label>
            ))}
            <p className="cl-hint" id={hintId}>
              {fill(text.suggestion, {
                every: suggested?.inSentence ?? suggestion.every,
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
