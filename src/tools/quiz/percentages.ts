/**
 * Whole percentages that sum to exactly 100 (largest-remainder method). Ties between equal
 * remainders go to the larger raw value, then to the earlier position, so the result is
 * deterministic. Non-finite or negative inputs count as 0; all-zero input gives an even split.
 */
export function largestRemainder(values: readonly number[], total = 100): number[] {
  const n = values.length;
  if (n === 0) return [];
  const clean = values.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  // Remainders are kept as numerators over `sum` so integer inputs compare exactly.
  const scaled = sum > 0 ? clean.map((v) => v * total) : clean.map(() => total);
  const denominator = sum > 0 ? sum : n;
  const floors = scaled.map((v) => Math.floor(v / denominator));
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = scaled
    .map((v, i) => ({ i, rem: v - floors[i]! * denominator, raw: clean[i]! }))
    .sort((a, b) => b.rem - a.rem || b.raw - a.raw || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left -= 1;
  }
  return floors;
}
