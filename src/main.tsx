import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createQueryClient } from './app/App';
import { startLoading } from './data/budgetQuery';
import { currentSourceInUrl } from './state/datasetState';
import './index.css';

// The budget is in the cache or on its way before React's first render, not after its first commit.
const queryClient = createQueryClient();
startLoading(queryClient, currentSourceInUrl());

const root = document.getElementById('root');
if (root) {
  // A transition: React renders the first screen in slices, so the page never holds the main thread for long.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    ),
  );
}
