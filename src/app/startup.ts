/**
 * How the page starts, in order (README "How it starts" has the diagram).
 *
 * At build time (vite.config.ts runs these plugins in this order):
 * 1. vite.embed.ts: the seed budget goes into index.html as JSON, validated by the
 *    app's own parser and marked `data-checked`, so the first screen needs no fetch
 *    and no validator.
 * 2. vite.prerender.ts: the default view's first screen is written into #root.
 *    Recharts draws nothing under renderToString, so the first screen's charts are
 *    first mounted in jsdom at a fixed size (src/prerender.tsx) and their SVG goes
 *    into each chart's fallback; the page's loading shell stays beside it.
 * 3. vite.inlineCss.ts: the stylesheet goes inside the page (it paints on arrival).
 * 4. vite.csp.ts: the Content-Security-Policy <meta>, with the hash of every inline
 *    script, style and style attribute the finished page carries (the prerendered
 *    SVG's included).
 *
 * In the browser, `start()` below, run once by src/main.tsx:
 * 5. First paint, before any script: the prerendered screen for the default view,
 *    or (any other address, set by the inline script in index.html) the loading shell.
 * 6. Loading: the address's budget is put in the cache (the embedded one at once) or
 *    fetched, and a large file is validated in a worker (src/data/parseAsync.ts),
 *    before React's first render; the Recharts chunk is requested at the same time
 *    (on the prerendered page, whose charts are the build's SVG, once the page is idle or
 *    the reader first presses a key or pointer).
 * 7. Hydration: on the default view React takes over the prerendered markup as a
 *    transition (sliced, the page stays responsive); each chart's fallback keeps the
 *    build's SVG, read back from the page first so hydration matches, until Recharts
 *    replaces it. Any other view is drawn afresh, the loading shell standing in.
 * 8. When idle (useSectionGate, LazyPrintLayer): the other sections' chunks are
 *    fetched; sections are mounted as the reader nears them, and, once the page has
 *    been quiet for 5 s, the rest one per idle moment (find-in-page finds them).
 */
import type { QueryClient } from '@tanstack/react-query';
import { startTransition, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { preloadCharts, preloadChartsWhenIdle } from '@/components/charts';
import { readPrerenderedCharts } from '@/components/prerenderedCharts';
import { startLoading } from '@/data/queries/startLoading';
import { currentSourceInUrl } from '@/state/datasetState';
import { applySharedView } from '@/state/sharedView';
import { createQueryClient } from './App';

/** Steps 5–6: the budget is in the cache or on its way, and the chart library too, before React's first render. */
export function startLoadingPage(): { queryClient: QueryClient; ready: boolean } {
  applySharedView();
  const queryClient = createQueryClient();
  const ready = startLoading(queryClient, currentSourceInUrl());
  // On an address the build did not prerender (`?data=`), the chunk downloads while the budget is fetched
  // and validated, so the first chart does not wait for it. The prerendered page shows the build's SVG
  // of the same charts meanwhile, so there Recharts waits for an idle moment or the reader's first act.
  if (takesOverPrerender(ready)) preloadChartsWhenIdle(CHARTS_IDLE_TIMEOUT_MS);
  else void preloadCharts().catch(() => undefined);
  return { queryClient, ready };
}

/** At the latest this long after start-up, the prerendered page loads Recharts to replace the build's SVG. */
const CHARTS_IDLE_TIMEOUT_MS = 2000;

/** The page carries the default view prerendered, the address asks for just that view, and its budget is here. */
function takesOverPrerender(ready: boolean): boolean {
  return document.getElementById('root')?.hasAttribute('data-prerendered') === true && window.location.search === '' && ready;
}

/** Step 7: take over the prerendered default view, or draw any other view afresh. */
export function mount(root: HTMLElement, app: ReactNode, ready: boolean): void {
  if (takesOverPrerender(ready)) {
    document.querySelector('.loading-shell')?.remove();
    readPrerenderedCharts(root);
    startTransition(() => void hydrateRoot(root, app));
    return;
  }
  if (root.hasAttribute('data-prerendered')) {
    // Another view: the loading shell stands in (as it did before the scripts ran) until React's first commit.
    const shell = document.querySelector('.loading-shell');
    root.replaceChildren(...(shell?.childNodes ?? []));
    shell?.remove();
    root.removeAttribute('data-prerendered');
  }
  // A transition: React renders the first screen in slices, so the page never holds the main thread for long.
  startTransition(() => createRoot(root).render(app));
}
