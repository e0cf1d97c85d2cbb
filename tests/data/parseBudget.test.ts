import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBudgetText } from '@/data/parseBudget';

const seedText = readFileSync('public/data/lushan-shebao-2021.json', 'utf8');

describe('parseBudgetText', () => {
  it('accepts the seed and converts its total to exact 分', () => {
    const result = parseBudgetText(seedText);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.model.total).toBe(109_250_000);
  });

  it('names the JSON path of a wrong type', () => {
    const bad = JSON.parse(seedText);
    bad.functional[2].children[0].amount = 'abc';
    const result = parseBudgetText(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain('functional[2].children[0].amount');
  });
});
