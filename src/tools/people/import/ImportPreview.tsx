import { importWords as w } from './import-words';
import { useDomId } from '@/shared/use-dom-id';
import type { Plan } from './plan';
import type { FileFormat, Skip, SkipReason } from './types';

const reasons: readonly SkipReason[] = ['no-identity', 'broken-card', 'twice-in-file', 'unchanged'];

function bySkipReason(skipped: readonly Skip[]): [SkipReason, number[]][] {
  return reasons
    .map((reason): [SkipReason, number[]] => [reason, skipped.filter((s) => s.reason === reason).map((s) => s.at)])
    .filter(([, at]) => at.length > 0);
}

export interface PreviewProps {
  readonly fileName: string;
  readonly format: FileFormat;
  readonly plan: Plan;
  readonly merge: ReadonlySet<number>;
  readonly onMerge: (at: readonly number[], merge: boolean) => void;
  readonly onStore: () => void;
  readonly onDiscard: () => void;
  readonly headingRef: (el: HTMLElement | null) => void;
}

/** What an import would do, before anything is stored: counts, who is left out and why, likely duplicates. */
export default function ImportPreview({
  fileName,
  format,
  plan,
  merge,
  onMerge,
  onStore,
  onDiscard,
  headingRef,
}: PreviewProps) {
  const id = useDomId('people-preview');
  const unit = format === 'vcard' ? 'card' : 'line';
  const nothing = plan.added.length + plan.updated.length === 0;
  return (
    <section className="people-import-preview" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} tabIndex={-1} ref={headingRef}>
        {w.previewTitle}
      </h3>
      <p>{w.summary(fileName, format, plan.read)}</p>
      <dl className="people-import-counts" aria-label={w.countsLabel}>
        <div>
          <dt>{w.counts.added}</dt>
          <dd data-count="added">{w.number(plan.added.length)}</dd>
        </div>
        <div>
          <dt>{w.counts.updated}</dt>
          <dd data-count="updated">{w.number(plan.updated.length)}</dd>
        </div>
        <div>
          <dt>{w.counts.skipped}</dt>
          <dd data-count="skipped">{w.number(plan.skipped.length)}</dd>
        </div>
      </dl>
      {plan.skipped.length > 0 && (
        <>
          <h4>{w.skipsTitle}</h4>
          <ul>
            {bySkipReason(plan.skipped).map(([reason, at]) => (
              <li key={reason}>{w.skips(reason, unit, at)}</li>
            ))}
          </ul>
        </>
      )}
      {plan.updated.length > 0 && <p className="muted">{w.kept}</p>}
      {plan.duplicates.length > 0 && (
        <>
          <h4>{w.duplicatesTitle}</h4>
          <p>{w.duplicatesIntro}</p>
          <p className="people-import-actions">
            <button
              type="button"
              className="button secondary"
              onClick={() =>
                onMerge(
                  plan.duplicates.map((d) => d.at),
                  true,
                )
              }
            >
              {w.mergeAll}
            </button>
            <button
              type="button"
              className="button secondary"
              onClick={() =>
                onMerge(
                  plan.duplicates.map((d) => d.at),
                  false,
                )
              }
            >
              {w.keepAllApart}
            </button>
          </p>
          <ul className="people-import-duplicates">
            {plan.duplicates.map((d) => (
              <li key={d.at}>
                <fieldset>
                  <legend>{w.duplicateLabel(d.incoming.name, d.incoming.organization)}</legend>
                  <p className="muted">
                    {w.duplicateWhere(unit, d.at, d.stored)} {w.profiles(d.incoming.profileUrl, d.like.profileUrl)}
                  </p>
                  <label>
                    <input
                      type="radio"
                      name={`${id}-${d.at}`}
                      checked={!merge.has(d.at)}
                      onChange={() => onMerge([d.at], false)}
                    />{' '}
                    {w.keepApart}
                  </label>
                  <label>
                    <input
                      type="radio"
                      name={`${id}-${d.at}`}
                      checked={merge.has(d.at)}
                      onChange={() => onMerge([d.at], true)}
                    />{' '}
                    {w.merge}
                  </label>
                </fieldset>
              </li>
            ))}
          </ul>
        </>
      )}
      {nothing && <p>{w.nothingToStore}</p>}
      <p className="people-import-actions">
        {!nothing && (
          <button type="button" className="button" onClick={onStore}>
            {w.store(plan.added.length, plan.updated.length)}
          </button>
        )}
        <button type="button" className="button secondary" onClick={onDiscard}>
          {w.discard}
        </button>
      </p>
    </section>
  );
}
