/**
 * Writes the first screen into the built index.html (src/prerender.tsx renders it
 * with React on the budget the page carries validated), so the dashboard is on
 * screen with the page's first paint; the page's scripts then hydrate it rather
 * than draw it again (src/app/startup.ts). The first screen's charts are drawn by
 * Recharts in jsdom first (vite.prerenderCharts.ts) and shown as static SVG until
 * their chunk arrives. Only when the default budget is embedded and
 * checked (vite.embed.ts): otherwise the page keeps its loading shell. The shell
 * stays beside the prerendered screen for addresses that ask for another view.
 */
import type { Plugin } from 'vite';
import { importAppModule } from './vite.appModule.ts';
import { SEED_PATH } from './vite.embed.ts';
import { drawChartsInJsdom } from './vite.prerenderCharts.ts';

const CHECKED_SEED = new RegExp(`<script type="application/json" data-budget-url="${SEED_PATH.replace(/\./g, '\\.')}"[^>]*\\bdata-checked=""[^>]*>([\\s\\S]*?)</script>`);
const ROOT = /<div id="root">([\s\S]*?)<\/div>\s*<!-- \/root -->/;

export function prerenderFirstScreen(): Plugin {
  return {
    name: 'budget-lens:prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const seed = CHECKED_SEED.exec(html)?.[1];
        if (seed === undefined || !ROOT.test(html)) return html;
        // The charts first (Recharts draws only in a DOM), then the screen around them with their SVG in place.
        const charts = await drawChartsInJsdom(seed);
        const { prerenderFirstScreen: render } = await importAppModule<typeof import('./src/prerender.tsx')>('prerender.tsx');
        const markup = render(seed, charts);
        // The loading shell stays beside it, shown instead when the address asks for another view (src/index.css).
        return html.replace(
          ROOT,
          (_whole, shell: string) => `<div id="root" data-prerendered="">${markup}</div><!-- /root -->\n    <div class="loading-shell">${shell}</div>`,
        );
      },
    },
  };
}
