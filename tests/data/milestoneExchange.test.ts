import { describe, expect, it } from 'vitest';
import { exportStatuses, parseStatusFile, planImport, statusFileName } from '@/data/milestoneExchange';
import type { StatusMap } from '@/domain/milestoneStatus';
import { seed } from '../support/seed';

const dataset = { department: seed.model.department.name, fiscalYear: seed.model.fiscalYear };
const order = seed.model.keyWork.flatMap((t) => t.milestones.map((m) => m.id));
const ids = new Set(order);

const statuses: StatusMap = {
  'veterans-results': { status: 'in-progress', note: '与退役军人事务局对接中\n第二行 "引号" \\ 与 emoji 🙂' },
  'zhongren-pay-2018-2019': { status: 'done', date: '2021-04-28', note: '已兑现' },
  'coverage-survey': { status: 'delayed', date: '2021-05-15' },
};

const file = (body: object) => JSON.stringify({ format: 'budget-lens-milestone-statuses', formatVersion: 1, dataset, ...body });

describe('statuses export', () => {
  it('writes steps in the document’s order, fields in a fixed order, and gives the same bytes after a round trip', () => {
    const text = exportStatuses(dataset, { ...statuses, 'zhongren-pay-2018-2019': { note: '已兑现', date: '2021-04-28', status: 'done' } }, order);
    const parsed = JSON.parse(text) as { dataset: object; statuses: Record<string, object> };
    expect(parsed.dataset).toEqual({ department: '芦山县社会保险事务中心', fiscalYear: 2021 });
    expect(Object.keys(parsed.statuses)).toEqual(['coverage-survey', 'zhongren-pay-2018-2019', 'veterans-results']);
    expect(text).toContain('"zhongren-pay-2018-2019": {\n      "status": "done",\n      "date": "2021-04-28",\n      "note": "已兑现"\n    }');

    const imported = parseStatusFile(text, dataset, ids);
    if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
    expect(imported.statuses).toEqual(statuses);
    expect(exportStatuses(dataset, imported.statuses, order)).toBe(text);
  });

  it('names the file after the unit and year', () => {
    expect(statusFileName(dataset)).toBe('芦山县社会保险事务中心-2021-milestones.json');
    expect(statusFileName({ department: 'a/b:c', fiscalYear: 2022 })).toBe('a-b-c-2022-milestones.json');
  });
});

describe('statuses import', () => {
  it('reports every problem with its path, and changes nothing', () => {
    const result = parseStatusFile(
      JSON.stringify({
        format: 'budget-lens-milestone-statuses',
        formatVersion: 2,
        dataset: { department: '芦山县社会保险事务中心', fiscalYear: 2021 },
        statuses: {
          'zhongren-data': { status: 'finished' },
          'zhongren-pay-2020': { status: 'done', date: '2021-02-30', note: 'x'.repeat(2001) },
          'coverage-survey': { status: 'done', progress: 80 },
          'veterans-results': 'done',
          'not-a-step': { status: 'done' },
        },
      }),
      dataset,
      ids,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => `${i.path} ${i.code}`).sort()).toEqual(
      [
        'formatVersion invalid_value',
        'statuses["zhongren-data"].status invalid_status',
        'statuses["zhongren-pay-2020"].date invalid_date',
        'statuses["zhongren-pay-2020"].note note_too_long',
        'statuses["coverage-survey"].progress unknown_key',
        'statuses["veterans-results"] invalid_type',
        'statuses["not-a-step"] unknown_milestone',
      ].sort(),
    );
    const status = result.issues.find((i) => i.code === 'invalid_status')!;
    expect(status).toMatchObject({ received: '"finished"', expected: '"not-started" | "in-progress" | "done" | "delayed"' });
  });

  it('refuses another unit’s or another year’s statuses', () => {
    const result = parseStatusFile(file({ dataset: { department: '示例县教育和体育局', fiscalYear: 2022 }, statuses: {} }), dataset, ids);
    expect(result.ok ? [] : result.issues).toEqual([
      { path: 'dataset.department', code: 'other_dataset', expected: '"芦山县社会保险事务中心"', received: '"示例县教育和体育局"' },
      { path: 'dataset.fiscalYear', code: 'other_dataset', expected: '2021', received: '2022' },
    ]);
  });

  it('refuses text that is not JSON, a file of another kind, and keys that could poison objects', () => {
    expect(parseStatusFile('{"format": ', dataset, ids)).toMatchObject({ ok: false, issues: [{ path: '(root)', code: 'not_json' }] });
    expect(parseStatusFile(JSON.stringify(seed.file), dataset, ids)).toEqual({
      ok: false,
      issues: [{ path: 'format', code: 'wrong_file', expected: '"budget-lens-milestone-statuses"' }],
    });
    expect(parseStatusFile('[]', dataset, ids)).toMatchObject({ ok: false, issues: [{ path: '(root)', code: 'wrong_file', received: '[]' }] });
    expect(parseStatusFile(file({ dataset: undefined, statuses: {} }), dataset, ids)).toMatchObject({
      ok: false,
      issues: [{ path: 'dataset', code: 'missing' }],
    });
    const poisoned = parseStatusFile(
      `{"format":"budget-lens-milestone-statuses","formatVersion":1,"dataset":{"department":"芦山县社会保险事务中心","fiscalYear":2021},"statuses":{"__proto__":{"status":"done"}}}`,
      dataset,
      ids,
    );
    expect(poisoned.ok ? [] : poisoned.issues.map((i) => `${i.path} ${i.code}`)).toContain('statuses.__proto__ forbidden_key');
    expect(({} as Record<string, unknown>).status).toBeUndefined();
  });

  it.each([
    ['objects', (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`],
    ['arrays', (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`],
  ])('refuses a 200 KB file of %s nested 100,000 deep with one message instead of hanging or overflowing the stack', (_kind, nest) => {
    const text = file({ statuses: { 'coverage-survey': 'X' } }).replace('"X"', nest(100_000));
    expect(text.length).toBeGreaterThan(200_000);
    const result = parseStatusFile(text, dataset, ids);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'too_deep', expected: '16' }] });
    expect(result.ok ? '' : result.issues[0]!.path).toMatch(/^statuses\["coverage-survey"\]/);
  });

  it('accepts a byte-order mark and an empty set of statuses', () => {
    expect(parseStatusFile(`\uFEFF${file({ statuses: {} })}`, dataset, ids)).toEqual({ ok: true, dataset, statuses: {} });
  });

  it('says what will change: added, replaced and unchanged steps, and how many stay as they are', () => {
    const current: StatusMap = {
      'coverage-survey': { status: 'in-progress' },
      'zhongren-pay-2018-2019': { status: 'done', date: '2021-04-28', note: '已兑现' },
      'service-star': { status: 'in-progress' },
    };
    expect(planImport(current, statuses)).toEqual({
      total: 3,
      added: ['veterans-results'],
      replaced: ['coverage-survey'],
      unchanged: ['zhongren-pay-2018-2019'],
      untouched: 1,
    });
  });
});
