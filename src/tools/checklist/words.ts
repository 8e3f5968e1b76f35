/**
 * Sentences composed from the checklist's words (src/content/checklist/words.yaml) with the
 * one template filler, `fill`: the preview of the plan's parts, the no-JavaScript note, the
 * error summary's heading, the plan's title, the calendar's announcement and file name. The
 * phases are listed from the words, so renaming or adding a phase changes every sentence.
 */
import { joinList } from '@/shared/list';
import { fill, type TemplateRule } from '@/shared/template';
import type { Audience, CalendarText, ChecklistText, ChecklistWords, PhaseText, PlanText } from './model';

/**
 * The words' templates and the {placeholders} each must and may use: the code here and in
 * ./dates, ./ics and ./plan fills exactly these. src/schemas/checklist.ts checks every template
 * of words.yaml against its rule, so a dropped or misspelt placeholder stops the build.
 */
export const checklistTemplates = {
  'text.previewLead': { required: ['count'] },
  'text.previewRest': { required: ['phases'] },
  'text.noscript': { required: ['phases'], optional: ['count'] },
  'text.fixMany': { required: ['count'] },
  'text.phaseGist': { required: ['phase', 'gist'] },
  'text.purposeNote': { required: ['purpose', 'note'] },
  'form.optional': { required: ['label'] },
  'form.shortened': { required: ['limit'] },
  'plan.title': { required: ['name'] },
  'plan.starts': { required: ['date'], optional: ['role'] },
  'plan.progress': { required: ['done', 'total'] },
  'plan.due': { required: ['date'] },
  'plan.phaseProgress': { required: ['done', 'total'], optional: ['day'] },
  'plan.nameLine': { required: ['line'], optional: ['lines'] },
  'plan.why': { required: ['section', 'why'] },
  'plan.source': { required: ['source'] },
  'calendar.downloaded': { required: ['file'], optional: ['count'] },
  'calendar.progress': { required: ['done', 'total'], optional: ['phase'] },
  'calendar.who': { required: ['item', 'names'] },
  'calendar.summary': { required: ['milestone', 'role'] },
  'calendar.summaryNamed': { required: ['milestone', 'name', 'role'] },
  'calendar.ticked': { required: ['item'] },
  'calendar.open': { required: ['item'] },
  'dates.long': { required: ['day', 'month', 'year'], optional: ['weekday'] },
  'dates.short': { required: ['day', 'month', 'year'], optional: ['weekday'] },
} as const satisfies Readonly<Record<string, TemplateRule>>;

export type ChecklistTemplateKey = keyof typeof checklistTemplates;

/**
 * Fill a template's {placeholders} with values of any kind (text, or elements the caller
 * renders: a <time>, a <span>) and return the pieces in order, for the caller to place side by
 * side. Adjacent text is joined and empty text dropped. A placeholder without a value (unknown,
 * or undefined) stays as written, like fill(): never "undefined", never silently gone.
 */
export function fillParts<T>(template: string, values: Readonly<Record<string, T | undefined>>): (string | T)[] {
  const parts: (string | T)[] = [];
  const pieces = template.split(/\{(\w+)\}/);
  pieces.forEach((piece, index) => {
    const value = index % 2 === 1 && Object.prototype.hasOwnProperty.call(values, piece) ? values[piece] : undefined;
    if (value !== undefined) {
      parts.push(value);
      return;
    }
    const text = index % 2 === 1 ? `{${piece}}` : piece;
    if (text === '') return;
    const last = parts.length - 1;
    if (last >= 0 && typeof parts[last] === 'string') parts[last] = `${parts[last] as string}${text}`;
    else parts.push(text);
  });
  return parts;
}

/** "four" for 4 when the words have it, else the digits */
export function countWord(text: ChecklistText, count: number): string {
  return text.numbers[count] ?? String(count);
}

function byDay(phases: readonly PhaseText[]): PhaseText[] {
  return [...phases].sort((a, b) => a.day - b.day);
}

/** the preview shown before the plan is built: a bold lead and the rest of the sentence */
export function planPreview(words: ChecklistWords): { readonly lead: string; readonly rest: string } {
  const phases = byDay(words.phases);
  return {
    lead: fill(words.text.previewLead, { count: countWord(words.text, phases.length) }),
    rest: fill(words.text.previewRest, {
      phases: joinList(
        phases.map((p) => p.inSentence),
        words.text,
      ),
    }),
  };
}

/** what the page says without JavaScript: the parts of the plan and what each holds */
export function noscriptNote(words: ChecklistWords): string {
  const phases = byDay(words.phases);
  const named = phases.map((p) =>
    p.gist ? fill(words.text.phaseGist, { phase: p.inSentence, gist: p.gist }) : p.inSentence,
  );
  return fill(words.text.noscript, {
    count: countWord(words.text, phases.length),
    phases: joinList(named, words.text),
  });
}

/** "One thing to fix …" or "3 things to fix …" */
export function fixHeading(text: ChecklistText, count: number): string {
  return count === 1 ? text.fixOne : fill(text.fixMany, { count });
}

/** the reader-typed name in the plan's title, for the page to isolate (<bdi>) */
export interface TitleName {
  readonly name: string;
}

/**
 * The plan's title in pieces: "Ana’s network plan" is [{ name: 'Ana' }, '’s network plan'], so
 * the page can isolate the name; without a name "Your network plan", or "Your report’s network
 * plan" in a manager's plan, as one piece.
 */
export function planTitleParts(text: PlanText, name: string, audience: Audience): (string | TitleName)[] {
  const trimmed = name.trim();
  return trimmed ? fillParts<TitleName>(text.title, { name: { name: trimmed } }) : [text.titleNoName[audience]];
}

/** announced after the calendar download: "Calendar file x.ics downloaded: 4 milestones." */
export function calendarDownloaded(text: CalendarText, file: string, count: number): string {
  return fill(text.downloaded, { file, count });
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * What the reader typed or pasted, cut to at most `limit` UTF-16 units (the unit LIMITS counts
 * in) at a grapheme boundary: never in the middle of a letter with its accents, an emoji or a
 * flag. `shortened` says whether anything was cut, for the page to tell the reader.
 */
export function cutToLimit(text: string, limit: number): { readonly text: string; readonly shortened: boolean } {
  if (text.length <= limit) return { text, shortened: false };
  let kept = '';
  for (const { segment } of graphemes.segment(text)) {
    if (kept.length + segment.length > limit) break;
    kept += segment;
  }
  return { text: kept, shortened: true };
}

/**
 * The file name for a plan's calendar, from the words' start (`promotion-checklist`), the name
 * and the role, compatibility characters spelled out (NFKC: “ﬃ” becomes “ffi”): letters (with their marks) and digits of every script, in lower case where the
 * script has case, runs of anything else as one dash, at most 60 UTF-16 units of name and role
 * cut at a grapheme boundary. Nothing a file system refuses (/ \ : * ? " < > | or control
 * characters) can remain.
 */
export function calendarFileName(name: string, role: string, start: string): string {
  const words = `${name} ${role}`
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const slug = cutToLimit(words, 60).text.replace(/-+$/, '');
  return `${start}${slug ? `-${slug}` : ''}.ics`;
}
