/**
 * `npm run build:single` → dist-single/index.html: the whole app and its budget
 * data in one file that works from a USB stick, opened from file:// with no
 * network. Scripts and styles are inlined (vite-plugin-singlefile); budgets are
 * embedded as JSON script tags the loader reads instead of fetching.
 *
 * EMBED_BUDGETS picks what to embed: a comma-separated list of `file[=url]`,
 * where file is under public/ (or absolute) and url is what the app asks for
 * (default: the file's path under public/). Default: the seed budget.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import baseConfig from './vite.config.ts';
import { scriptSafeJson } from './src/data/embeddedBudget.ts';

/** The URL the app loads the seed from (SEED_URL in src/data/budgetQuery.ts; the single-file e2e test fails if they part). */
const SEED_PATH = 'data/lushan-shebao-2021.json';

interface Embedded {
  url: string;
  json: string;
}

function budgetsToEmbed(spec: string): Embedded[] {
  const publicDir = resolve(import.meta.dirname, 'public');
  return spec
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const [file = '', url] = entry.split('=');
      const path = isAbsolute(file) ? file : resolve(publicDir, file);
      const text = readFileSync(path, 'utf8');
      // Fails the build on a file that is not JSON rather than shipping a broken page.
      return { url: url ?? relative(publicDir, path).split('\\').join('/'), json: scriptSafeJson(text) };
    });
}

function embedBudgets(budgets: Embedded[]): Plugin {
  return {
    name: 'budget-lens:embed-budgets',
    transformIndexHtml: () =>
      budgets.map((budget, i) => ({
        tag: 'script',
        attrs: { type: 'application/json', 'data-budget-url': budget.url, ...(i === 0 ? { id: 'embedded-budget' } : {}) },
        children: budget.json,
        injectTo: 'head' as const,
      })),
  };
}

/**
 * Pages opened from file:// cannot start Web Workers, and the parser already falls
 * back to the main thread when a worker will not start: leave worker files out so
 * the build really is one file.
 */
function dropWorkers(): Plugin {
  return {
    name: 'budget-lens:drop-workers',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const name of Object.keys(bundle)) if (/[Ww]orker[-.][\w-]*\.js$/.test(name)) delete bundle[name];
    },
  };
}

export default mergeConfig(
  baseConfig,
  defineConfig({
    plugins: [viteSingleFile({ removeViteModuleLoader: true }), embedBudgets(budgetsToEmbed(process.env.EMBED_BUDGETS ?? SEED_PATH)), dropWorkers()],
    // The budgets are embedded; nothing from public/ is needed next to the file.
    publicDir: false,
    build: { outDir: 'dist-single', emptyOutDir: true, sourcemap: false },
  }),
);
