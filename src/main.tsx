import { StrictMode } from 'react';
import { App } from './app/App';
import { mount, startLoadingPage } from './app/startup';
import './index.css';

// The whole start-up, build time to idle, is described in src/app/startup.ts.
const { queryClient, ready } = startLoadingPage();
const root = document.getElementById('root');
if (root)
  mount(
    root,
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
    ready,
  );
