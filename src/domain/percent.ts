/**
 * Shares and growth rates, and comparing a document's stated percentage with
 * the computed one at the stated precision (9.8 % matches 9.794 %).
 */
import type { Fen } from './money';
import { decimalsOf } from './money';

/** part / whole × 100, or undefined when the whole is 0 or unknown. */
export function percentOf(part: Fen | undefined, whole: Fen | undefined): number | undefined {
  if (part === undefined || whole === undefined || whole === 0) return undefined;
  return (part / whole) * 100;
}

/** (current − previous) / previous × 100, or undefined without a base. */
export function growthPct(current: Fen | undefined, previous: Fen | undefined): number | undefined {
  if (current === undefined || previous === undefined || previous === 0) return undefined;
  return ((current - previous) / previous) * 100;
}

/** Rounds half away from zero to `decimals`, robust to float noise (1.005 → 1.01, not 1.00). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  // Trimming to 12 significant digits removes noise like 100.49999999999999; above 1e12
  // that would drop integer digits, and there is no fraction left to be noisy anyway.
  const rounded = Math.round(scaled < 1e12 ? Number(scaled.toPrecision(12)) : scaled);
  return (Math.sign(value) * rounded) / factor;
}

/** True when `computed`, rounded to the precision `stated` is written with, equals it. */
export function matchesAtStatedPrecision(stated: number, computed: number): boolean {
  const decimals = decimalsOf(stated);
  return roundTo(computed, decimals) === roundTo(stated, decimals);
}
