import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, createQueryClient } from './app/App';
import { startLoading } from './data/queries/startLoading';
import { currentSourceInUrl } from './state/datasetState';
import { applySharedView } from './state/sharedView';
import './index.css';

// The budget is in the cache or on its way before React's first render, not after its first commit.
applySharedView();
const queryClient = createQueryClient();
const source = currentSourceInUrl();
const ready = startLoading(queryClient, source);

const root = document.getElementById('root');
if (root) {
  const app = (
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>
  );
  // The built page carries the default view's first screen (vite.prerender.ts): when the address asks for
  // just that view, React takes over the markup as it is. Any other view is drawn afresh.
  if (root.hasAttribute('data-prerendered') && window.location.search === '' && ready) {
    document.querySelector('.loading-shell')?.remove();
    // As a transition too: taking over the markup is sliced, the page stays responsive meanwhile.
    startTransition(() => void hydrateRoot(root, app));
  } else {
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
}
