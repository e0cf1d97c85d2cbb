/**
 * Reads resolved figures out of the store in the output unit and keeps the
 * report's "found" list: every value put in the budget carries its sentence.
 */
import { fenToDecimalString, type Fen, type MoneyUnit } from '@/domain/money';
import type { FigureStore, Resolved } from './figureStore';
import type { Tier } from './labels';
import type { FigureValue, FoundFigure, Provenance } from './types';

/** Figures whose meaning does not depend on the part of the document: all statements must agree. */
export const ANY = 'any' as const;
type Tiers = readonly Tier[] | typeof ANY;

export function moneyValue(fen: number, unit: MoneyUnit): number {
  return Number(fenToDecimalString(fen as Fen, unit));
}

export class Reader {
  readonly found: FoundFigure[] = [];

  constructor(
    readonly store: FigureStore,
    readonly unit: MoneyUnit,
  ) {}

  private note(path: string, value: number | string, r: Resolved): void {
    const first = r.records[0]!;
    this.found.push({
      path,
      value,
      provenance: first.provenance,
      statements: r.records.length,
      ...(r.records.some((x) => x.approximate) ? { approximate: true } : {}),
      ...(first.derived ? { derived: true } : {}),
    });
  }

  /** A found value from another source (an inference), with the sentence it rests on. */
  noteDerived(path: string, value: number | string, provenance: Provenance): void {
    this.found.push({ path, value, provenance, statements: 1 });
  }

  resolve(path: string, tiers: Tiers = ANY): Resolved | undefined {
    return this.store.resolve(path, tiers);
  }

  money(path: string, tiers: Tiers = ANY, reportAs = path): number | undefined {
    const r = this.resolve(path, tiers);
    if (!r || r.value.kind !== 'money') return undefined;
    const value = moneyValue(r.value.fen, this.unit);
    this.note(reportAs, value, r);
    return value;
  }

  fen(path: string, tiers: Tiers = ANY): number | undefined {
    const r = this.resolve(path, tiers);
    return r?.value.kind === 'money' ? r.value.fen : undefined;
  }

  num(path: string, reportAs = path): number | undefined {
    const r = this.resolve(path);
    if (!r || r.value.kind !== 'number') return undefined;
    this.note(reportAs, r.value.value, r);
    return r.value.value;
  }

  text(path: string, reportAs = path): string | undefined {
    const r = this.resolve(path);
    if (!r || r.value.kind !== 'text') return undefined;
    this.note(reportAs, r.value.value, r);
    return r.value.value;
  }

  /** Values of every path under `prefix` (e.g. "stated.revenueSharesPct."), keyed by the rest; `only` those keys when given. */
  record(prefix: string, kind: FigureValue['kind'], only?: ReadonlySet<string>): Record<string, number> | undefined {
    const out: Record<string, number> = {};
    for (const path of this.store.paths(prefix)) {
      if (only && !only.has(path.slice(prefix.length))) continue;
      const r = this.resolve(path);
      if (!r || r.value.kind !== kind) continue;
      const value = r.value.kind === 'money' ? moneyValue(r.value.fen, this.unit) : r.value.kind === 'number' ? r.value.value : undefined;
      if (value === undefined) continue;
      out[path.slice(prefix.length)] = value;
      this.note(path, value, r);
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
}
