import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createQueryClient } from './app/App';
import { sourceQueryOptions } from './data/budgetQuery';
import { currentSourceInUrl } from './state/datasetState';
import './index.css';

// The budget is requested before React's first render, not after its first commit.
const queryClient = createQueryClient();
void queryClient.prefetchQuery(sourceQueryOptions(currentSourceInUrl()));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
}
