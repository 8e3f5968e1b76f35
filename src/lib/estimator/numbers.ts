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

/** "30,000 people", "1 person", "100%": a count with its unit. */
export function withUnit(value: number, unit: string): string {
  if (unit === '%') return `${formatCount(value)}%`;
  return `${formatCount(value)} ${unit === 'people' && value === 1 ? 'person' : unit}`;
}

/** A field's unit and range next to it: "people, 0–10,000", "percent, 0–100". */
export function rangeLabel(spec: NumberSpec): string {
  return `${spec.unit === '%' ? 'percent' : spec.unit}, ${formatCount(spec.min)}–${formatCount(spec.max)}`;
}

/** A short axis label: "10", "1k", "10M", "1bn". */
export function formatCompact(value: number): string {
  if (value >= 1_000_000_000) return `${formatCount(value / 1_000_000_000)}bn`;
  if (value >= 1_000_000) return `${formatCount(value / 1_000_000)}M`;
  if (value >= 1000) return `${formatCount(value / 1000)}k`;
  return formatCount(value);
}
