/** The report's lists: what the budget lacks, and why an import failed. */
import type { Budget } from '@/data/budgetSchema';
import type { MoneyUnit } from '@/domain/money';
import type { FigureStore } from './figureStore';
import type { FoundFigure, ImportErrorCode, ImportResult, NotFound } from './types';

/** Paths a budget explanation in the national template normally states. */
export const CORE_PATHS = [
  'total',
  'previousYear.total',
  'revenue',
  'spending.basic',
  'spending.project',
  'spending.personnel',
  'spending.publicOperating',
  'functional',
  'threePublic.total',
  'operatingExpenses',
  'previousYear.operatingExpenses',
  'procurement',
  'assets.vehicles',
  'staffing.authorized.total',
  'staffing.inService.total',
  'staffing.retired',
  'keyWork',
] as const;

function isFound(path: string, foundPaths: ReadonlySet<string>, budget: Budget): boolean {
  if (path === 'keyWork') return (budget.keyWork?.length ?? 0) > 0;
  if (path === 'revenue') return budget.revenue.some((r) => r.amount !== undefined);
  if (path === 'functional') return [...foundPaths].some((p) => p.startsWith('functional.'));
  return foundPaths.has(path);
}

export function coreNotFound(budget: Budget, found: readonly FoundFigure[], store: FigureStore): NotFound[] {
  const out: NotFound[] = [];
  const foundPaths = new Set(found.map((f) => f.path));
  for (const u of store.unsure)
    if (!foundPaths.has(u.path) && !out.some((o) => o.path === u.path && o.provenance?.sentence === u.provenance?.sentence)) out.push(u);
  for (const path of store.conflicts.keys()) if (!foundPaths.has(path)) out.push({ path, reason: 'conflict' });
  for (const path of CORE_PATHS) if (!isFound(path, foundPaths, budget) && !out.some((o) => o.path === path)) out.push({ path, reason: 'absent' });
  return out;
}

/** English, then Chinese. */
const MESSAGES: Record<ImportErrorCode, readonly [en: string, zh: string]> = {
  empty: ['The file is empty.', '文件为空。'],
  not_explanation: [
    'This does not look like a budget explanation: it states no budget amount (e.g. "收支总预算 109.25 万元").',
    '这不像部门预算编制说明：文中没有任何预算金额（如“收支总预算 109.25 万元”）。',
  ],
  final_accounts: ['This is a final-accounts report (决算), not a budget explanation (预算).', '这是部门决算说明，不是部门预算编制说明。'],
  no_total: ['No total budget (收支总预算) was found, so no budget file can be made.', '没有找到收支总预算，无法生成预算文件。'],
  invalid_output: ['The figures read do not form a valid budget file.', '读取的数字无法构成有效的预算文件。'],
  unreadable: ['The file could not be read as a Word (.docx) document.', '无法将文件读取为 Word（.docx）文档。'],
  internal: ['The importer failed on this text.', '导入程序处理此文本时出错。'],
};

export function failure(code: ImportErrorCode, extra: { store?: FigureStore; unit?: MoneyUnit; warnings?: string[]; detail?: string } = {}): ImportResult {
  const [message, messageZh] = MESSAGES[code];
  return {
    report: {
      ok: false,
      error: { code, message, messageZh },
      ...(extra.unit ? { unit: extra.unit } : {}),
      found: [],
      notFound: extra.store ? [...extra.store.unsure] : [],
      conflicts: [],
      warnings: [...(extra.warnings ?? []), ...(extra.detail ? [extra.detail] : [])],
    },
  };
}
