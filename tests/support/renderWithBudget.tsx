/** Renders a piece of the app with its real providers and a budget, at a given URL. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nProvider } from '@/i18n/react';
import { createI18n } from '@/i18n/i18n';
import type { LoadedBudget } from '@/data/loadedBudget';
import { BudgetContext } from '@/state/budgetContext';
import { UrlStateProvider } from '@/state/urlState';
import { seed } from './seed';

export function renderWithBudget(
  ui: ReactNode,
  { search = '', budget = seed, client = new QueryClient({ defaultOptions: { queries: { retry: false } } }) }: { search?: string; budget?: LoadedBudget; client?: QueryClient } = {},
) {
  window.history.replaceState(null, '', `/${search}`);
  const language = new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'zh-CN';
  const i18n = createI18n(language);
  return render(
    <UrlStateProvider>
      <QueryClientProvider client={client}>
        <I18nProvider i18n={i18n}>
          <BudgetContext.Provider value={budget}>{ui}</BudgetContext.Provider>
        </I18nProvider>
      </QueryClientProvider>
    </UrlStateProvider>,
  );
}
