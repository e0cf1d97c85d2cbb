/** A sentence with where it stands, the unit of work of every extractor. */
import type { MoneyUnit } from '@/domain/money';
import type { Tier } from './labels';
import { pathText, type Block } from './structure';
import { splitSentences } from './tokens';
import type { Provenance } from './types';

export interface Sentence {
  text: string;
  block: Block;
  /** Index of the sentence within its block. */
  position: number;
  /** The next sentence of the same block, for "主要原因是…" that follows a figure. */
  next?: string;
  section: string;
  /** Tier from the headings: 财政拨款 part (B), 一般公共预算 part (C) or the whole budget (A). */
  tier: Tier;
  inKeyWork: boolean;
}

export interface DocContext {
  /** The unit stated once for the whole text ("单位：万元"), for bare numbers. */
  declaredUnit?: MoneyUnit;
  /** How often each unit is written with a labelled figure: the file takes the usual one. */
  unitCounts: Map<MoneyUnit, number>;
  /** The unit's own name, which may stand before a total. */
  unitName?: string;
  /** The budget year: a figure dated another year is not this year's. */
  fiscalYear?: number;
  /** The document covers only the 三公 expenses. */
  threePublicOnly: boolean;
}

export function countUnit(doc: DocContext, unit: MoneyUnit | undefined): void {
  if (unit) doc.unitCounts.set(unit, (doc.unitCounts.get(unit) ?? 0) + 1);
}

export function provenanceOf(s: Sentence): Provenance {
  return { sentence: s.text, section: s.section };
}

function headingTier(block: Block): Tier {
  for (let i = block.path.length - 1; i >= 0; i--) {
    const text = block.path[i]!.text;
    if (/财政拨款/.test(text)) return 'B';
    if (/一般公共预算/.test(text)) return 'C';
    if (/收支|收入|支出/.test(text)) return 'A';
  }
  return 'A';
}

/** Headings that open the key work: its items are tasks, their figures are not budget figures. */
export const KEY_WORK_HEADING = /重点工作|工作任务|工作重点|工作要点|主要任务|工作计划/;

export function isKeyWorkBlock(block: Block): boolean {
  return block.path.some((h) => KEY_WORK_HEADING.test(h.text) && !/职能|职责/.test(h.text));
}

export function sentencesOf(blocks: readonly Block[]): Sentence[] {
  const out: Sentence[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') continue;
    const parts = splitSentences(block.text);
    const section = pathText(block.path);
    const tier = headingTier(block);
    const inKeyWork = isKeyWorkBlock(block);
    parts.forEach((text, position) => {
      out.push({ text, block, position, ...(parts[position + 1] ? { next: parts[position + 1] } : {}), section, tier, inKeyWork });
    });
  }
  return out;
}

const UNIT_STATEMENT = /(?:金额)?单位\s*[:：为]\s*(亿元|万元|千元|元)|(?:以下|本说明|下同)[^。]{0,12}(?:单位|金额)[^。]{0,6}?(亿元|万元|千元|元)/;

export function declaredUnit(lines: readonly string[]): MoneyUnit | undefined {
  for (const line of lines) {
    const m = UNIT_STATEMENT.exec(line);
    if (m) return (m[1] ?? m[2]) as MoneyUnit;
  }
  return undefined;
}
