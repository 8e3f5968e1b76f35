/**
 * Parsing and checking the numbers a reader types. Pure: no DOM. Every outcome is either a
 * finite number inside the field's range or a named problem the UI turns into a message.
 */
export interface NumberSpec {
  readonly min: number;
  readonly max: number;
  /** true when only whole numbers make sense (people, names) */
  readonly whole: boolean;
  /** unit for messages, plural: "people", "%" */
  readonly unit: string;
}

export type NumberProblem = 'empty' | 'not-number' | 'negative' | 'fractional' | 'too-small' | 'too-large';

export type ParsedNumber =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly problem: NumberProblem };

const numeric = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** Longest text we look at: anything longer is not a number a person typed. */
export const MAX_INPUT_LENGTH = 40;

export function parseNumber(raw: string, spec: NumberSpec): ParsedNumber {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text === '') return { ok: false, problem: 'empty' };
  if (text.length > MAX_INPUT_LENGTH || !numeric.test(text)) return { ok: false, problem: 'not-number' };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, problem: 'too-large' };
  if (value < 0 && spec.min >= 0) return { ok: false, problem: 'negative' };
  if (spec.whole && !Number.isInteger(value)) return { ok: false, problem: 'fractional' };
  if (value < spec.min) return { ok: false, problem: 'too-small' };
  if (value > spec.max) return { ok: false, problem: 'too-large' };
  // normalise -0 to 0 so it never prints as "-0"
  return { ok: true, value: value === 0 ? 0 : value };
}

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** "1,234"; a number that is not finite never reaches the page. */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return 'not available';
  return whole.format(Math.round(value) === 0 ? 0 : Math.round(value));
}

/** A rough figure for a rough model: whole below 1,000, else two significant figures. */
export function roughCount(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 0;
  if (value < 1000) return Math.round(value);
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / magnitude) * magnitude;
}

function withUnit(value: number, unit: string): string {
  if (unit === '%') return `${formatCount(value)}%`;
  return `${formatCount(value)} ${unit === 'people' && value === 1 ? 'person' : unit}`;
}

/** The inline message for a problem, next to the field. */
export function problemMessage(problem: NumberProblem, spec: NumberSpec): string {
  switch (problem) {
    case 'empty':
      return spec.min <= 0 ? 'Enter a number (0 if none).' : `Enter a number, at least ${formatCount(spec.min)}.`;
    case 'not-number':
      return 'Use digits only, for example 12.';
    case 'negative':
      return 'This can’t be negative: enter 0 or more.';
    case 'fractional':
      return spec.unit === '%' ? 'Use a whole percentage, for example 25.' : 'Use a whole number: people come in ones.';
    case 'too-small':
      return `Enter at least ${withUnit(spec.min, spec.unit)}.`;
    case 'too-large':
      return `That’s more than this estimate can use: enter up to ${withUnit(spec.max, spec.unit)}.`;
  }
}
