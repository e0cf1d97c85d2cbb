// @vitest-environment node
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { HtmlTagDescriptor } from 'vite';
import { describe, expect, it } from 'vitest';
import { embedBudgets } from '../../vite.embed';
import { SEED_PATH } from '../support/seed';
import { tempDir } from '../support/tempDir';

async function tagsFor(spec: string): Promise<HtmlTagDescriptor[]> {
  const plugin = embedBudgets(spec);
  const hook = plugin.transformIndexHtml as (html: string) => Promise<HtmlTagDescriptor[]>;
  return hook('');
}

describe('the build embeds budgets in index.html (vite.embed.ts)', { timeout: 30_000 }, () => {
  it('marks a budget that passes the app’s own validation as checked, and one that fails as not', async () => {
    const dir = tempDir('embed-');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ formatVersion: 1, total: 'lots' }));
    const [seed, broken] = await tagsFor(`${resolve(SEED_PATH)}=data/seed.json,${bad}=data/bad.json`);
    expect(seed?.attrs).toMatchObject({ type: 'application/json', 'data-budget-url': 'data/seed.json', 'data-checked': '' });
    expect(broken?.attrs).toMatchObject({ 'data-budget-url': 'data/bad.json' });
    expect(broken?.attrs).not.toHaveProperty('data-checked');
    expect(JSON.parse(String(seed?.children))).toMatchObject({ total: 109.25, unit: '万元' });
  });
});
