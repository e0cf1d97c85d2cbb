import { describe, expect, it } from 'vitest';
import { amountFormatter, shareFormatter, specToChartData, specToTable } from '@/components/specView';
import { tableToCsv } from '@/components/table';
import { functionalSpec, revenueSpec } from '@/domain/charts/amountSpecs';
import { makeFormatter } from '@/i18n/formatter';
import { createI18n } from '@/i18n/i18n';
import { seed } from '../support/seed';

const zh = makeFormatter('zh-CN', '万元');
const t = createI18n('zh-CN').t;

describe('one contract from spec to chart rows, table and CSV', () => {
  it('carries exact numbers in the rows and formats them only through the value formatter', () => {
    const rows = specToChartData(functionalSpec(seed.model), zh);
    const social = rows.find((r) => r.label === '社会保障和就业支出')!;
    expect(social.value).toBe(23_490_000);
    expect(amountFormatter(zh)(social)).toBe('23.49（21.50%）');
    expect(amountFormatter(zh, true)(social)).toBe('23.49 万元（21.50%）');
    expect(shareFormatter(zh)(social)).toBe('21.50%');
  });

  it('labels a class the document does not state as 未说明, never 0', () => {
    const education = specToChartData(functionalSpec(seed.model), zh).find((r) => r.label === '教育支出')!;
    expect(education.value).toBeUndefined();
    expect(amountFormatter(zh)(education)).toBe('未说明');
  });

  it('writes the same figures to the table and the CSV: the total 109.25 万元 and 社会保障和就业支出', () => {
    const revenue = specToTable(revenueSpec(seed.model).rows, zh, t);
    expect(revenue.rows[0]!.cells.map((c) => c.display)).toEqual(['一般公共预算拨款收入', '109.25', '100%']);
    const csv = tableToCsv(specToTable(functionalSpec(seed.model).rows, zh, t));
    expect(csv).toContain('社会保障和就业支出,23.49,21.5\r\n');
    expect(csv).toContain('一般公共服务支出,69.21,63.35\r\n');
  });

  it('formats in the language and unit it is given: English, in 元', () => {
    const en = makeFormatter('en', '元');
    const social = specToChartData(functionalSpec(seed.model), en).find((r) => r.key === '社会保障和就业支出')!;
    expect(social.label).toBe('Social security and employment');
    expect(amountFormatter(en)(social)).toBe('234,900 (21.50%)');
  });
});
