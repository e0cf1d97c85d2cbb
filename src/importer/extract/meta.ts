/**
 * Who and when: the title ("芦山县社会保险事务中心 2021 年部门预算编制说明"), the
 * unit's name, the fiscal year, its functions, the glossary (名词解释) and the
 * purpose of procurement. Nothing here is a figure.
 */
import type { Block } from '../structure';
import { findDepartment, findYear, NOT_NAME, ORG_END } from './identity';

const ENDS_LIKE_ORG = new RegExp(`${ORG_END}$`);

export interface Meta {
  title?: string;
  department?: string;
  fiscalYear?: number;
  /** The title or opening says 决算 (final accounts), not 预算. */
  finalAccounts: boolean;
  functions?: string;
  glossary: { term: string; definition: string }[];
}

const TITLE = /^(.{2,60}?)\s*(\d{4})\s*年度?\s*(?:部门|单位)?(?:综合)?(预算|决算)(?:编制|公开|情况)?(?:说明|信息|公开|报告|情况)?/;
const YEAR_BUDGET = /(\d{4})\s*年度?\s*(?:部门|单位)?(预算|决算)/;

function cleanDepartment(name: string): string {
  return name
    .replace(/^(?:关于|附件\d*[:：]?)/, '')
    .replace(/[“”"《》]/g, '')
    .replace(/(?:的|关于)$/, '')
    .trim();
}

/** A title's name part is a name only when it ends like an organisation and holds no figure, clause mark or heading word. */
function titleName(raw: string): string | undefined {
  const name = cleanDepartment(raw);
  return !/^[\u4e00-\u9fa5（）()]{2,}$/.test(name) || NOT_NAME.test(name) || !ENDS_LIKE_ORG.test(name) ? undefined : name;
}

const FINAL = /决算|決算/g;
const BUDGET = /预算|預算/g;

/**
 * A final-accounts report (决算, also in traditional characters) whatever its title's
 * shape: its first opening line naming either says 决算 without 预算, or it says 决算 more
 * often than 预算.
 */
function isFinalAccounts(lines: readonly string[]): boolean {
  // "预决算公开" is the section of a site holding both kinds: it says nothing.
  const plain = lines.map((l) => l.replace(/预决算|預決算/g, ''));
  const head = plain.slice(0, 5).filter((l) => /[\u4e00-\u9fa5]/.test(l));
  // The first opening line that names either decides: a budget may report last year's 决算 under its own 预算 heading.
  const naming = head.find((l) => /(?:决|決|预|預)算/.test(l));
  if (naming && /(?:决|決)算/.test(naming) && !/(?:预|預)算/.test(naming)) return true;
  let finals = 0;
  let budgets = 0;
  for (const line of plain) {
    finals += line.match(FINAL)?.length ?? 0;
    budgets += line.match(BUDGET)?.length ?? 0;
  }
  return finals > budgets;
}

export function extractMeta(blocks: readonly Block[], lines: readonly string[]): Meta {
  const meta: Meta = { finalAccounts: false, glossary: [] };
  for (const line of lines.slice(0, 12)) {
    const text = line.replace(/^#{1,6}\s*/, '').trim();
    const m = TITLE.exec(text);
    if (m && text.length <= 80 && titleName(m[1]!)) {
      meta.title = text;
      meta.department = titleName(m[1]!);
      meta.fiscalYear = Number(m[2]);
      meta.finalAccounts = m[3] === '决算';
      break;
    }
  }
  const head = lines.slice(0, 40).join('\n');
  const y = YEAR_BUDGET.exec(head);
  if (y?.[2] === '决算' && (meta.fiscalYear === undefined || Number(y[1]) === meta.fiscalYear)) meta.finalAccounts = true;
  if (!meta.finalAccounts && /决算/.test(meta.title ?? '')) meta.finalAccounts = true;
  if (!meta.finalAccounts && isFinalAccounts(lines)) meta.finalAccounts = true;
  meta.fiscalYear ??= findYear(lines);
  meta.department ??= findDepartment(lines);
  const functions = blocks.find(
    (b) => b.kind === 'para' && b.path.some((h) => /职能简介|主要职能|部门职能|主要职责|职责/.test(h.text) && !/重点工作/.test(h.text)),
  );
  if (functions) meta.functions = functions.text;
  meta.glossary = glossaryOf(blocks);
  return meta;
}

function glossaryOf(blocks: readonly Block[]): Meta['glossary'] {
  const out: Meta['glossary'] = [];
  for (const b of blocks) {
    if (b.kind === 'heading' || !b.path.some((h) => /名词解释|专业名词/.test(h.text))) continue;
    const m = /^(.{1,60}?)\s*[:：]\s*(.+)$/.exec(b.text);
    if (!m) continue;
    const term = m[1]!.trim();
    if (/[。，,]/.test(term)) continue;
    out.push({ term, definition: m[2]!.trim() });
  }
  return out;
}

/** "主要用于…" after the procurement figure, when the document gives it. */
export function procurementPurpose(sentence: string): string | undefined {
  const m = /政府采购[^。]*?(主要用于[^。]*。?)/.exec(sentence);
  return m ? m[1] : undefined;
}
