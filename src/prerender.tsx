/**
 * The first screen as HTML, rendered when the page is built (vite.prerender.ts),
 * so a reader sees the dashboard with the page's first paint instead of after its
 * scripts have loaded and run; the scripts then take it over (hydrate) as it is.
 * Renders exactly what the page's own first render draws for the default view:
 * the budget the page carries validated, in Chinese, no filter.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App, createQueryClient } from './app/App';
import { seedFromCheckedText } from './data/queries/checkedBudget';

export function prerenderFirstScreen(budgetText: string): string {
  const queryClient = createQueryClient();
  seedFromCheckedText(queryClient, budgetText);
  return renderToString(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
}
