/**
 * Parsing and checking the numbers a reader types, and writing numbers back in the site's
 * locale. Pure: no DOM. Every outcome is either a finite number inside the field's range or a
 * named problem the UI turns into a message. The words around numbers ("people", "k", "not
 * available") come from words.yaml ("numbers"), never from here.
 */
import { fill } from '@/shared/template';

/** Units a field can have: ids only; words.yaml `numbers.units` says how each is written. */
export const unitIds = ['people', 'percent'] as const;
export type UnitId = (typeof unitIds)[number];

export interface NumberSpec {
  readonly min: number;
  readonly max: number;
  /** true when only whole numbers make sense (people, names) */
  readonly whole: boolean;
  readonly unit: UnitId;
}

export type NumberProblem = 'empty' | 'not-number' | 'negative' | 'fractional' | 'too-small' | 'too-large';

export type ParsedNumber =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly problem: NumberProblem };

const numeric = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** Longest text we look at: anything longer is not a number a person typed. */
export const MAX_INPUT_LENGTH = 40;

/**
 * A negative number: "can't be negative" only where the minimum is 0, so that -5 and 0 in a
 * field that starts at 1 get the same rule ("at least 1"), not two different minimums.
 */
function negative(spec: NumberSpec): NumberProblem {
  return spec.min === 0 ? 'negative' : 'too-small';
}

export function parseNumber(raw: string, spec: NumberSpec): ParsedNumber {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text === '') return { ok: false, problem: 'empty' };
  if (text.length > MAX_INPUT_LENGTH) {
    // longer than any number a person types (the store keeps no more): a run of digits is
    // still a number, just far too large (or too small) for any field; anything else is not read
    if (/^\+?[1-9]\d*$/.test(text)) return { ok: false, problem: 'too-large' };
    if (/^-[1-9]\d*$/.test(text)) return { ok: false, problem: negative(spec) };
    return { ok: false, problem: 'not-number' };
  }
  if (!numeric.test(text)) return { ok: false, problem: 'not-number' };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, problem: value > 0 ? 'too-large' : negative(spec) };
  if (value < 0 && spec.min === 0) return { ok: false, problem: 'negative' };
  if (spec.whole && !Number.isInteger(value)) return { ok: false, problem: 'fractional' };
  if (value < spec.min) return { ok: false, problem: 'too-small' };
  if (value > spec.max) return { ok: false, problem: 'too-large' };
  // normalise -0 to 0 so it never prints as "-0"
  return { ok: true, value: value === 0 ? 0 : value };
}

/**
 * How many characters a number input shows at each width: the default size and `.est-wide` in
 * estimator.css (a width in `ch` from these counts). A field whose maximum has more digits than
 * the default holds is wide; the wide size holds the largest maximum, the audience ceiling's
 * 250000000 (a number input shows its digits without group separators).
 */
export const INPUT_DIGITS = { normal: 6, wide: 9 } as const;

export function isWide(spec: NumberSpec): boolean {
  return String(spec.max).length > INPUT_DIGITS.normal;
}

/** HTML's valid floating-point number: the only text `<input type=number value>` accepts. */
const htmlNumber = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * The text to hand a number input for what was typed or saved: the text itself when the input
 * can hold it (anything a browser reports for a typed number), else the number it reads as
 * (" 12", "+7"), else '' ("NaN", "Infinity", "1e400"), which the field's message explains.
 * Any other text would make the browser warn and show it empty anyway.
 */
export function inputText(raw: string): string {
  if (htmlNumber.test(raw) && Number.isFinite(Number(raw))) return raw;
  const text = raw.trim();
  const value = Number(text);
  return numeric.test(text) && Number.isFinite(value) ? String(value) : '';
}

/** A rough figure for a rough model: whole below 1,000, else two significant figures. */
export function roughCount(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 0;
  if (value < 1000) return Math.round(value);
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / magnitude) * magnitude;
}

/** A count with its unit, one template per plural category ("{n} person", "{n} people"). */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

export interface UnitWords extends PluralForms {
  /** the unit and a field's range under its input: "people, {min}–{max}" */
  readonly range: string;
}

/** How numbers are written (words.yaml "numbers"); {n}, {min} and {max} are filled in. */
export interface NumberWords {
  /** what shows instead of a number that is not finite (never expected on the page) */
  readonly notAvailable: string;
  /** short axis labels: "{n}k", "{n}M" (the axis ends at the audience ceiling, at most 250,000,000) */
  readonly thousands: string;
  readonly millions: string;
  readonly units: Readonly<Record<UnitId, UnitWords>>;
}

/** Writes numbers in one locale with one set of words; built once per page. */
export interface NumberWriter {
  /** "1,234": rounded to whole people */
  readonly count: (value: number) => string;
  /** "30,000 people", "1 person", "100%": a count with its unit */
  readonly withUnit: (value: number, unit: UnitId) => string;
  /** a field's unit and range under its input: "people, 0–10,000", "percent, 0–100" */
  readonly range: (spec: NumberSpec) => string;
  /** a short axis label: "10", "1k", "10M" */
  readonly compact: (value: number) => string;
}

/** The BCP 47 tag for an Open Graph locale: "en_US" becomes "en-US". Throws for a malformed one. */
export function languageTag(locale: string): string {
  return Intl.getCanonicalLocales(locale.replace(/_/g, '-'))[0]!;
}

/** Compact suffixes start at these sizes: structure, not words. */
const compactSteps = [
  [1e6, 'millions'],
  [1e3, 'thousands'],
] as const;

export function numberWriter(locale: string, words: NumberWords): NumberWriter {
  // every number is rounded before it is written, so the locale's default format is whole already
  const whole = new Intl.NumberFormat(locale);
  const plural = new Intl.PluralRules(locale);
  const count = (value: number): string => {
    if (!Number.isFinite(value)) return words.notAvailable;
    const rounded = Math.round(value);
    return whole.format(rounded === 0 ? 0 : rounded);
  };
  return {
    count,
    withUnit: (value, unit) => {
      const forms = words.units[unit];
      return fill(forms[plural.select(Math.round(value))] ?? forms.other, { n: count(value) });
    },
    range: (spec) => fill(words.units[spec.unit].range, { min: count(spec.min), max: count(spec.max) }),
    compact: (value) => {
      for (const [size, key] of compactSteps) if (value >= size) return fill(words[key], { n: count(value / size) });
      return count(value);
    },
  };
}
