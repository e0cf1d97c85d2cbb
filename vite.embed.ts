/**
 * Budgets written into index.html as <script type="application/json" data-budget-url="…">.
 * The loader answers a URL that names an embedded budget from the page itself
 * (src/data/embeddedBudget.ts), so:
 * - every build embeds the budget shown by default: the first screen needs no
 *   request after the page and its scripts (the file stays in data/ too);
 * - the single-file build works from file://, which cannot fetch files next to it.
 *
 * Each budget is validated here by the app's own parser (src/data/parseBudget.ts):
 * one that passes is marked `data-checked`, and the page builds its model without
 * loading the validator chunk (the first screen waits for nothing but the page's
 * own scripts). One that fails is embedded unmarked, so the page validates it and
 * shows the reader what is wrong, as it would for any file.
 *
 * EMBED_BUDGETS picks what to embed: a comma-separated list of `file[=url]`,
 * where file is under public/ (or absolute) and url is what the app asks for
 * (default: the file's path under public/). Default: the seed budget.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { importAppModule } from './vite.appModule.ts';
import { scriptSafeJson } from './src/data/embeddedBudget.ts';

/** The URL the app loads the seed from (SEED_URL in src/data/datasetSource.ts; the e2e tests fail if they part). */
export const SEED_PATH = 'data/lushan-shebao-2021.json';

interface Embedded {
  url: string;
  json: string;
  checked: boolean;
}


async function budgetsToEmbed(spec: string): Promise<Embedded[]> {
  const { parseBudgetText } = await importAppModule<typeof import('./src/data/parseBudget.ts')>('data/parseBudget.ts');
  const publicDir = resolve(import.meta.dirname, 'public');
  return spec
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const [file = '', url] = entry.split('=');
      const path = isAbsolute(file) ? file : resolve(publicDir, file);
      const text = readFileSync(path, 'utf8');
      const result = parseBudgetText(text);
      if (!result.ok) console.warn(`[embed-budgets] ${path} does not validate: embedded unchecked, the page will report its problems`);
      // A checked budget is embedded as the parser returned it, so the page gets exactly what validation would give it.
      // scriptSafeJson fails the build on a file that is not JSON rather than shipping a broken page.
      const json = scriptSafeJson(result.ok ? JSON.stringify(result.budget) : text);
      return { url: url ?? relative(publicDir, path).split('\\').join('/'), json, checked: result.ok };
    });
}

export function embedBudgets(spec: string = process.env.EMBED_BUDGETS ?? SEED_PATH): Plugin {
  let budgets: Promise<Embedded[]> | undefined;
  return {
    name: 'budget-lens:embed-budgets',
    transformIndexHtml: async () =>
      (await (budgets ??= budgetsToEmbed(spec))).map((budget, i) => ({
        tag: 'script',
        attrs: {
          type: 'application/json',
          'data-budget-url': budget.url,
          ...(i === 0 ? { id: 'embedded-budget' } : {}),
          ...(budget.checked ? { 'data-checked': '' } : {}),
        },
        children: budget.json,
        // After the page's own tags: the data does not hold up the scripts' and styles' requests.
        injectTo: 'body' as const,
      })),
  };
}
