import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

for (const { name, search } of [
  { name: 'Chinese, no filter', search: '' },
  { name: 'English with a filter', search: '?lang=en&cat=社会保障和就业支出' },
]) {
  test(`axe finds nothing on the dashboard (${name})`, async ({ page, offsiteRequests, pageErrors }) => {
    void offsiteRequests;
    void pageErrors;
    await page.goto(`./${search}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Let lazy charts arrive so they are checked too.
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
