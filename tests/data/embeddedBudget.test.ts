import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BudgetValidationError } from '@/data/budgetErrors';
import { SEED_URL } from '@/data/datasetSource';
import { fetchBudget } from '@/data/queries/budgetByUrl';
import { parseBudgetText } from '@/data/parseBudget';
import { embeddedBudgetText, scriptSafeJson } from '@/data/embeddedBudget';
import { SEED_PATH } from '../support/seed';

function embed(url: string, json: string, checked = false) {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.dataset.budgetUrl = url;
  if (checked) script.dataset.checked = '';
  script.textContent = json;
  document.head.append(script);
}

afterEach(() => document.head.querySelectorAll('script[data-budget-url]').forEach((s) => s.remove()));

describe('embedded budgets (the single-file build)', () => {
  it('loads the seed from the page itself: jsdom has no server, so a fetch would fail', async () => {
    embed(SEED_URL, scriptSafeJson(readFileSync(SEED_PATH, 'utf8')));
    const loaded = await fetchBudget(SEED_URL);
    expect(loaded.model.total).toBe(109250000);
    expect(loaded.model.department.name).toBe('芦山县社会保险事务中心');
  });

  it('reads a budget the build validated (data-checked) into the same model validation gives', async () => {
    const parsed = parseBudgetText(readFileSync(SEED_PATH, 'utf8'));
    if (!parsed.ok) throw new Error('the seed must validate');
    embed(SEED_URL, scriptSafeJson(JSON.stringify(parsed.budget)), true);
    const loaded = await fetchBudget(SEED_URL);
    expect(loaded.model).toEqual(parsed.model);
    expect(loaded.model.total).toBe(109250000);
  });

  it('still validates an embedded budget the build did not mark as checked, and names its problems', async () => {
    embed('data/bad.json', JSON.stringify({ formatVersion: 1, fiscalYear: 2021, unit: '万元', total: -1 }));
    const error = await fetchBudget('data/bad.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BudgetValidationError);
    expect((error as BudgetValidationError).issues.map((i) => i.path)).toEqual(expect.arrayContaining(['total', 'department', 'source']));
  });

  it('answers only for the URL it was embedded under, however the URL is written', () => {
    embed('data/other.json', '{"a":1}');
    expect(embeddedBudgetText('./data/other.json')).toBe('{"a":1}');
    expect(embeddedBudgetText(new URL('data/other.json', document.baseURI).href)).toBe('{"a":1}');
    expect(embeddedBudgetText('data/else.json')).toBeUndefined();
  });

  it('writes JSON that cannot close its <script> element and reads back unchanged', () => {
    const hostile = { department: { name: '</script><script>alert(1)</script>' }, note: 'a\u2028b' };
    const safe = scriptSafeJson(JSON.stringify(hostile));
    expect(safe).not.toMatch(/<\/script/i);
    expect(JSON.parse(safe)).toEqual(hostile);
  });
});
