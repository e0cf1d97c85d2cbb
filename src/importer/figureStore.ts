/**
 * Every figure read, with where it was read. A path stated twice with the same
 * value is confirmed; with different values it is a conflict and left out.
 */
import type { Tier } from './labels';
import type { FigureRecord, FigureValue, NotFound, NotFoundReason, Provenance } from './types';

export function sameValue(a: FigureValue, b: FigureValue): boolean {
  if (a.kind === 'money' && b.kind === 'money') return a.fen === b.fen;
  if (a.kind === 'number' && b.kind === 'number') return a.value === b.value;
  if (a.kind === 'text' && b.kind === 'text') return a.value === b.value;
  return false;
}

/** One named figure of a list ("其中：一般公共预算拨款收入 X，上年结转 Y"), with the document's own name. */
export interface ListItem {
  name: string;
  fen: number;
  /** A name the national classification knows (for category lists). */
  known: boolean;
  provenance: Provenance;
  approximate: boolean;
}

/** Income sources or 类 named in one sentence (or one table): accepted or not as a whole. */
export interface CandidateList {
  kind: 'revenue' | 'functional';
  tier: Tier;
  items: ListItem[];
  /** Opened by 其中/包括/按功能分类, or a table: a list on purpose, not a passing mention. */
  introduced: boolean;
}

export interface Resolved {
  value: FigureValue;
  records: FigureRecord[];
  tier: Tier;
}

export class FigureStore {
  private readonly records = new Map<string, FigureRecord[]>();
  readonly unsure: NotFound[] = [];
  readonly conflicts = new Map<string, FigureRecord[]>();
  readonly lists: CandidateList[] = [];

  add(path: string, value: FigureValue, tier: Tier, provenance: Provenance, flags?: { approximate?: boolean; derived?: boolean }): void {
    const list = this.records.get(path) ?? [];
    list.push({ path, value, tier, provenance, ...(flags?.approximate ? { approximate: true } : {}), ...(flags?.derived ? { derived: true } : {}) });
    this.records.set(path, list);
  }

  /** A figure seen but not trusted (约, torn number, unknown unit): listed, never used. */
  skip(path: string, reason: NotFoundReason, provenance: Provenance): void {
    this.unsure.push({ path, reason, provenance });
  }

  has(path: string): boolean {
    return this.records.has(path);
  }

  paths(prefix = ''): string[] {
    return [...this.records.keys()].filter((p) => p.startsWith(prefix));
  }

  all(path: string): FigureRecord[] {
    return this.records.get(path) ?? [];
  }

  /**
   * Statements of `path` that disagree, settled by arithmetic: when exactly one of
   * the values is among `sums` (what its parts add up to), only its statements are
   * kept; every statement stays listed as a conflict for the report.
   */
  preferSum(path: string, sums: readonly number[], tier?: Tier): void {
    const list = this.records.get(path);
    if (!list) return;
    // Within one part of the document (a part's own figure may rightly differ from the whole's).
    const considered = tier ? list.filter((r) => r.tier === tier) : list;
    const values = [...new Set(considered.flatMap((r) => (r.value.kind === 'money' ? [r.value.fen] : [])))];
    const fitting = values.filter((v) => sums.includes(v));
    if (values.length < 2 || fitting.length !== 1) return;
    this.conflicts.set(path, considered);
    this.records.set(
      path,
      list.filter((r) => !considered.includes(r) || (r.value.kind === 'money' && r.value.fen === fitting[0])),
    );
  }

  /**
   * The value of `path` from the first tier in `tiers` that states it ('any': all
   * statements together). Different values within that group make a conflict:
   * recorded, and nothing returned.
   */
  resolve(path: string, tiers: readonly Tier[] | 'any' = 'any'): Resolved | undefined {
    const list = this.records.get(path);
    if (!list) return undefined;
    // Most figures mean the same thing wherever they are stated: every statement must agree.
    const groups = tiers === 'any' ? [list] : tiers.map((tier) => list.filter((r) => r.tier === tier));
    for (const inTier of groups) {
      if (inTier.length === 0) continue;
      const first = inTier[0]!;
      if (inTier.some((r) => !sameValue(r.value, first.value))) {
        this.conflicts.set(path, inTier);
        return undefined;
      }
      return { value: first.value, records: inTier, tier: first.tier };
    }
    return undefined;
  }
}
